// The hub as a static page: what <fm-leaderboard> shows for a feed (stats, jump navigation,
// overall rankings, each benchmark's podium, table, quick comparison and scoring rules, the metric
// cheat sheet), as blocks for the HTML and Markdown writers. Same outline, ranking and words as
// the element (src/render/outline.ts, benchmark-text.ts); nothing interactive (no compare, no chart).
import { filterHub, localizeHub, flagText, groupLabel, resultRelationship, type FacetSelection, hubStats, rowFlags, isWebUrl, partHub, rankAll, rankMark, readMetric, suiteParts, suiteStanding, tieGroupLabel, type BenchmarkRanking, type Hub, type HubStats, type RankedRow } from '../core/index.js';
import { formatDate, formatNumber } from '../internal/text-format.js';
import { benchmarkFacts, metricFacts, overallFacts, rankingRules, tierTable, usedMetrics } from './benchmark-text.js';
import { podiumText } from './podium-text.js';
import { quickText } from './quick-text.js';
import type { Block, Inline, TableBlock } from './blocks.js';
import { acrossSection, suiteBlocks } from './suite-blocks.js';
import { provenance } from './suite-text.js';
import { staticMessages } from '../i18n/static-messages.js';
import { tierWords } from '../internal/tier-text.js';
import type { StaticLabels } from '../i18n/static-messages.js';
import { hubOutline, modalityAnchor, navTargets, type HubOutline } from './outline.js';

export interface StaticPageOptions {
  /** Numbers and dates in this language (default `en`). */
  lang?: string;
  /** The level of the page's title (default 1); sections go one deeper. */
  headingLevel?: number;
  /** The page's title (default: the feed's title). */
  title?: string;
  /**
   * A choice of results (`reported`: who ran them; `caution: ['none']` hides flagged ones): every
   * table and overall is ranked over the results kept, as the hub does for the same choice.
   */
  facets?: FacetSelection;
}


interface Context {
  outline: HubOutline;
  hub: Hub;
  lang: string;
  /** The labels in `lang`, from the elements' catalogue (i18n/). */
  t: StaticLabels;
}

export function staticPage(whole: Hub, options: StaticPageOptions = {}): Block[] {
  const lang = options.lang ?? 'en';
  const hub = localizeHub(filterHub(whole, options.facets ?? {}), lang);
  const ctx: Context = { outline: hubOutline(hub), hub, lang, t: staticMessages(lang) };
  const level = Math.min(Math.max(options.headingLevel ?? 1, 1), 6);
  const { outline } = ctx;
  const { stats } = outline;
  const blocks = pageHead(hub, stats, options, level);
  // A feed of several leaderboards: no overall across them all, but each one's own (in its
  // section) and the overview across them, as the hub shows them.
  const suites = hub.suites.length > 0;
  if (outline.rankings.length > 1) {
    const targets = navTargets(outline, { compare: false }, ctx.t).filter((t) => !suites || t.id !== 'fm-overall');
    if (hub.suites.length > 1) targets.splice(-1, 0, { id: 'fm-across', label: ctx.t.acrossLeaderboards });
    blocks.push({ kind: 'nav', label: ctx.t.sectionsNav, links: targets.map((t) => ({ href: `#${t.id}`, text: t.label })) });
  }
  if (!suites) blocks.push(overall(ctx, level + 1));
  for (const group of outline.grouping.groups) {
    const inner: Block[] = [{ kind: 'heading', level: level + 1, text: [group.modality ?? ctx.t.navOther] }];
    const first = group.tasks[0]?.benchmarks[0];
    const suite = first?.suite ? hub.suite(first.suite) : undefined;
    if (suite && suite.name === group.modality) inner.push(...suiteBlocks(suite, outline.rankings, outline.anchors, level + 2, ctx.lang, ctx.t, hub.filtered ? undefined : suite.capability_index));
    for (const task of group.tasks) {
      if (task.task) inner.push({ kind: 'heading', level: level + 2, text: [task.task] });
      for (const b of task.benchmarks) inner.push(benchmark(ctx, outline.byId.get(b.id)!, task.task ? level + 3 : level + 2));
    }
    blocks.push({ kind: 'section', id: modalityAnchor(group.modality), label: group.modality ?? ctx.t.navOther, blocks: inner });
  }
  if (outline.grouping.otherBenchmarkIds.length > 0) {
    blocks.push({
      kind: 'section',
      id: 'fm-other',
      label: ctx.t.navOtherBenchmarks,
      blocks: [
        { kind: 'heading', level: level + 1, text: [ctx.t.navOtherBenchmarks] },
        { kind: 'paragraph', muted: true, text: [ctx.t.undefinedBenchmarks] },
        ...outline.grouping.otherBenchmarkIds.map((id) => benchmark(ctx, outline.byId.get(id)!, level + 2)),
      ],
    });
  }
  if (hub.suites.length > 1) blocks.push(acrossSection(hub, outline.rankings, level + 1, ctx.lang, ctx.t));
  blocks.push(cheatSheet(ctx, level + 1));
  return blocks;
}

