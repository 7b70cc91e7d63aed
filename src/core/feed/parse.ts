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

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'after';

/** Offset of the first character where `text` stops being JSON (text.length: it ends too early). */
export function locateJsonError(text: string): number {
  const open: string[] = []; // the containers we are inside, '{' or '['
  let i = 0;
  let expect: Expect = 'value';

  const skipSpace = () => {
    WHITESPACE.lastIndex = i;
    WHITESPACE.exec(text);
    i = WHITESPACE.lastIndex;
  };
  /** Moves past the string that starts at text[i]; false (i at the culprit) if it is broken. */
  const scanString = (): boolean => {
    for (i++; i < text.length; ) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c !== 0x5c) {
        i++;
        continue;
      }
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text)) return false;
      i = ESCAPE.lastIndex;
    }
    return false;
  };
  const close = () => {
    open.pop();
    i++;
    expect = 'after';
  };

  for (;;) {
    skipSpace();
    if (i >= text.length) return text.length;
    const c = text[i];
    const top = open[open.length - 1];

    if (expect === 'after') {
      if (top === undefined) return i; // more text after a complete value
      if (c === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) close();
      else return i;
    } else if (expect === 'key' || expect === 'key-or-close') {
      if (c === '}' && expect === 'key-or-close') close();
      else if (c !== '"' || !scanString()) return i;
      else {
        skipSpace();
        if (text[i] !== ':') return i;
        i++;
        expect = 'value';
      }
    } else if (c === ']' && expect === 'value-or-close') close();
    else if (c === '{' || c === '[') {
      open.push(c);
      i++;
      expect = c === '{' ? 'key-or-close' : 'value-or-close';
    } else if (c === '"') {
      if (!scanString()) return i;
      expect = 'after';
    } else {
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
      NUMBER.lastIndex = i;
      const length = literal?.length ?? (NUMBER.test(text) ? NUMBER.lastIndex - i : 0);
      if (length === 0) return i;
      i += length;
      expect = 'after';
    }
  }
}
