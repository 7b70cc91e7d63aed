// Compare: two to four models side by side on every benchmark they share, the best of each row
// marked; optionally the mean rank over just those benchmarks, among models that entered all.
import { html, nothing, type TemplateResult } from 'lit';
import { meanRanks, modelMatcher, type BenchmarkRanking, type RankedRow, type ResolvedModel } from '../../core/index.js';
import { differenceText } from '../../render/difference-text.js';
import { formatNumber } from '../../internal/format.js';
import { elementPart } from '../../i18n/element-messages.js';
import type { HubLabels } from '../../i18n/hub-messages.js';
import { enSections, type SectionMessages } from '../../i18n/section-messages.js';
import { COMPARE_MATCHES, COMPARE_PICKER } from '../../internal/limits.js';
import { heading } from './leaderboard-overview.js';

import { MAX_COMPARED } from './hub-chunks.js';

export interface CompareView {
  models: ResolvedModel[];
  selected: string[];
  /** Narrows the picker, for feeds with many models. */
  filter: string;
  requireAll: boolean;
  rankings: BenchmarkRanking[];
  lang: string;
  /** The hub: its language, and it draws again when a shipped language's labels arrive. */
  host: Element & { requestUpdate(): void };
  /** The hub's labels. */
  t: HubLabels;
  level: number;
  onToggle: (key: string, on: boolean) => void;
  /** Choose these models at once (one model's configurations), in place of the current choice. */
  onChoose: (keys: string[]) => void;
  onFilter: (text: string) => void;
  onRequireAll: (on: boolean) => void;
}

/** Benchmarks on which at least two of the chosen models have a ranked row. */
export function sharedRankings(rankings: BenchmarkRanking[], selected: string[]): BenchmarkRanking[] {
  return rankings.filter((r) => r.rows.filter((row) => selected.includes(row.model.key)).length >= 2);
}

type Labels = HubLabels & SectionMessages;