/** The page's title, stats and introduction. */
function pageHead(hub: Hub, stats: HubStats, options: StaticPageOptions, level: number): Block[] {
  const lang = options.lang ?? 'en';
  const t = staticMessages(lang);
  const choice = t.resultChoice(options.facets ?? {});
  const leaderboards: Inline = hub.suites.length > 1 ? ['🏆 ', { strong: formatNumber(hub.suites.length, 0, lang) }, ` ${t.statLeaderboards(hub.suites.length)} · `] : [];
  return [
    { kind: 'heading', level, text: [options.title ?? hub.feed.title ?? t.defaultTitle] },
    {
      kind: 'note',
      style: 'success',
      title: t.hubOverview,
      blocks: [
        {
          kind: 'paragraph',
          text: [...leaderboards, '📊 ', { strong: formatNumber(stats.benchmarks, 0, lang) }, ` ${t.statBenchmarks(stats.benchmarks)} · 🤖 `, { strong: formatNumber(stats.models, 0, lang) }, ` ${t.statModels(stats.models)} · 📈 `, { strong: formatNumber(stats.evaluations, 0, lang) }, ` ${t.statEvaluations(stats.evaluations)}`],
        },
      ],
    },
    { kind: 'paragraph', text: [{ strong: t.whatIsThis }, ` ${t.introWhat}`] },
    { kind: 'paragraph', text: [{ strong: t.howToRead }, ` ${t.introHow}`] },
    ...(choice ? [{ kind: 'paragraph', text: [{ strong: t.shownLabel }, ` ${t.shownNote(choice)}`] } as Block] : []),
  ];
}

/**
 * The index page of a feed of several leaderboards (`page --per-suite`): title and stats, each
 * leaderboard with its provenance, size and leader, and the overview across them.
 */
export function indexPage(whole: Hub, options: StaticPageOptions = {}): Block[] {
  const lang = options.lang ?? 'en';
  const hub = localizeHub(filterHub(whole, options.facets ?? {}), lang);
  const level = Math.min(Math.max(options.headingLevel ?? 1, 1), 6);
  const t = staticMessages(lang);
  const rankings = rankAll(hub);
  const rows = suiteParts(hub).map((part) => {
    const sub = partHub(hub, part);
    const leaders = part.suite ? suiteStanding(part.suite, rankings.filter((r) => r.benchmark.suite === part.id)).entries.filter((e) => e.place === 1) : [];
    return [
      [part.suite?.name ?? t.otherBenchmarks],
      [part.suite ? provenance(part.suite, t).join(' · ') : ''],
      [formatNumber(part.benchmarkIds.length, 0, lang)],
      [formatNumber(hubStats(sub).models, 0, lang)],
      [leaders.map((e) => e.model.name).join(', ')],
    ];
  });
  const table: TableBlock = {
    kind: 'table',
    caption: t.leaderboardsTable,
    columns: [t.leaderboard, t.publishedBy, t.benchmarksColumn, t.modelsColumn, t.leaderColumn].map((label, i) => ({ label, numeric: i === 2 || i === 3 })),
    rowHeader: 0,
    rows,
  };
  return [...pageHead(hub, hubStats(hub), options, level), table, acrossSection(hub, rankings, level + 1, lang, t)];
}

