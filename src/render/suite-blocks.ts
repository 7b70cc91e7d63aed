// A feed of several leaderboards on the static page: each leaderboard's section opens with its
// provenance and its overall as it declares it (the same core suiteStanding and the same words as
// the hub's suite view), and the page opens with the overview across leaderboards.
import {
  acrossIndexScores,
  acrossSuites,
  capabilityIndex,
  isWebUrl,
  overallIntervals,
  rankMark,
  storedIndexFit,
  suiteIndexScores,
  suiteStanding,
  type BenchmarkRanking,
  type CapabilityIndex,
  type Hub,
  type StoredIndex,
  type Suite,
  type SuiteIndexScores,
} from '../core/index.js';
import { INDEX_MIN_BENCHMARKS, indexCells, indexColumn, indexColumns, indexRows, indexSentence, noIndexText, type IndexRow } from './suite-index-text.js';
import type { Block } from './blocks.js';
import { slug } from './outline.js';
import { apartText, coverageSentence, intervalsSentence, leadText, placesText, provenance, standingCells, standingColumns, standingLabel, standingSentence, type SuiteLabels } from './suite-text.js';
import { formatNumber } from '../internal/text-format.js';

/** The rankings of a suite's benchmarks, in the order given. */
const rankingsOf = (suite: Suite, rankings: readonly BenchmarkRanking[]) => rankings.filter((r) => r.benchmark.suite === suite.id);

/** What opens a suite's section: provenance, link, description, and its overall. */
export function suiteBlocks(suite: Suite, rankings: readonly BenchmarkRanking[], anchors: Map<string, string>, level: number, lang: string, t: SuiteLabels, stored?: StoredIndex): Block[] {
  const s = suiteStanding(suite, rankingsOf(suite, rankings));
  const meta = provenance(suite, t);
  const blocks: Block[] = [];
  if (meta.length > 0 || (suite.url && isWebUrl(suite.url))) {
    const link = suite.url && isWebUrl(suite.url) ? [meta.length > 0 ? ' · ' : '', { link: suite.url, text: t.leaderboardPage }] : [];
    blocks.push({ kind: 'paragraph', muted: true, text: [meta.join(' · '), ...link] });
  }
  if (suite.description) blocks.push({ kind: 'paragraph', text: [suite.description] });
  const intervals = overallIntervals(s);
  const how = [standingSentence(s, t, lang), coverageSentence(s, t, lang), intervalsSentence(s, intervals, t, lang)].filter((text): text is string => !!text).join(' ');
  const overall: Block[] = [{ kind: 'heading', level, text: [t.overallRanking] }, { kind: 'paragraph', muted: true, text: [how] }];
  const lead = leadText(s, lang, t);
  if (lead) overall.push({ kind: 'paragraph', text: [lead] });
  if (s.overall) {
    overall.push({ kind: 'paragraph', text: [{ link: `#${anchors.get(s.overall.benchmark.id)}`, text: t.everyModelOn(s.overall.benchmark.name) }, t.itsTableBelow] });
  }
  const fitted = fitIndex(suiteIndexScores(s), stored);
  if (!s.overall && s.entries.length > 0) {
    const column = fitted && 'rows' in fitted ? indexColumn(fitted.rows) : undefined;
    overall.push({
      kind: 'table',
      caption: t.overallRankingOf(standingLabel(s, t)),
      columns: standingColumns(s, t, intervals, column).map((label, i) => ({ label, numeric: i > 1 })),
      rowHeader: 1,
      rows: s.entries.map((e) => [[`${e.place <= 10 ? `${rankMark(e.place)} ` : ''}${e.place}`], [e.model.name], ...standingCells(s, e, lang, t, intervals, column).map((cell) => [cell])]),
    });
  }
  const apart = apartText(s, t, lang, Infinity);
  if (apart) overall.push({ kind: 'paragraph', text: [apart] });
  blocks.push({ kind: 'section', id: `fm-overall-${slug(suite.id)}`, label: t.overallRankingOfSuite(suite.name), blocks: overall });
  const index = fitted && indexBlocks(fitted, level, lang, t);
  if (index) blocks.push({ kind: 'section', id: `fm-index-${slug(suite.id)}`, label: t.capabilityIndexOfSuite(suite.name), blocks: index });
  return blocks;
}

