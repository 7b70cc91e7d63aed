// The API reference of every element, as Markdown, from the custom elements manifest (which the
// build makes from the components' JSDoc): one page per element, the command line's page from its
// own --help, and an index. The pages are in docs/reference/; `npm run docs:reference` writes
// them and a test fails when they differ from what the code gives, so the reference cannot drift.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Prose on one line, with `<` outside code spans written as text, not read as HTML. */
function prose(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .split('`')
    .map((part, i) => (i % 2 === 0 ? part.replace(/&/g, '&amp;').replace(/</g, '&lt;') : part))
    .join('`');
}

/** A table cell: one line, pipes escaped, code where asked. */
function cell(text, code = false) {
  const one = (code ? String(text ?? '').replace(/\s*\n\s*/g, ' ').trim() : prose(text)).replace(/\|/g, '\\|');
  if (!one) return '';
  return code ? `\`${one}\`` : one;
}

function table(headers, rows) {
  if (rows.length === 0) return [];
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
}

const isPublic = (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !m.name.startsWith('#') && !m.name.startsWith('_');

/** One element's page. */
function elementPage(d) {
  const fields = (d.members ?? []).filter((m) => m.kind === 'field' && isPublic(m));
  const withAttribute = new Map((d.attributes ?? []).filter((a) => a.fieldName).map((a) => [a.fieldName, a]));
  const attributes = fields.filter((f) => withAttribute.has(f.name));
  const properties = fields.filter((f) => !withAttribute.has(f.name));
  const methods = (d.members ?? []).filter((m) => m.kind === 'method' && isPublic(m));
  const lines = [`# \`<${d.tagName}>\``, '', prose(d.summary), '', prose(d.description), ''];
  const section = (title, body) => (body.length > 0 ? [`## ${title}`, '', ...body] : []);
  lines.push(
    ...section(
      'Attributes',
      table(
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        attributes.map((f) => [cell(withAttribute.get(f.name).name, true), cell(f.name, true), cell(f.type?.text, true), cell(f.default, true), cell(f.description)]),
      ),
    ),
    ...section(
      'Properties',
      table(
        ['Property', 'Type', 'Description'],
        properties.map((f) => [cell(f.name, true), cell(f.type?.text, true), cell(`${f.readonly ? 'Read-only. ' : ''}${f.description ?? ''}`)]),
      ),
    ),
    ...section(
      'Methods',
      table(
        ['Method', 'Description'],
        methods.map((m) => [cell(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`, true), cell(m.description)]),
      ),
    ),
    ...section('Events', table(['Event', 'Detail', 'Description'], (d.events ?? []).map((e) => [cell(e.name, true), cell(e.type?.text, true), cell(e.description)]))),
    ...section('Slots', table(['Slot', 'Description'], (d.slots ?? []).map((s) => [s.name ? cell(s.name, true) : '(default)', cell(s.description)]))),
    ...section('CSS parts', table(['Part', 'Description'], (d.cssParts ?? []).map((p) => [cell(p.name, true), cell(p.description)]))),
    ...section(
      'CSS custom properties',
      table(['Property', 'Default', 'Description'], (d.cssProperties ?? []).map((p) => [cell(p.name, true), cell(p.default, true), cell(p.description)])),
    ),
  );
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** Runs the built command line for its help text. */
export function cliHelp(root) {
  return execFileSync(process.execPath, [join(root, 'dist/cli/bin.js'), '--help'], { encoding: 'utf8' });
}

/** The command line's page: its own `--help`, which lists every command and flag. */
function cliPage(help) {
  return [
    '# The `fm-leaderboard` command',
    '',
    'Every command and flag, as `fm-leaderboard --help` prints them. What the importers read and how',
    'they map it is in [importers](../importers.md); the static pages `render` and `page` write are in',
    '[static pages](../static-pages.md).',
    '',
    '```text',
    help.trimEnd(),
    '```',
  ].join('\n') + '\n';
}

/**
 * Every page, keyed by path under docs/: `reference/<tag>.md` for each element, `reference/cli.md`
 * from the command line's `--help`, and `reference/README.md`.
 */
export function referencePages(manifest, cliHelp) {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const pages = new Map();
  for (const d of elements) pages.set(`reference/${d.tagName}.md`, elementPage(d));
  const index = [
    '# API reference',
    '',
    'Generated from the custom elements manifest (`custom-elements.json`, which the build makes from the',
    'components’ own documentation) by `npm run docs:reference`; a test fails when these pages differ',
    'from it.',
    '',
    ...table(
      ['Element', 'What it is'],
      elements.map((d) => [`[\`<${d.tagName}>\`](${d.tagName}.md)`, cell(d.summary)]),
    ),
  ];
  index.push('', 'The command line: [`fm-leaderboard`](cli.md), every command and flag.');
  pages.set('reference/cli.md', cliPage(cliHelp));
  pages.set('reference/README.md', index.join('\n').trimEnd() + '\n');
  return pages;
}