function overall(ctx: Context, level: number): Block {
  const { best, tiers } = ctx.outline;
  const table: TableBlock = {
    kind: 'table',
    caption: ctx.t.bestScoreCaption,
    columns: [
      { label: ctx.t.rank, numeric: false },
      { label: ctx.t.model, numeric: false },
      { label: ctx.t.bestScore, numeric: true },
      { label: ctx.t.metric, numeric: false },
      { label: ctx.t.benchmark, numeric: false },
      { label: ctx.hub.suites.length > 0 ? ctx.t.leaderboard : ctx.t.modality, numeric: false },
    ],
    rowHeader: 1,
    rows: best.map((e) => [
      [`${e.place <= 10 ? `${rankMark(e.place)} ` : ''}${e.place}`],
      [e.model.name, e.place === 1 ? ' 👑' : ''],
      [formatNumber(e.row.score, e.ranking.decimals, ctx.lang)],
      [e.ranking.primary?.id ?? ''],
      [{ link: `#${ctx.outline.anchors.get(e.ranking.benchmark.id)}`, text: e.ranking.benchmark.name }],
      [groupLabel(ctx.hub, e.ranking.benchmark) ?? ctx.t.navOther],
    ]),
  };
  const distribution = tiers.tiers.map((t) => `${t.tier.icon ? `${t.tier.icon} ` : ''}${t.count} ${tierWords(t.tier, ctx.t).label}`);
  if (tiers.unrated > 0) distribution.push(ctx.t.unratedCount(String(tiers.unrated)));
  return {
    kind: 'section',
    id: 'fm-overall',
    label: ctx.t.overallRankings,
    blocks: [
      { kind: 'heading', level, text: [ctx.t.overallRankings] },
      { kind: 'paragraph', muted: true, text: [ctx.t.bestScoreNote] },
      table,
      { kind: 'paragraph', text: [`${distribution.join(' · ')} ${ctx.t.entriesNote(formatNumber(tiers.total, 0, ctx.lang))}`] },
    ],
  };
}

function benchmark(ctx: Context, ranking: BenchmarkRanking, level: number): Block {
  const b = ranking.benchmark;
  const { t } = ctx;
  const blocks: Block[] = [{ kind: 'heading', level, text: [b.name] }];
  if (b.description) blocks.push({ kind: 'paragraph', text: [b.description] });
  if (ranking.rows.length === 0) {
    const primary = ranking.primary?.id;
    blocks.push({ kind: 'paragraph', muted: true, text: [ranking.runs === 0 ? t.noSubmissionsYet : t.nothingRankedYet(formatNumber(ranking.runs, 0, ctx.lang), ranking.runs, primary ?? null)] });
  } else {
    if (ranking.rows.length >= 3) {
      const podium = podiumText(ranking, ctx.lang, t);
      if (podium.art) blocks.push({ kind: 'art', text: podium.art, label: t.podiumOf(b.name), places: podium.places });
      if (podium.tie) blocks.push({ kind: 'paragraph', text: [podium.tie] });
    }
    blocks.push(benchmarkTable(ctx, ranking));
    const quick = quickText(ranking, ctx.lang, t);
    if (quick) {
      const items: Inline[] = [];
      if (quick.gap) items.push([`${t.gapTo} ${quick.gap.mark} ${quick.gap.names}: ${quick.gap.value}${quick.gap.noise ? `, ${quick.gap.noise}` : ''}`]);
      if (quick.spread !== null) items.push([`${t.spread} ${quick.spread}`]);
      blocks.push({
        kind: 'note',
        style: 'tip',
        title: t.quickComparison,
        blocks: [{ kind: 'paragraph', text: ['🥇 ', { strong: quick.leaders }, ` ${quick.verb} ${quick.metric} = `, { strong: quick.score }] }, ...(items.length > 0 ? [{ kind: 'list' as const, ordered: false, items }] : [])],
      });
    }
  }
  blocks.push({ kind: 'details', summary: t.howCalculated, blocks: scoring(ctx, ranking) });
  return { kind: 'section', id: ctx.outline.anchors.get(b.id)!, label: b.name, blocks };
}

