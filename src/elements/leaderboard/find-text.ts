// A windowed table draws only the rows in view, so the browser's find-in-page cannot see the
// others. Their text is kept beside the table in `hidden="until-found"` blocks: find-in-page
// searches them, and on a match the browser shows that block (a plain list: rank, model, score)
// and scrolls to it. A block is one element for many rows, so the cost stays flat; hidden, it is
// neither laid out nor in the accessibility tree.
import { html, type TemplateResult } from 'lit';

/** Rows per block: few elements, and a found block short enough to read. */
const LINES_PER_BLOCK = 50;

const cache = new WeakMap<object, string[]>();

/**
 * The find-in-page blocks for `rows`, one line each from `line`, under `label` once shown (plain text: formatting every
 * number would cost more than the rest); computed once per `rows` array, as the hub re-renders
 * often while it draws. `onFound`: the browser is about to show a block it found.
 */
export function findText<Row>(rows: readonly Row[], label: string, line: (row: Row) => string, onFound?: () => void): TemplateResult {
  let blocks = cache.get(rows);
  if (!blocks) {
    blocks = [];
    for (let i = 0; i < rows.length; i += LINES_PER_BLOCK) blocks.push(rows.slice(i, i + LINES_PER_BLOCK).map(line).join('\n'));
    cache.set(rows, blocks);
  }
  return html`<div class="find-text" part="find-text" @beforematch=${onFound}>
    ${blocks.map((text) => html`<p hidden="until-found" data-label=${label}>${text}</p>`)}
  </div>`;
}
