// Blocks as Markdown in the layout of the published leaderboard pages (../shared/reference):
// pipe tables, the podium in a code block, MkDocs Material admonitions (`!!! tip`) and
// `<details markdown="1">` for the scoring rules. Needs the `admonition`, `md_in_html` and
// `tables` extensions (MkDocs Material's usual set). Every text from the feed is escaped, so a
// name cannot become a link, an emphasis, HTML or a new table cell.
import type { Block, Inline } from './blocks.js';

/** Text that Markdown shows as written inside a line: its markup characters escaped, < > & as entities. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*[\]|]/g, '\\$&')
    // An underscore inside a word is text to Python-Markdown (and escaping it shows a placeholder
    // in MkDocs' table of contents): only one at a word's edge could start emphasis.
    .replace(/_/g, (mark, at: number, all: string) => (/\w/.test(all[at - 1] ?? '') && /\w/.test(all[at + 1] ?? '') ? mark : '\\_'));
}

/** A paragraph that starts as plain text, not as a heading, list or rule ("1. foo", "# x", "- y"). */
const plainLine = (text: string) => text.replace(/^(\s*)([#+=-]|\d+\.)/, (_, space: string, mark: string) => `${space}${mark.replace(/([#+=.-])$/, '\\$1')}`);

/** A link target that cannot close the link or break out of it. */
const escapeUrl = (url: string) => url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

function inline(text: Inline): string {
  return text
    .map((part) => {
      if (typeof part === 'string') return escapeMarkdown(part);
      if ('strong' in part) return part.strong.trim() ? `**${escapeMarkdown(part.strong)}**` : '';
      if ('code' in part) return `<code>${part.code.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</code>`;
      return `[${escapeMarkdown(part.text)}](${escapeUrl(part.link)})`;
    })
    .join('');
}

/** A fenced code block whose fence is longer than any run of backticks inside. */
function fence(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const mark = '`'.repeat(longest + 1);
  return `${mark}text\n${text}\n${mark}`;
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => (line ? `    ${line}` : line))
    .join('\n');

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(Math.min(Math.max(b.level, 1), 6))} ${inline(b.text)}`;
    case 'paragraph':
      return b.muted ? `*${inline(b.text)}*` : plainLine(inline(b.text));
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inline(item)}`).join('\n');
    case 'facts':
      return b.facts.map((f) => `- **${escapeMarkdown(f.term)}:** ${escapeMarkdown(f.value)}`).join('\n');
    case 'table': {
      const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
      return [
        `*${escapeMarkdown(b.caption)}*`,
        '',
        row(b.columns.map((c) => escapeMarkdown(c.label))),
        row(b.columns.map((c) => (c.numeric ? '---:' : ':---'))),
        ...b.rows.map((cells) => row(cells.map((cell) => inline(cell) || ' '))),
      ].join('\n');
    }
    case 'art':
      return fence(b.text);
    case 'details':
      return `<details markdown="1">\n<summary>${escapeMarkdown(b.summary)}</summary>\n\n${blocks(b.blocks)}\n\n</details>`;
    case 'note':
      return `!!! ${b.style} "${b.title.replace(/"/g, "'")}"\n${indent(blocks(b.blocks))}`;
    case 'section':
      // An anchor the page's links (and the element's #fm-… links) can land on, whatever the
      // site's heading ids are.
      return `<a id="${b.id.replace(/[^a-z0-9_-]/gi, '-')}"></a>\n\n${blocks(b.blocks)}`;
    case 'nav':
      return b.links.map((l) => `- [${escapeMarkdown(l.text)}](${escapeUrl(l.href)})`).join('\n');
  }
}

const blocks = (list: Block[]) => list.map(block).join('\n\n');

/** The blocks as a Markdown page. */
export function toMarkdown(list: Block[]): string {
  return `${blocks(list)}\n`;
}