/** Scores past which a static page leaves the index to the live page (its fit takes seconds). */
const STATIC_INDEX_SCORES = 5000;

type Fitted = { data: SuiteIndexScores; scores: number } & ({ fit: CapabilityIndex; rows: IndexRow[] } | { tooMany: true });

/** A capability index (a suite's, or across leaderboards): the stored one, else fitted here up to STATIC_INDEX_SCORES scores (null under two columns). */
function fitIndex(data: SuiteIndexScores, stored?: StoredIndex): Fitted | null {
  if (data.columns.length < INDEX_MIN_BENCHMARKS) return null;
  const scores = data.scores.reduce((n, row) => n + row.filter((x) => x !== null).length, 0);
  // The feed's stored index, where it fits these scores, whatever their number.
  const kept = stored && storedIndexFit(stored, data, INDEX_MIN_BENCHMARKS);
  if (kept) return { data, scores, fit: kept, rows: indexRows(data, kept) };
  if (scores > STATIC_INDEX_SCORES) return { data, scores, tooMany: true };
  const fit = capabilityIndex(data.scores, { minBenchmarks: INDEX_MIN_BENCHMARKS });
  return { data, scores, fit, rows: indexRows(data, fit) };
}

/** A capability index: its sentence, its table, the models given none. */
function indexBlocks(fitted: Fitted, level: number, lang: string, t: SuiteLabels, title = t.capabilityIndex): Block[] {
  const { data, scores } = fitted;
  const blocks: Block[] = [{ kind: 'heading', level, text: [title] }, { kind: 'paragraph', muted: true, text: [indexSentence(data.columns.length, t, lang, data.unit)] }];
  if (!('rows' in fitted)) {
    blocks.push({ kind: 'paragraph', text: [t.fittedLive(formatNumber(scores, 0, lang))] });
    return blocks;
  }
  const { fit, rows } = fitted;
  blocks.push({
    kind: 'table',
    caption: title,
    columns: indexColumns(data.unit, t).map((label, i) => ({ label, numeric: i > 1 })),
    rowHeader: 1,
    rows: rows.map((r) => [[`${r.place <= 10 ? `${rankMark(r.place)} ` : ''}${r.place}`], [r.model.name], ...indexCells(r, data.columns.length, lang, t).map((cell) => [cell])]),
  });
  const left = noIndexText(data, fit, t, lang, Infinity);
  if (left) blocks.push({ kind: 'paragraph', text: [left] });
  return blocks;
}

/** The overview across leaderboards: models placed in two or more, by mean place. */
export function acrossSection(hub: Hub, rankings: readonly BenchmarkRanking[], level: number, lang: string, t: SuiteLabels): Block {
  const standings = hub.suites.map((suite) => ({ suite, standing: suiteStanding(suite, rankingsOf(suite, rankings)) }));
  const entries = acrossSuites(standings);
  const blocks: Block[] = [{ kind: 'heading', level, text: [t.acrossLeaderboards] }, { kind: 'paragraph', muted: true, text: [t.acrossNote] }];
  blocks.push(
    entries.length === 0
      ? { kind: 'paragraph', text: [t.noneInTwo] }
      : {
          kind: 'table',
          caption: t.acrossCaption,
          columns: [
            { label: t.placeColumn, numeric: false },
            { label: t.model, numeric: false },
            { label: t.meanPlace, numeric: true },
            { label: t.placeInEach, numeric: false },
          ],
          rowHeader: 1,
          rows: entries.map((e) => [[String(e.place)], [e.model.name], [formatNumber(e.meanPlace, 2, lang)], [placesText(e, (suite) => suite?.name ?? '', t, lang)]]),
        },
  );
  // Mean place compares places among different fields; the index over the leaderboards' scores does not.
  const fitted = fitIndex(acrossIndexScores(standings));
  if (fitted) blocks.push(...indexBlocks(fitted, level + 1, lang, t, t.indexAcross));
  return { kind: 'section', id: 'fm-across', label: t.acrossLeaderboards, blocks };
}
