/**
 * Collapses CSS text: comments, runs of white space, and the space around { } ; , > and after a
 * colon. A space before a colon stays, because there it can be a descendant combinator
 * (`.a :focus-visible`). Used on the css`…` templates of the one-file bundle.
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}