function comparisonTable(view: CompareView, chosen: ResolvedModel[], shared: BenchmarkRanking[], t: Labels): TemplateResult {
  return html`<div class="scroll">
    <table part="compare-table">
      <caption class="visually-hidden">${t.sideBySide}</caption>
      <thead>
        <tr>
          <th scope="col">${t.benchmark}</th>
          ${chosen.map((m) => html`<th scope="col" class="num">${m.name}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${shared.map((ranking) => {
          const rows = chosen.map((m) => ranking.rows.find((r) => r.model === m));
          const best = Math.min(...rows.map((r) => r?.rank ?? Infinity));
          const decimals = ranking.decimals;
          return html`<tr>
            <th scope="row">${ranking.benchmark.name} <span class="muted">${ranking.primary?.id}</span></th>
            ${rows.map((r) =>
              r
                ? html`<td class=${`num ${r.rank === best ? 'best' : ''}`}>
                    ${r.rank === best ? html`<span aria-hidden="true">★ </span><span class="visually-hidden">${t.best}</span>` : nothing}${formatNumber(r.score, decimals, view.lang)}
                    <span class="muted">#${r.rank}${r.tier ? ` · ${r.tier.label}` : ''}</span>
                  </td>`
                : html`<td class="num muted">${t.notEntered}</td>`,
            )}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/**
 * Which gaps are real: on each shared benchmark, each chosen model against the best of them, in a
 * sentence (paired over items where the feed has it); said once when the data cannot tell.
 */
function realDifferences(view: CompareView, chosen: ResolvedModel[], shared: BenchmarkRanking[], t: Labels): TemplateResult {
  const said = shared.flatMap((ranking) => {
    const rows = chosen.map((m) => ranking.rows.find((r) => r.model === m)).filter((r): r is RankedRow => !!r);
    const best = rows.reduce((a, b) => (b.rank < a.rank ? b : a));
    const texts = rows.filter((r) => r !== best).map((r) => differenceText(ranking, best, r, view.lang, t)?.sentence).filter((text): text is string => !!text);
    return texts.length > 0 ? [{ ranking, texts }] : [];
  });
  if (said.length === 0) return html`<p class="muted">${t.gapsUnknown}</p>`;
  return html`<ul class="differences" aria-label=${t.differencesReal}>
    ${said.map(({ ranking, texts }) => html`<li><strong>${ranking.benchmark.name}</strong>: ${texts.join(' ')}</li>`)}
  </ul>`;
}

function restrictedMeanRanks(view: CompareView, shared: BenchmarkRanking[], t: Labels): TemplateResult {
  const entries = meanRanks(shared, { requireAll: true });
  const n = (v: number) => formatNumber(v, 0, view.lang);
  return html`<p>${t.meanRankOverThese(n(shared.length), n(entries.length), entries.length)}</p>
    <ol class="restricted">
      ${entries.map((e) => html`<li>${e.model.name}: ${formatNumber(e.meanRank, 2, view.lang)}</li>`)}
    </ol>`;
}

/** A model's checkbox in the picker, labelled `label`. */
function pick(view: CompareView, m: ResolvedModel, full: boolean, label: string): TemplateResult {
  const on = view.selected.includes(m.key);
  return html`<label
    ><input type="checkbox" .checked=${on} ?disabled=${full && !on} @change=${(e: Event) => view.onToggle(m.key, (e.target as HTMLInputElement).checked)} />
    ${label}</label
  >`;
}

interface PickerGroup {
  /** The underlying model's name, or the entry's own name for a model in one configuration. */
  name: string;
  models: ResolvedModel[];
  /** True for two or more configurations of one underlying model (an agent scaffold, a prompt setting). */
  configurations: boolean;
}

/**
 * The picker's entries with a model's configurations together under the model (its name: the
 * entry's name less " · configuration", else its `base_model` id), in the order first listed.
 */
function byBaseModel(models: ResolvedModel[]): PickerGroup[] {
  const groups: PickerGroup[] = [];
  const byBase = new Map<string, PickerGroup>();
  for (const m of models) {
    const base = m.card?.base_model;
    const group = base ? byBase.get(base) : undefined;
    if (group) {
      group.models.push(m);
      group.configurations = true;
      continue;
    }
    const config = m.card?.configuration;
    const name = base && config && m.name.endsWith(` · ${config}`) ? m.name.slice(0, -` · ${config}`.length) : (base ?? m.name);
    const created = { name, models: [m], configurations: false };
    groups.push(created);
    if (base) byBase.set(base, created);
  }
  return groups;
}

export function renderCompare(view: CompareView): TemplateResult {
  const chosen = view.selected.map((key) => view.models.find((m) => m.key === key)).filter((m): m is ResolvedModel => !!m);
  const shared = chosen.length >= 2 ? sharedRankings(view.rankings, view.selected) : [];
  const full = view.selected.length >= MAX_COMPARED;
  // Up to COMPARE_PICKER models, every one is listed; past it, a search offers the first few
  // matches (a list of 4,500 checkboxes helps nobody). Chosen models always stay in the list.
  const searched = view.models.length > COMPARE_PICKER;
  const matches = modelMatcher(view.filter);
  const isChosen = (m: ResolvedModel) => view.selected.includes(m.key);
  const found = searched ? view.models.filter((m) => !isChosen(m) && matches(m)) : [];
  const offered = searched ? [...view.models.filter(isChosen), ...found.slice(0, COMPARE_MATCHES)] : view.models;
  const t: Labels = { ...view.t, ...elementPart(view.host, enSections, (zh) => zh.zhCNSections) };
  const n = (v: number) => formatNumber(v, 0, view.lang);
  return html`<section id="fm-compare" class="compare" part="compare" aria-labelledby="fm-compare-heading">
    ${heading(view.level, t.compareModels, 'fm-compare-heading')}
    <fieldset>
      <legend>${t.pickModels}</legend>
      ${searched
        ? html`<label class="check"
            >${t.findModel} <input type="search" .value=${view.filter} @input=${(e: InputEvent) => view.onFilter((e.target as HTMLInputElement).value)}
          /></label>`
        : nothing}
      <div class="picker">
        ${byBaseModel(offered).map((group) =>
          group.configurations
            ? html`<fieldset>
                <legend>${group.name}</legend>
                ${group.models.map((m) => pick(view, m, full, m.name.startsWith(`${group.name} · `) ? m.name.slice(group.name.length + 3) : m.name))}
                <button type="button" @click=${() => view.onChoose(group.models.slice(0, MAX_COMPARED).map((m) => m.key))}>
                  ${group.models.length > MAX_COMPARED ? t.compareThese(n(MAX_COMPARED), true) : t.compareThese(n(group.models.length), false)}<span class="visually-hidden">${t.configurationsOf(group.name)}</span>
                </button>
              </fieldset>`
            : pick(view, group.models[0], full, group.models[0].name),
        )}
      </div>
      ${searched
        ? html`<p class="muted" role="status">
            ${found.length > COMPARE_MATCHES
              ? t.matchesShown(n(COMPARE_MATCHES), n(found.length))
              : t.modelsFound(n(found.length), found.length)}
          </p>`
        : nothing}
    </fieldset>
    ${chosen.length < 2
      ? html`<p class="muted">${t.chooseTwo}</p>`
      : shared.length === 0
        ? html`<p class="muted">${t.noSharedBenchmark}</p>`
        : html`${comparisonTable(view, chosen, shared, t)} ${realDifferences(view, chosen, shared, t)}
            <label class="check"
              ><input type="checkbox" .checked=${view.requireAll} @change=${(e: Event) => view.onRequireAll((e.target as HTMLInputElement).checked)} /> ${t.meanRankJustThese}</label
            >
            ${view.requireAll ? restrictedMeanRanks(view, shared, t) : nothing}`}
  </section>`;
}
