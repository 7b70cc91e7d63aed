// The hub around a feed of many leaderboards: which suite is shown (the `suite` property, the
// URL's fm-suite), the switcher that chooses it (a searchable list past a handful), the suite's
// heading and provenance, and the overview across suites. The suite view itself is the hub's
// usual view over the feed narrowed to that suite (core/suites/suite-feed.ts).
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  acrossSuites,
  foldText,
  hubStats,
  partHub,
  suiteParts,
  type AcrossEntry,
  type Hub,
  type HubStats,
  type SuitePart,
  type SuiteStanding,
} from '../../core/index.js';
import { formatNumber } from '../../internal/format.js';
import { safeHref } from '../../internal/safe-href.js';
import { OVERALL_ROWS } from '../../internal/limits.js';
import type { RowWindow } from '../leaderboard-table/row-window.js';
import { heading, nameCell, renderNav, scroller, windowedRows } from './leaderboard-overview.js';
import type { NavTarget } from '../../render/outline.js';
import { AcrossIndex, type AcrossStandings } from './across-index.js';
import { placesText, provenance, type SuiteLabels } from '../../render/suite-text.js';
import { suiteLabels } from './suite-labels.js';

/** The `suite` value (and fm-suite in the URL) of the overview across suites. */
export const ACROSS = '*';
/** The `suite` value of the benchmarks that belong to no suite. */
export const NO_SUITE = '-';
/** A part's `suite` value. */
const partId = (part: SuitePart): string => part.id ?? NO_SUITE;
/** Past this many suites the switcher has a search box. */
const SEARCH_FROM = 7;

/**
 * Main-thread time the overview across suites spends ranking suites in one task (at least one
 * suite a task), before it lets the page breathe; a setting so that a test can make it 0.
 */
export const rankingSlice = { ms: 40 };

/** What a part is called in the switcher and its heading. */
export const partName = (part: SuitePart, t: SuiteLabels): string => part.suite?.name ?? t.otherBenchmarks;

const prefixOf = new WeakMap<readonly SuitePart[], string>();

/**
 * A suite's name in the switcher, less the prefix that every suite's name shares up to a dash or
 * colon ("HAL Leaderboard — GAIA" is "GAIA" beside eight other HAL leaderboards).
 */
function shortName(parts: readonly SuitePart[], name: string): string {
  let prefix = prefixOf.get(parts);
  if (prefix === undefined) {
    const names = parts.flatMap((p) => (p.suite ? [p.suite.name] : []));
    const first = names[0] ?? '';
    const cut = [...first.matchAll(/\s*[—–:-]\s+/g)].map((m) => m.index! + m[0].length);
    prefix = cut.reverse().map((n) => first.slice(0, n)).find((p) => names.length > 1 && names.every((name) => name.startsWith(p) && name.length > p.length)) ?? '';
    prefixOf.set(parts, prefix);
  }
  return prefix && name.startsWith(prefix) ? name.slice(prefix.length) : name;
}


