/**
 * Collapses CSS text: comments, runs of white space, and the space around { } ; , > and after a
 * colon. A space before a colon stays, because there it can be a descendant combinator
 * (`.a :focus-visible`). Quoted strings (`content: 'a: b'`) are kept as written. Used on the
 * css`…` templates of the one-file bundle.
 */
export function minifyCss(text) {
  // Comments and strings in one pass, so that a quote in a comment or a comment in a string is not misread.
  return text
    .split(/(\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")/)
    .map((part, i) => (i % 2 === 1 ? (part.startsWith('/*') ? '' : part) : collapse(part)))
    .join('')
    .replace(/;}/g, '}')
    .trim();
}

function collapse(css) {
  return css
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':');
}