/** The benchmark's table: the columns and cells of <fm-leaderboard-table> in its ranking order. */
function benchmarkTable(ctx: Context, ranking: BenchmarkRanking): TableBlock {
  const primary = ranking.primary;
  const reported = [...ranking.secondary.filter((m) => ranking.rows.some((row) => row.result.metrics[m.id] !== undefined)), ...ranking.shown];
  const metrics = [...(primary ? [primary] : []), ...reported];
  const datasets = new Map((ctx.hub.feed.datasets ?? []).map((d) => [d.id, d.name ?? d.id]));
  const grouped = ranking.rows.some((row) => row.group);
  const metricCell = (row: RankedRow, id: string, decimals: number): Inline => {
    // The primary's interval may be derived (from an item count); the row has it.
    const reading = id === primary?.id ? { value: row.score, interval: row.interval } : readMetric(row.result.metrics[id], id);
    if (!('value' in reading)) return ['—'];
    const value = formatNumber(reading.value, decimals, ctx.lang);
    return reading.interval ? [`${value} ± ${formatNumber((reading.interval[1] - reading.interval[0]) / 2, decimals, ctx.lang)}`] : [value];
  };
  return {
    kind: 'table',
    caption: ctx.t.tableCaption(ranking.benchmark.name, formatNumber(ranking.rows.length, 0, ctx.lang), ranking.rows.length, primary?.id ?? null),
    columns: [
      { label: ctx.t.rank, numeric: true },
      { label: ctx.t.model, numeric: false },
      ...(primary ? [{ label: primary.id, numeric: true }] : []),
      ...(grouped ? [{ label: ctx.t.group, numeric: false }] : []),
      { label: ctx.t.tier, numeric: false },
      ...reported.map((m) => ({ label: m.id, numeric: true })),
      { label: ctx.t.dataset, numeric: false },
      { label: ctx.t.date, numeric: true },
    ],
    rowHeader: 1,
    rows: ranking.rows.map((row) => {
      const values = metrics.map((m) => metricCell(row, m.id, m.id === primary?.id ? ranking.decimals : m.definition.decimals ?? 4));
      const tier: Inline = ranking.tierScale ? [row.tier ? `${row.tier.icon ? `${row.tier.icon} ` : ''}${tierWords(row.tier, ctx.t).label}` : ctx.t.unrated] : ['—'];
      return [
        [`${row.rank <= 10 ? `${rankMark(row.rank)} ` : ''}${row.rank}${row.tied ? '=' : ''}${row.rankRange ? ` ${ctx.t.ranksBetween(row.rankRange[0], row.rankRange[1])}` : ''}`],
        modelCell(ctx, row),
        ...(primary ? values.slice(0, 1) : []),
        ...(grouped ? [[row.group ? tieGroupLabel(row.group) : '—'] as Inline] : []),
        tier,
        ...(primary ? values.slice(1) : values),
        [row.result.dataset ? datasets.get(row.result.dataset) ?? row.result.dataset : '—'],
        [row.result.date ? formatDate(row.result.date, ctx.lang) : '—'],
      ];
    }),
  };
}