export class SuiteShell {
  /** The switcher's search text. */
  #query = '';
  #stats = new WeakMap<Hub, HubStats>();
  #across = new WeakMap<Hub, { entries: AcrossEntry[]; missing: string[]; standings: AcrossStandings }>();
  /** Suite hubs whose overall is worked out (`standingOf` keeps it). */
  #ranked = new WeakSet<Hub>();
  /** The overview across suites as a capability index, when the reader switches to it. */
  readonly acrossIndex: AcrossIndex;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** A suite's overall from its hub (shared with the suite's overview, computed once). */
    private readonly standingOf: (suiteHub: Hub) => SuiteStanding,
    /** A part's hub, or where its shard is (asking starts its load). */
    private readonly hubOf: (full: Hub, part: SuitePart) => Hub | 'loading' | 'failed' = partHub,
  ) {
    this.acrossIndex = new AcrossIndex(host);
  }

  /** The part shown: the one holding `benchmark`, else the chosen suite's, else the first; null for a feed without suites. */
  part(hub: Hub, chosen: string | undefined, benchmark: string | undefined): SuitePart | null {
    const parts = suiteParts(hub);
    if (parts.length === 0) return null;
    return (benchmark && parts.find((p) => p.benchmarkIds.includes(benchmark))) || parts.find((p) => partId(p) === chosen) || parts[0];
  }

  /** The whole feed's counts (the header speaks of the feed, whichever suite is shown). */
  stats(hub: Hub): HubStats {
    let stats = this.#stats.get(hub);
    if (!stats) this.#stats.set(hub, (stats = hubStats(hub)));
    return stats;
  }

  /** The list of suites to choose from; `across` adds the overview across suites. */
  renderSwitcher(hub: Hub, shown: SuitePart | null, across: boolean, choose: (suite: string) => void): TemplateResult | typeof nothing {
    const parts = suiteParts(hub);
    if (parts.length < 2) return nothing;
    const { lang, t } = suiteLabels(this.host);
    const count = (v: number) => formatNumber(v, 0, lang);
    const query = foldText(this.#query.trim());
    const matches = query ? parts.filter((p) => foldText(`${partName(p, t)} ${p.suite?.organisation ?? ''}`).includes(query)) : parts;
    const item = (id: string, label: string, detail: string, current: boolean) =>
      html`<li><button type="button" aria-pressed=${current ? 'true' : 'false'} @click=${() => choose(id)}><span>${label}</span><span class="muted">${detail}</span></button></li>`;
    return html`<nav class="suites" part="suites" aria-label=${t.leaderboardsHere}>
      <p class="suites-title" id="fm-suites-title">${t.leaderboardsInFeed(count(parts.length), parts.length)}</p>
      ${parts.length >= SEARCH_FROM
        ? html`<input type="search" aria-label=${t.findLeaderboard} placeholder=${t.findLeaderboard} .value=${this.#query} @input=${(e: Event) => {
            this.#query = (e.target as HTMLInputElement).value;
            this.host.requestUpdate();
          }} />`
        : nothing}
      <ul aria-labelledby="fm-suites-title">
        ${matches.map((p) => item(partId(p), shortName(parts, partName(p, t)), t.benchmarksCount(count(p.benchmarkIds.length), p.benchmarkIds.length), !across && p === shown))}
        ${!query && parts.length > 1 ? item(ACROSS, t.acrossLeaderboards, t.inTwoOrMore, across) : nothing}
      </ul>
      ${matches.length === 0 ? html`<p class="muted" role="status">${t.noLeaderboardMatches(this.#query)}</p>` : nothing}
    </nav>`;
  }

  /** The shown suite's heading, provenance, description, link and the jump navigation of its view. */
  renderSuiteHead(part: SuitePart, level: number, base: string, nav: NavTarget[]): TemplateResult {
    const s = part.suite;
    const { t } = suiteLabels(this.host);
    const href = s?.url ? safeHref(s.url, base) : null;
    const meta = s ? provenance(s, t) : [];
    return html`<div class="suite-head" part="suite">
      ${heading(level, partName(part, t), 'fm-suite-heading')}
      ${meta.length || href ? html`<p class="muted">${meta.join(' · ')}${href ? html`${meta.length ? ' · ' : ''}<a href=${href} rel="noopener">${t.leaderboardPage}</a>` : nothing}</p>` : nothing}
      ${s?.description ? html`<p>${s.description}</p>` : nothing}
      ${!s ? html`<p class="muted">${t.inNoLeaderboard}</p>` : nothing}
      ${renderNav(nav)}
    </div>`;
  }

  /**
   * Every suite's overall (each suite ranked on first use): the overview across suites; null
   * while some suite's shard is still to come (each is asked for).
   */
  across(hub: Hub): { entries: AcrossEntry[]; missing: string[]; standings: AcrossStandings } | { ranked: number; of: number } | null {
    const done = this.#across.get(hub);
    if (done) return done;
    const suites = suiteParts(hub).filter((p) => p.suite);
    const hubs = suites.map((p) => this.hubOf(hub, p));
    if (hubs.includes('loading')) return null;
    // Each suite is ranked in turn, a slice of main-thread time a task, so that a feed of many
    // large suites never holds the page for long; the reader sees how far it has come.
    const ready = hubs.filter((h): h is Hub => typeof h === 'object');
    const start = performance.now();
    let rankedNow = 0;
    for (const suiteHub of ready) {
      if (this.#ranked.has(suiteHub)) continue;
      if (rankedNow > 0 && performance.now() - start >= rankingSlice.ms) {
        setTimeout(() => this.host.requestUpdate());
        return { ranked: ready.filter((h) => this.#ranked.has(h)).length, of: ready.length };
      }
      this.standingOf(suiteHub);
      this.#ranked.add(suiteHub);
      rankedNow++;
    }
    // A suite whose shard failed is left out, and named (its own view shows the error).
    const standings = suites.flatMap((p, i) => (typeof hubs[i] === 'object' ? [{ suite: p.suite, standing: this.standingOf(hubs[i]) }] : []));
    const { t } = suiteLabels(this.host);
    const missing = suites.filter((_, i) => hubs[i] === 'failed').map((p) => partName(p, t));
    const across = { entries: acrossSuites(standings), missing, standings };
    this.#across.set(hub, across);
    return across;
  }

  renderAcross(hub: Hub, level: number, lang: string, window: RowWindow<object>, settled: () => number = () => 0): TemplateResult {
    const across = this.across(hub);
    const parts = suiteParts(hub);
    const { t } = suiteLabels(this.host);
    const count = (v: number) => formatNumber(v, 0, lang);
    if (!across || 'ranked' in across) {
      const shards = hub.feed.shards?.length ?? 0;
      const status = across ? t.rankingEvery(count(across.ranked), count(across.of)) : t.loadingEvery(count(settled()), count(shards));
      return html`<section id="fm-across" class="overall" part="overall" aria-labelledby="fm-across-heading">
        ${heading(level, t.acrossLeaderboards, 'fm-across-heading')}
        <p part="status" class="status loading" role="status"><span class="spinner" aria-hidden="true"></span>${status}</p>
      </section>`;
    }
    const { entries, missing, standings } = across;
    const table = html`<table part="overall-table" aria-rowcount=${entries.length + 1}>
      <caption class="visually-hidden">${t.acrossCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.placeColumn}</th>
          <th scope="col">${t.model}</th>
          <th scope="col" class="num">${t.meanPlace}</th>
          <th scope="col">${t.placeInEach}</th>
        </tr>
      </thead>
      <tbody>
        ${windowedRows(
          window,
          entries,
          4,
          (e) => html`<td>${e.place}</td>
            <th scope="row">${nameCell(e.model.name)}</th>
            <td class="num">${formatNumber(e.meanPlace, 2, lang)}</td>
            <td>${placesText(e, (suite) => shortName(parts, suite?.name ?? ''), t, lang)}</td>`,
        )}
      </tbody>
    </table>`;
    return html`<section id="fm-across" class="overall" part="overall" aria-labelledby="fm-across-heading">
      ${heading(level, t.acrossLeaderboards, 'fm-across-heading')}
      <p class="muted">${t.acrossNote}</p>
      ${missing.length ? html`<p class="muted" role="note">${t.leftOutFailed(missing.join(', '))}</p>` : nothing}
      ${this.acrossIndex.renderSwitch(standings)}
      ${this.acrossIndex.shown(standings)
        ? this.acrossIndex.render(standings, lang, window)
        : entries.length === 0
        ? html`<p role="status">${t.noneInTwo}</p>`
        : html`${scroller(entries.length, t.modelsAcross, table)}
          ${entries.length > OVERALL_ROWS ? html`<p class="muted">${t.scrollForMore(count(entries.length), entries.length)}</p>` : nothing}`}
    </section>`;
  }
}
