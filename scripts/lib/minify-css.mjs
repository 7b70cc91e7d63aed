/**
 * Collapses CSS text: comments, runs of white space, and the space around { } ; , > and after a
 * colon, the zero of 0.5, and the quotes of an attribute selector's value when it is an
 * identifier ([type=search]). A space before a colon stays, because there it can be a descendant combinator
 * (`.a :focus-visible`). Quoted strings (`content: 'a: b'`) are kept as written. Used on the
 * css`…` templates of the one-file bundle.
 */
const STRING = /('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")/;

export function minifyCss(text) {
  // Comments first, scanning strings and comments left to right, so that a quote in a comment or
  // a comment in a string is not misread; then white space outside the strings.
  const uncommented = text.replace(new RegExp(`${STRING.source}|\\/\\*[\\s\\S]*?\\*\\/`, 'g'), (_, string) => string ?? '');
  return uncommented
    .split(STRING)
    .map((part, i) => (i % 2 === 1 ? part : collapse(part)))
    .map((part, i, parts) => (i % 2 === 1 && isIdentifierValue(part, parts[i - 1], parts[i + 1]) ? part.slice(1, -1) : part))
    .join('')
    .replace(/;}/g, '}')
    .replace(/\s+!important/g, '!important')
    .trim();
}

/** [type='search'] → [type=search]: a quoted attribute selector value that is an identifier needs no quotes. */
function isIdentifierValue(quoted, before, after) {
  return /\[[\w-]+[~|^$*]?=$/.test(before) && /^\s*\]/.test(after) && /^-?[a-zA-Z_][\w-]*$/.test(quoted.slice(1, -1));
}

function collapse(css) {
  return css
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/(^|[\s:,(])0\.(\d)/g, '$1.$2'); // 0.5rem → .5rem
}
