import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { minifyHtmlTemplates } from '../../scripts/lib/minify-html.mjs';

const SRC = join(import.meta.dirname, '../../src');
const sourceFiles = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));

describe('minifyHtmlTemplates()', () => {
  it('collapses line breaks and indentation in html templates to one space, around and between expressions', () => {
    const code = 'const t = html`<div\n    class="a"\n    title=${x}\n  >\n    ${y}\n  </div>`;';
    assert.equal(minifyHtmlTemplates(code), 'const t = html`<div class="a" title=${x} > ${y} </div>`;');
  });

  it('reaches templates nested in expressions, and leaves other templates, strings and comments alone', () => {
    const code = [
      'const a = html`<ul>\n  ${items.map((i) => html`<li>\n    ${i}\n  </li>`)}\n</ul>`;',
      'const b = `line one\n  line two`; // html`\n  x`',
      "const c = 'html`' + \"`\"; /* html`<p>\n  </p>` */",
      'const d = css`a {\n  color: red;\n}`;',
    ].join('\n');
    const out = minifyHtmlTemplates(code);
    const [a, ...rest] = out.split('\n').reduce((lines, line) => (line.startsWith('const ') ? [...lines, line] : [...lines.slice(0, -1), `${lines.at(-1)}\n${line}`]), []);
    assert.equal(a, 'const a = html`<ul> ${items.map((i) => html`<li> ${i} </li>`)} </ul>`;');
    assert.equal(rest.join('\n'), code.slice(code.indexOf('const b')));
  });

  it("drops white space next to a table's own tags, where it is never rendered, and keeps it elsewhere", () => {
    const code = 'html`<table>\n  <tr class="a">\n    <th scope="row"> ${name} </th> <td>${x} <b>1</b> <i>2</i></td>\n  </tr>\n</table> <p>next</p>`';
    assert.equal(minifyHtmlTemplates(code), 'html`<table><tr class="a"><th scope="row">${name}</th><td>${x} <b>1</b> <i>2</i></td></tr></table><p>next</p>`');
    // A tag split by an expression keeps the space after it: the text before > is not known to be a table tag.
    assert.equal(minifyHtmlTemplates('html`<td colspan=${n}> a </td>`'), 'html`<td colspan=${n}> a</td>`');
  });

  it('keeps spaces that are not part of a line break, and returns null when nothing changes', () => {
    assert.equal(minifyHtmlTemplates('html`<b>a</b> <i>b</i>  c`'), null);
    assert.equal(minifyHtmlTemplates('const x = 1;'), null);
  });

  it('leaves every source file of ours valid TypeScript with the same templates apart from white space', () => {
    let changed = 0;
    for (const file of sourceFiles(SRC)) {
      const code = readFileSync(file, 'utf8');
      const out = minifyHtmlTemplates(code, file);
      if (out === null) continue;
      changed++;
      const { diagnostics } = ts.transpileModule(out, { fileName: file, reportDiagnostics: true, compilerOptions: { experimentalDecorators: true } });
      assert.deepEqual(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), [], file);
      assert.equal(out.replace(/\s+/g, ''), code.replace(/\s+/g, ''), `${file}: only white space may change`);
    }
    assert.ok(changed >= 10, `${changed} files have html templates`);
  });
});
