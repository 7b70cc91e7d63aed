// The demo until the elements land: the core's rankings of a feed, written with DOM text nodes
// only (nothing from the feed is parsed as HTML).
import {
  buildHub,
  formatProblem,
  hubStats,
  loadFeed,
  meanRanks,
  quickComparison,
  rankAll,
  type BenchmarkRanking,
} from '../src/core/index.js';

const app = document.getElementById('app')!;
const picker = document.getElementById('feed-picker') as HTMLSelectElement;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function row(cells: Array<[string, boolean?]>, header = false): HTMLTableRowElement {
  const tr = el('tr');
  for (const [text, numeric] of cells) tr.append(el(header ? 'th' : 'td', text, numeric ? 'num' : undefined));
  return tr;
}

const fmt = (value: number, decimals = 4) => value.toFixed(decimals);

function renderRanking(ranking: BenchmarkRanking): HTMLElement {
  const section = el('section');
  section.append(el('h3', ranking.defined ? ranking.benchmark.name : `${ranking.benchmark.name} (not defined in the feed)`));
  if (ranking.benchmark.description) section.append(el('p', ranking.benchmark.description, 'muted'));
  if (!ranking.primary || ranking.rows.length === 0) {
    section.append(el('p', ranking.runs === 0 ? 'No submissions yet.' : 'No result can be ranked.'));
  } else {
    const decimals = ranking.primary.definition.decimals ?? 4;
    const how = ranking.primary.declared ? 'declared primary metric' : 'fallback: the metric most results report';
    section.append(el('p', `${ranking.rows.length} models ranked by ${ranking.primary.id} (${ranking.primary.definition.direction} is better; ${how}).`));
    const table = el('table');
    table.append(row([['Rank'], ['Model'], [ranking.primary.id, true], ['Tier'], ['Other runs', true], ['Note']], true));
    for (const r of ranking.rows) {
      const note = r.decidedBy ? `tie on ${ranking.primary.id} broken by ${r.decidedBy}` : r.tied ? 'tied' : '';
      table.append(
        row([[String(r.rank)], [r.model.name + (r.model.baseline ? ' (baseline)' : '')], [fmt(r.score, decimals), true], [r.tier ? `${r.tier.icon ?? ''} ${r.tier.label}` : 'Unrated'], [String(r.otherRuns.length), true], [note]]),
      );
    }
    section.append(table);
    const q = quickComparison(ranking);
    if (q.gap !== null && q.runnerUp) {
      const verb = q.leaders.length > 1 ? 'lead' : 'leads';
      section.append(el('p', `${q.leaders.map((l) => l.model.name).join(' & ')} ${verb} by ${fmt(q.gap, decimals)} over ${q.runnerUp.model.name}; spread ${fmt(q.spread ?? 0, decimals)}.`, 'muted'));
    }
  }
  if (ranking.excluded.length > 0) {
    const list = el('ul');
    for (const e of ranking.excluded) list.append(el('li', `${e.result.id}: ${e.reason}`));
    section.append(el('p', 'Excluded from the ranking:'), list);
  }
  return section;
}

async function show(url: string): Promise<void> {
  app.replaceChildren(el('p', 'Loading…'));
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const loaded = loadFeed(await response.json());
    if (!loaded.feed) {
      const box = el('div', undefined, 'problems');
      box.append(el('p', `This feed cannot be used (${loaded.problems.length} problems):`));
      for (const p of loaded.problems.slice(0, 20)) box.append(el('p', formatProblem(p)));
      app.replaceChildren(box);
      return;
    }
    const hub = buildHub(loaded.feed);
    const rankings = rankAll(hub);
    const stats = hubStats(hub);
    document.getElementById('title')!.textContent = loaded.feed.title ?? 'fm-leaderboard';
    document.getElementById('stats')!.textContent = `${stats.benchmarks} benchmarks · ${stats.models} models · ${stats.evaluations} evaluations`;
    const overall = el('section');
    overall.append(el('h2', 'Overall: mean rank'));
    const table = el('table');
    table.append(row([['Place'], ['Model'], ['Mean rank', true], ['Benchmarks entered', true]], true));
    for (const m of meanRanks(rankings)) table.append(row([[String(m.place)], [m.model.name], [m.meanRank.toFixed(2), true], [String(m.entered), true]]));
    overall.append(table);
    const sections = [overall, el('h2', 'Benchmarks'), ...rankings.map(renderRanking)];
    if (loaded.dropped.length > 0) {
      const box = el('div', undefined, 'problems');
      box.append(el('p', `${loaded.dropped.length} results were left out:`));
      for (const d of loaded.dropped) box.append(el('p', d.problems.map(formatProblem).join('; ')));
      sections.unshift(box);
    }
    app.replaceChildren(...sections);
  } catch (error) {
    app.replaceChildren(el('p', `Could not load the feed: ${(error as Error).message}`, 'problems'));
  }
}

picker.addEventListener('change', () => void show(picker.value));
void show(picker.value);
