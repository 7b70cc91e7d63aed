// The parts around the table: the toolbar, and the footnotes that say what was left out and why
// (nothing is dropped silently).
import { html, nothing, type TemplateResult } from 'lit';
import { formatProblem, type BenchmarkRanking } from '../../core/index.js';
import type { FeedState } from '../../controllers/feed-controller.js';
import { formatNumber } from '../../internal/format.js';
import type { Messages } from '../../i18n/messages.js';
import { EXCLUDED_SHOWN } from '../../internal/limits.js';
import type { Column } from './table-columns.js';

export interface ToolbarView {
  query: string;
  hideBaselines: boolean;
  hasBaselines: boolean;
  shown: number;
  total: number;
  columns: Column[];
  hidden: Set<string>;
  onQuery: (query: string) => void;
  onHideBaselines: (on: boolean) => void;
  onColumn: (id: string, visible: boolean) => void;
  /** An add-on's controls (the facets). */
  extra?: unknown;
  /** The labels, and the language numbers are written in. */
  t: Messages;
  lang: string;
}

export function renderToolbar(view: ToolbarView): TemplateResult {
  const { t } = view;
  const optional = view.columns.filter((c) => c.optional);
  return html`<div part="toolbar" class="toolbar">
    <label class="search"
      >${t.searchModels}
      <input
        part="search"
        type="search"
        .value=${view.query}
        placeholder=${t.searchPlaceholder}
        @input=${(e: InputEvent) => view.onQuery((e.target as HTMLInputElement).value)}
    /></label>
    ${view.hasBaselines
      ? html`<label class="check"
          ><input type="checkbox" .checked=${view.hideBaselines} @change=${(e: Event) => view.onHideBaselines((e.target as HTMLInputElement).checked)} /> ${t.hideBaselines}</label
        >`
      : nothing}
    ${optional.length > 0
      ? html`<details class="columns" part="column-chooser">
          <summary>${t.columns}</summary>
          <fieldset>
            <legend class="visually-hidden">${t.columnsToShow}</legend>
            ${optional.map(
              (c) => html`<label class="check"
                ><input
                  type="checkbox"
                  .checked=${!view.hidden.has(c.id)}
                  @change=${(e: Event) => view.onColumn(c.id, (e.target as HTMLInputElement).checked)}
                />
                ${c.label}</label
              >`,
            )}
          </fieldset>
        </details>`
      : nothing}
    ${view.extra}
    <span part="count" class="count">${t.modelsShown(formatNumber(view.shown, 0, view.lang), formatNumber(view.total, 0, view.lang), view.total)}</span>
    <slot name="actions"></slot>
  </div>`;
}

/** What the reader should know about the rows: fallback primary, excluded runs, dropped results. */
export function renderFootnotes(ranking: BenchmarkRanking, state: Extract<FeedState, { status: 'ready' }>, t: Messages, lang: string): TemplateResult | typeof nothing {
  const notes: TemplateResult[] = [];
  const count = (v: number) => formatNumber(v, 0, lang);
  if (ranking.primary && !ranking.primary.declared) notes.push(html`<li>${t.noPrimaryDeclared(ranking.primary.id)}</li>`);
  if (!ranking.defined) notes.push(html`<li>${t.undefinedBenchmark}</li>`);
  if (ranking.excluded.length > 0) {
    notes.push(html`<li>
      ${t.couldNotRank(count(ranking.excluded.length), ranking.excluded.length)}
      <ul>
        ${ranking.excluded.slice(0, EXCLUDED_SHOWN).map((e) => html`<li><code>${e.result.id}</code> (${e.result.model}): ${e.reason}</li>`)}
        ${ranking.excluded.length > EXCLUDED_SHOWN ? html`<li>${t.notShownMore(count(ranking.excluded.length - EXCLUDED_SHOWN), 'runs')}.</li>` : nothing}
      </ul>
    </li>`);
  }
  if (state.dropped.length > 0) {
    notes.push(html`<li>
      ${t.droppedResults(count(state.dropped.length), state.dropped.length)}
      <ul>
        ${state.dropped.slice(0, 10).map((d) => html`<li>${d.problems.map(formatProblem).join('; ')}</li>`)}
        ${state.dropped.length > 10 ? html`<li>${t.notShownMore(count(state.dropped.length - 10), 'results')}.</li>` : nothing}
      </ul>
    </li>`);
  }
  return notes.length > 0 ? html`<ul class="footnotes" part="footnotes">${notes}</ul>` : nothing;
}