/** The model's name, 👑 for a leader, "baseline", "self-reported", ⚠ and its cautions, and its links: http(s) ones as links, others as text. */
function modelCell(ctx: Context, row: RankedRow): Inline {
  const cell: Inline = [row.model.name];
  if (row.rank === 1) cell.push(' 👑');
  if (row.model.baseline) cell.push(` (${ctx.t.baseline})`);
  if (resultRelationship(ctx.hub, row.result) === 'first_party') cell.push(` (${ctx.t.selfReported})`);
  const flags = rowFlags(row);
  if (flags.length > 0) cell.push(` ⚠ (${flagText(flags)})`);
  for (const link of row.model.card?.links ?? []) {
    const url = typeof link.url === 'string' ? link.url : String(link.url);
    cell.push(' · ', isWebUrl(url) && /^https?:\/\//i.test(url.trim()) ? { link: url.trim(), text: link.label } : `${link.label}: ${url}`);
  }
  return cell;
}

/** "How are scores calculated?": the benchmark, its primary metric and tiers, the ranking rules. */
function scoring(ctx: Context, ranking: BenchmarkRanking): Block[] {
  const blocks: Block[] = [];
  const about = benchmarkFacts(ctx.hub, ranking, ctx.lang, ctx.t);
  if (about.length > 0) blocks.push({ kind: 'facts', facts: about });
  if (!ranking.primary) return [...blocks, { kind: 'paragraph', muted: true, text: [ctx.t.nothingToRank] }];
  blocks.push({ kind: 'paragraph', text: [{ strong: ctx.t.primaryMetric(ranking.primary.definition.name) }] }, { kind: 'facts', facts: metricFacts(ctx.hub, ranking.primary.id, ctx.lang, ctx.t) });
  const tiers = tierTable(ctx.hub, ranking.primary.id, ranking, ctx.lang, ctx.t);
  if ('none' in tiers) blocks.push({ kind: 'paragraph', muted: true, text: [tiers.none] });
  else {
    blocks.push({
      kind: 'table',
      caption: tiers.caption,
      columns: [
        { label: ctx.t.tier, numeric: false },
        { label: ctx.t.score, numeric: false },
        { label: ctx.t.meaning, numeric: false },
      ],
      rowHeader: 0,
      rows: tiers.rows.map((t) => [[`${t.icon ? `${t.icon} ` : ''}${t.label}`], [t.range], [t.meaning]]),
    });
  }
  blocks.push({ kind: 'paragraph', text: [{ strong: ctx.t.howRanked }] }, { kind: 'list', ordered: true, items: rankingRules(ranking, ctx.lang, ctx.t) });
  return blocks;
}

function cheatSheet(ctx: Context, level: number): Block {
  const entries: Block[] = usedMetrics(ctx.hub).flatMap((id): Block[] => {
    const metric = ctx.hub.metric(id);
    return [
      { kind: 'paragraph', text: [{ strong: metric.name }, metric.name !== id ? ` (${id})` : ''] },
      { kind: 'facts', facts: metricFacts(ctx.hub, id, ctx.lang, ctx.t) },
    ];
  });
  return {
    kind: 'section',
    id: 'fm-metrics',
    label: ctx.t.metricCheatSheet,
    blocks: [
      { kind: 'heading', level, text: [ctx.t.metricCheatSheet] },
      {
        kind: 'details',
        summary: ctx.t.everyMetric,
        blocks: [
          ...(ctx.hub.suites.length > 0 ? [{ kind: 'paragraph', text: [{ strong: ctx.t.overallHeading }, ` ${ctx.t.howEachOverall}`] }, { kind: 'facts', facts: overallFacts(ctx.hub, ctx.outline.rankings, ctx.t, ctx.lang) }] satisfies Block[] : []),
          ...entries,
        ],
      },
    ],
  };
}
