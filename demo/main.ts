// The demo: the built-in feed ranked by the core, one <fm-leaderboard-table> per benchmark.
// (The whole-hub <fm-leaderboard> element comes later.) Feed text only ever goes through
// textContent or element properties, never HTML.
import '../src/index.js';
import { buildHub, formatProblem, groupByModality, hubStats, loadFeed, meanRanks, rankAll, rankBenchmark } from '../src/index.js';

const app = document.getElementById('app')!;
const feedPicker = document.getElementById('feed-picker') as HTMLSelectElement;
const themePicker = document.getElementById('theme-picker') as HTMLSelectElement;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function applyTheme(): void {
  const theme = themePicker.value;
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  for (const table of document.querySelectorAll('fm-leaderboard-table, fm-podium, fm-metric-explainer, fm-score-distribution')) {
    if (theme === 'system') table.removeAttribute('theme');
    else table.setAttribute('theme', theme);
  }
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
    const stats = hubStats(hub);
    document.getElementById('title')!.textContent = loaded.feed.title ?? 'fm-leaderboard';
    document.getElementById('stats')!.textContent = `${stats.benchmarks} benchmarks · ${stats.models} models · ${stats.evaluations} evaluations`;

    const overall = el('section');
    overall.append(el('h2', 'Overall: mean rank across the benchmarks entered'));
    const list = el('ol', undefined, 'mean-ranks');
    for (const m of meanRanks(rankAll(hub))) list.append(el('li', `${m.model.name}: mean rank ${m.meanRank.toFixed(2)} over ${m.entered}`));
    overall.append(list);
    overall.append(el('h3', 'How the scores spread, benchmark by benchmark'));
    const spread = document.createElement('fm-score-distribution');
    spread.hub = hub;
    overall.append(spread);

    const cheatSheet = el('details');
    cheatSheet.append(el('summary', 'Metric cheat sheet'));
    const sheet = document.createElement('fm-metric-explainer');
    sheet.mode = 'sheet';
    sheet.hub = hub;
    cheatSheet.append(sheet);
    const sections: HTMLElement[] = [overall, cheatSheet];
    const grouping = groupByModality(hub);
    const table = (id: string, name: string, description?: string) => {
      const section = el('section');
      const heading = el('h4', name);
      const primary = rankBenchmark(hub, id).primary;
      if (primary) {
        const explainer = document.createElement('fm-metric-explainer');
        explainer.hub = hub;
        explainer.benchmark = id;
        explainer.metric = primary.id;
        heading.append(' ', explainer);
      }
      section.append(heading);
      if (description) section.append(el('p', description, 'muted'));
      const podium = document.createElement('fm-podium');
      podium.hub = hub;
      podium.benchmark = id;
      section.append(podium);
      const t = document.createElement('fm-leaderboard-table');
      t.hub = hub;
      t.benchmark = id;
      section.append(t);
      const chart = document.createElement('fm-score-distribution');
      chart.hub = hub;
      chart.benchmark = id;
      section.append(chart);
      const how = el('details');
      how.append(el('summary', 'How are scores calculated?'));
      const rules = document.createElement('fm-metric-explainer');
      rules.mode = 'benchmark';
      rules.hub = hub;
      rules.benchmark = id;
      how.append(rules);
      section.append(how);
      return section;
    };
    for (const group of grouping.groups) {
      sections.push(el('h2', group.modality ?? 'Other'));
      for (const task of group.tasks) {
        if (task.task) sections.push(el('h3', task.task));
        for (const b of task.benchmarks) sections.push(table(b.id, b.name, b.description));
      }
    }
    if (grouping.otherBenchmarkIds.length > 0) {
      sections.push(el('h2', 'Other benchmarks (not defined in the feed)'));
      for (const id of grouping.otherBenchmarkIds) sections.push(table(id, id));
    }
    app.replaceChildren(...sections);
    applyTheme();
  } catch (error) {
    app.replaceChildren(el('p', `Could not load the feed: ${(error as Error).message}`, 'problems'));
  }
}

feedPicker.addEventListener('change', () => void show(feedPicker.value));
themePicker.addEventListener('change', applyTheme);
void show(feedPicker.value);
