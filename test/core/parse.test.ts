import { expect } from '@open-wc/testing';
import { parseFeedText } from '../../src/core/index.js';

const message = (text: string) => {
  const parsed = parseFeedText(text);
  return parsed.ok ? 'ok' : parsed.message;
};

describe('parseFeedText()', () => {
  it('parses JSON, with or without a byte order mark', () => {
    expect(parseFeedText('{"version":"1.0"}')).to.deep.equal({ ok: true, data: { version: '1.0' } });
    expect(parseFeedText('\uFEFF{"a":[1,2]}')).to.deep.equal({ ok: true, data: { a: [1, 2] } });
  });

  it('says an empty or blank text is empty', () => {
    expect(message('')).to.equal('the feed is empty');
    expect(message(' \n\t')).to.equal('the feed is empty');
  });

  const cases: Array<[string, string, string]> = [
    ['a stray comma', '{\n  "a": [,]\n}', 'not valid JSON at line 2, column 9: unexpected ","'],
    ['a trailing comma in an object', '{"a": 1,}', 'not valid JSON at line 1, column 9: unexpected "}"'],
    ['a missing colon', '{"a" 1}', 'not valid JSON at line 1, column 6: unexpected "1"'],
    ['single quotes', "{'a': 1}", 'not valid JSON at line 1, column 2: unexpected "\'"'],
    ['NaN as a bare word', '{"a": NaN}', 'not valid JSON at line 1, column 7: unexpected "N"'],
    ['a leading zero', '[01]', 'not valid JSON at line 1, column 3: unexpected "1"'],
    ['a cut-off text', '{"results": [{"id": "r1"', 'not valid JSON at line 1, column 25: the text ends too early'],
    ['an unterminated string', '["abc', 'not valid JSON at line 1, column 6: the text ends too early'],
    ['a raw line break inside a string', '["a\nb"]', 'not valid JSON at line 1, column 4: unexpected "\\n"'],
    ['a bad escape', '["\\x41"]', 'not valid JSON at line 1, column 3: unexpected "\\\\"'],
    ['text after the value', '{} {}', 'not valid JSON at line 1, column 4: unexpected "{"'],
    ['an HTML error page', '<!doctype html><title>404</title>', 'not valid JSON at line 1, column 1: unexpected "<"'],
    ['a mismatched bracket', '[1, 2}', 'not valid JSON at line 1, column 6: unexpected "}"'],
  ];
  for (const [what, text, expected] of cases) {
    it(`locates ${what}`, () => expect(message(text)).to.equal(expected));
  }

  it('walks a string of a million escapes to the error after it', () => {
    const long = `["${'\\n'.repeat(1_000_000)}" x]`;
    expect(message(long)).to.equal('not valid JSON at line 1, column 2000005: unexpected "x"');
  });

  it('copes with 100,000 levels of nesting without overflowing', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(99_999);
    expect(message(deep)).to.equal('not valid JSON at line 1, column 200000: the text ends too early');
  });
});
