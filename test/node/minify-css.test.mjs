import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCss } from '../../scripts/lib/minify-css.mjs';

describe('minifyCss()', () => {
  it('removes comments and white space around punctuation', () => {
    assert.equal(minifyCss('  /* note */\n  .a > .b ,\n  .c {\n    color: red ;\n    margin: 0 auto;\n  }\n'), '.a>.b,.c{color:red;margin:0 auto}');
  });

  it('keeps a space before a colon, where it is a descendant combinator', () => {
    assert.equal(minifyCss('.facts :focus-visible { outline: none; }'), '.facts :focus-visible{outline:none}');
  });

  it('keeps values with spaces, calc() and nested ${} interpolation markers intact', () => {
    assert.equal(minifyCss('  width: calc(100vw - 16px);\n  font: italic 700 0.75em/1 Georgia, serif;\n  ${darkValues}\n'), 'width:calc(100vw - 16px);font:italic 700 .75em/1 Georgia,serif;${darkValues}');
  });
});

describe('minifyCss() and quoted strings', () => {
  it('keeps a string as written, and a quote inside a comment does not start one', () => {
    assert.equal(minifyCss(".a::before {\n  content: 'Found: ' attr(data-label);\n}"), ".a::before{content:'Found: ' attr(data-label)}");
    assert.equal(minifyCss('/* the table\'s rows */ .b { content: "a ;  b" ; }'), '.b{content:"a ;  b"}');
  });

  it("unquotes an attribute selector's value only where it is an identifier, and never a string's text", () => {
    assert.equal(
      minifyCss(":host([theme='dark']) a, input[type=\"search\"], tr:not([class^='podium']) b {}"),
      ':host([theme=dark]) a,input[type=search],tr:not([class^=podium]) b{}',
    );
    assert.equal(minifyCss("[data-x='1a'], [title='a b'], [lang|='-'] {}"), "[data-x='1a'],[title='a b'],[lang|='-']{}");
    assert.equal(minifyCss(".a::after { content: '[x=' 'y' ']'; }"), ".a::after{content:'[x=' 'y' ']'}");
  });
});

describe('minifyCss() and numbers', () => {
  it('drops the zero before a decimal point, not the digits of other numbers', () => {
    assert.equal(minifyCss('.a { margin: 0.25rem 10.5px 0 0.5em; opacity: 0.45; width: calc(100% - 0.5rem); }'), '.a{margin:.25rem 10.5px 0 .5em;opacity:.45;width:calc(100% - .5rem)}');
  });
});
