// Feed text → data, with an error a person can act on: where the JSON breaks (line, column) and
// what is there. JSON.parse does the parsing; only when it fails does `locateJsonError` walk the
// text to find the place, iteratively, so deeply nested input cannot overflow the stack.

export type ParsedText = { ok: true; data: unknown } | { ok: false; message: string };

export function parseFeedText(text: string): ParsedText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a UTF-8 byte order mark
  if (body.trim() === '') return { ok: false, message: 'the feed is empty' };
  try {
    return { ok: true, data: JSON.parse(body) };
  } catch {
    const offset = locateJsonError(body);
    const before = body.slice(0, offset).split('\n');
    const found = offset >= body.length ? 'the text ends too early' : `unexpected ${JSON.stringify(body[offset])}`;
    return { ok: false, message: `not valid JSON at line ${before.length}, column ${before[before.length - 1].length + 1}: ${found}` };
  }
}

const SPACE = /[ \t\n\r]*/y;
/** A string's content: up to its closing quote, or to the first character that breaks it. */
const STRING_BODY = /(?:[^"\\\u0000-\u001f]+|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;
const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** Where a match of `pattern` (sticky) at `at` ends; `at` when there is none. */
function skip(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : at;
}

/** Offset of the first character where `text` stops being JSON (text.length: it ends too early). */
export function locateJsonError(text: string): number {
  const open: string[] = []; // the containers we are inside, '{' or '['
  // What may come next: 'value', 'key', ':' or 'after' (a value ended: a comma or a closer).
  let expect = 'value';
  let justOpened = false; // right after '{' or '[', which may close at once
  for (let i = 0; ; ) {
    i = skip(SPACE, text, i);
    if (i >= text.length) return text.length;
    const c = text[i];
    const top = open[open.length - 1];
    if (c === '}' || c === ']') {
      if ((expect !== 'after' && !justOpened) || top !== (c === '}' ? '{' : '[')) return i;
      open.pop();
      i++;
      expect = 'after';
    } else if (expect === 'after') {
      if (c !== ',' || top === undefined) return i; // no comma, or more text after a complete value
      i++;
      expect = top === '{' ? 'key' : 'value';
    } else if (expect === ':') {
      if (c !== ':') return i;
      i++;
      expect = 'value';
    } else if (c === '"') {
      i = skip(STRING_BODY, text, i + 1);
      if (text[i] !== '"') return i; // a raw control character, a bad escape, or the end
      i++;
      expect = expect === 'key' ? ':' : 'after';
    } else if (expect === 'key') {
      return i;
    } else if (c === '{' || c === '[') {
      open.push(c);
      i++;
      expect = c === '{' ? 'key' : 'value';
      justOpened = true;
      continue;
    } else {
      const end = skip(SCALAR, text, i);
      if (end === i) return i;
      i = end;
      expect = 'after';
    }
    justOpened = false;
  }
}
