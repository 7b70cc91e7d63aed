// Blocks as static, semantic HTML: headings, sections, tables with scoped header cells, the
// podium's art in a <pre> named for screen readers, <details>. No script, no event handler
// attribute, no style attribute; every text from the feed escaped, every link http(s) or a
// fragment of the page (static-page.ts decides which links exist).
import type { Block, Inline } from './blocks.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML content and in a quoted attribute. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

function inline(text: Inline): string {
  return text
    .map((part) => {
      if (typeof part === 'string') return escapeHtml(part);
      if ('strong' in part) return `<strong>${escapeHtml(part.strong)}</strong>`;
      if ('code' in part) return `<code>${escapeHtml(part.code)}</code>`;
      return `<a href="${escapeHtml(part.link)}">${escapeHtml(part.text)}</a>`;
    })
    .join('');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading': {
      const tag = `h${Math.min(Math.max(b.level, 1), 6)}`;
      return `<${tag}${b.id ? ` id="${escapeHtml(b.id)}"` : ''}>${inline(b.text)}</${tag}>`;
    }
    case 'paragraph':
      return `<p${b.muted ? ' class="fm-muted"' : ''}>${inline(b.text)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${tag}>`;
    }
    case 'facts':
      return `<dl>${b.facts.map((f) => `<dt>${escapeHtml(f.term)}</dt><dd>${escapeHtml(f.value)}</dd>`).join('')}</dl>`;
    case 'table': {
      const head = b.columns.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${escapeHtml(c.label)}</th>`).join('');
      const rows = b.rows
        .map(
          (cells) =>
            `<tr>${cells
              .map((cell, i) => {
                const numeric = b.columns[i]?.numeric ? ' class="num"' : '';
                return i === b.rowHeader ? `<th scope="row"${numeric}>${inline(cell)}</th>` : `<td${numeric}>${inline(cell)}</td>`;
              })
              .join('')}</tr>`,
        )
        .join('\n');
      return `<table>\n<caption>${escapeHtml(b.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
    }
    case 'art':
      // The art is drawing, not text to read out: its name says the places in words.
      // (In <code>, as Markdown's code blocks are: sites style and scroll those.)
      return `<figure class="fm-podium"><pre role="img" aria-label="${escapeHtml(`${b.label}: ${b.places.join('; ')}`)}"><code>${escapeHtml(b.text)}</code></pre></figure>`;
    case 'details':
      return `<details>\n<summary>${escapeHtml(b.summary)}</summary>\n${blocks(b.blocks)}\n</details>`;
    case 'note':
      return `<aside class="fm-note fm-note-${b.style}">\n<p><strong>${escapeHtml(b.title)}</strong></p>\n${blocks(b.blocks)}\n</aside>`;
    case 'section':
      return `<section id="${escapeHtml(b.id)}" aria-label="${escapeHtml(b.label)}">\n${blocks(b.blocks)}\n</section>`;
    case 'nav':
      return `<nav aria-label="${escapeHtml(b.label)}"><ul>${b.links.map((l) => `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.text)}</a></li>`).join('')}</ul></nav>`;
  }
}

const blocks = (list: Block[]) => list.map(block).join('\n');

/** The blocks as an HTML fragment, in a `<div class="fm-static">` (no styles needed to read it). */
export function toHtml(list: Block[]): string {
  return `<div class="fm-static">\n${blocks(list)}\n</div>\n`;
}

/** A whole HTML document around the fragment, for a page of its own. */
export function toHtmlDocument(list: Block[], title: string, lang = 'en'): string {
  return `<!doctype html>\n<html lang="${escapeHtml(lang)}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n</head>\n<body>\n${toHtml(list)}</body>\n</html>\n`;
}
