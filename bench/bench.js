// Runs in the benchmark page: each function measures one thing once and cleans up after itself.
// Times are from "data in" to "rows painted" (an animation frame after the rows exist).
import * as fm from '/dist/fm-leaderboard.bundle.js';
import { Grid } from '/node_modules/gridjs/dist/gridjs.module.js';
import { TabulatorFull as Tabulator } from '/node_modules/tabulator-tables/dist/js/tabulator_esm.min.js';
import { generateFeed, leaderboardFeed, tableFeed } from '/scripts/lib/generate-feed.mjs';

const stage = document.getElementById('stage');
const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const until = async (check, ms = 120_000) => {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 1));
  }
};
const feeds = new Map();
const feedOf = (rows) => feeds.get(rows) ?? (feeds.set(rows, tableFeed(rows)), feeds.get(rows));
const ranked = new Map();
const rankedOf = (rows) => {
  if (!ranked.has(rows)) {
    const hub = fm.buildHub(fm.loadFeed(feedOf(rows)).feed);
    ranked.set(rows, { hub, ranking: fm.rankBenchmark(hub, 'b') });
  }
  return ranked.get(rows);
};
/** The peers get the same rows, already ranked, as plain data. */
const rowsOf = (rows) => {
  const ranking = fm.rankBenchmark(fm.buildHub(feedOf(rows)), 'b');
  return ranking.rows.map((r) => ({ Rank: r.rank, Model: r.model.name, AUROC: r.score, Accuracy: r.result.metrics.Accuracy, Date: r.result.date }));
};

const LIBS = {
  ours: {
    async render(rows) {
      const el = document.createElement('fm-leaderboard-table');
      el.style.setProperty('--fm-table-max-height', '600px');
      el.feed = feedOf(rows);
      stage.append(el);
      await until(() => el.shadowRoot?.querySelector('tr[part="row"]'));
      return el;
    },
    async resort(el) {
      const before = el.shadowRoot.querySelector('tr[part="row"]').textContent;
      [...el.shadowRoot.querySelectorAll('button.sort')].find((b) => b.textContent.trim().startsWith('Accuracy')).click();
      await until(() => el.shadowRoot.querySelector('tr[part="row"]').textContent !== before);
    },
    domRows: (el) => el.shadowRoot.querySelectorAll('tr').length,
  },
  /** Ours given what the peers get: the rows already validated and ranked (as <fm-leaderboard> passes them). */
  oursRanked: {
    async render(rows) {
      const el = document.createElement('fm-leaderboard-table');
      el.style.setProperty('--fm-table-max-height', '600px');
      const { hub, ranking } = rankedOf(rows);
      el.hub = hub;
      el.ranking = ranking;
      stage.append(el);
      await until(() => el.shadowRoot?.querySelector('tr[part="row"]'));
      return el;
    },
    resort: (el) => LIBS.ours.resort(el),
    domRows: (el) => LIBS.ours.domRows(el),
  },
  gridjs: {
    async render(rows) {
      const data = rowsOf(rows);
      const host = document.createElement('div');
      stage.append(host);
      new Grid({ columns: ['Rank', 'Model', 'AUROC', 'Accuracy', 'Date'], data: data.map((r) => [r.Rank, r.Model, r.AUROC, r.Accuracy, r.Date]), sort: true }).render(host);
      await until(() => host.querySelectorAll('tbody tr').length > 0);
      return host;
    },
    async resort(host) {
      const before = host.querySelector('tbody tr').textContent;
      host.querySelectorAll('th')[3].click();
      await until(() => host.querySelector('tbody tr').textContent !== before);
    },
    domRows: (host) => host.querySelectorAll('tr').length,
  },
  tabulator: {
    async render(rows) {
      const data = rowsOf(rows);
      const host = document.createElement('div');
      stage.append(host);
      const built = new Promise((resolve) => {
        const table = new Tabulator(host, {
          data,
          height: '600px', // a fixed height turns on Tabulator's virtual DOM (its recommended setting for large data)
          layout: 'fitColumns',
          columns: ['Rank', 'Model', 'AUROC', 'Accuracy', 'Date'].map((field) => ({ title: field, field, sorter: field === 'Model' || field === 'Date' ? 'string' : 'number' })),
        });
        table.on('tableBuilt', () => resolve(table));
      });
      host.__table = await built;
      await until(() => host.querySelectorAll('.tabulator-row').length > 0);
      return host;
    },
    async resort(host) {
      const before = host.querySelector('.tabulator-row').textContent;
      host.querySelector('.tabulator-col[tabulator-field="Accuracy"] .tabulator-col-title').click();
      await until(() => host.querySelector('.tabulator-row').textContent !== before);
    },
    domRows: (host) => host.querySelectorAll('.tabulator-row').length,
  },
};

function cleanUp(node) {
  node.__table?.destroy?.();
  node.remove();
}

const feedOfSize = (n) => feeds.get(`g${n}`) ?? (feeds.set(`g${n}`, generateFeed(n)), feeds.get(`g${n}`));

window.bench = {
  /** Ranking `n` generated results with the core: buildHub + rankAll. */
  rank(n) {
    const feed = feedOfSize(n);
    const t0 = performance.now();
    fm.rankAll(fm.buildHub(feed));
    return performance.now() - t0;
  },
  /** The peer for ranking: one plain sort of the same results by their primary value, the least any ranking must do. */
  plainSort(n) {
    const feed = feedOfSize(n);
    const t0 = performance.now();
    const primary = new Map(feed.benchmarks.map((b) => [b.id, b.primary_metric]));
    [...feed.results].sort((a, b) => (b.metrics[primary.get(b.benchmark)] ?? 0) - (a.metrics[primary.get(a.benchmark)] ?? 0));
    return performance.now() - t0;
  },
  /** First render of `rows` rows by `lib`: data in → rows painted. */
  async firstRender(lib, rows) {
    feedOf(rows);
    rowsOf(rows); // prepare the peers' data outside the timing
    rankedOf(rows);
    const t0 = performance.now();
    const node = await LIBS[lib].render(rows);
    await painted();
    const ms = performance.now() - t0;
    cleanUp(node);
    return ms;
  },
  /** Re-sort by another column: click → new first row painted. */
  async resort(lib, rows) {
    const node = await LIBS[lib].render(rows);
    await painted();
    const t0 = performance.now();
    await LIBS[lib].resort(node);
    await painted();
    const ms = performance.now() - t0;
    cleanUp(node);
    return ms;
  },
  /** Ours only: script time of a re-sort, click → rows updated in the DOM (includes the layout read that measures the new rows). */
  async resortScript(rows) {
    const el = await LIBS.ours.render(rows);
    await painted();
    const button = [...el.shadowRoot.querySelectorAll('button.sort')].find((b) => b.textContent.trim().startsWith('Accuracy'));
    const t0 = performance.now();
    button.click();
    await el.updateComplete;
    const ms = performance.now() - t0;
    cleanUp(el);
    return ms;
  },
  /** Row elements in the DOM after rendering `rows` rows. */
  async domRows(lib, rows) {
    const node = await LIBS[lib].render(rows);
    await painted();
    const count = LIBS[lib].domRows(node);
    cleanUp(node);
    return count;
  },
  /** First render of the whole hub: the built-in feed, or it times 100 (models ×100). */
  async hub(times) {
    const base = await (await fetch('/demo/data/hub.feed.json')).json();
    const feed = times === 1 ? base : { ...base, models: [], results: base.results.flatMap((r) => Array.from({ length: times }, (_, k) => ({ ...r, id: `${r.id}-${k}`, model: `${r.model}-${k}`, metrics: Object.fromEntries(Object.entries(r.metrics).map(([m, v]) => [m, typeof v === 'number' ? Math.round((v - 0.002 * (k % 50)) * 1e4) / 1e4 : v])) }))) };
    const t0 = performance.now();
    const el = document.createElement('fm-leaderboard');
    el.feed = feed;
    stage.append(el);
    // The sections near the viewport drawn (their chunk comes as the first nears the viewport; a
    // large hub draws the others as the reader comes near them) and every table drawn rendered (a
    // windowed one below the fold rightly has no rows yet, only its header).
    await until(() => !el.drawing && el.shadowRoot?.querySelector('article.benchmark:not(.pending)') && [...el.shadowRoot.querySelectorAll('fm-leaderboard-table')].every((t) => t.shadowRoot?.querySelector('table')));
    await painted();
    const ms = performance.now() - t0;
    el.remove();
    return ms;
  },
  /**
   * The whole hub on a public leaderboard's feed (`models` models × 6 benchmarks, 0 = the built-in
   * feed), the feed object handed to the element: ms to the first table cell in the DOM, ms until
   * every fm-* element has settled (and painted), the longest main-thread task, and the elements
   * and <tr> in the composed tree.
   */
  async hubAtScale(models, withPrevious = false) {
    const feed = models === 0 ? await (await fetch('/demo/data/hub.feed.json')).json() : (scaleFeeds[models] ??= leaderboardFeed(models));
    // Rank changes: an older feed of the same models with other scores (another seed).
    const previous = withPrevious ? (previousFeeds[models] ??= { ...leaderboardFeed(models, 4), generated: '2025-11-01' }) : undefined;
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask' });
    const t0 = performance.now();
    const el = document.createElement('fm-leaderboard');
    el.feed = feed;
    if (previous) el.previousFeed = previous;
    stage.append(el);
    await until(() => composed(el).some((n) => n.localName === 'td' && n.closest('tbody')));
    const firstCell = performance.now() - t0;
    const settledNow = () => {
      const parts = composed(el).filter((n) => n.localName.startsWith('fm-'));
      // `drawing`: a large feed is ranked in a task of its own, then draws the sections near the
      // viewport a batch a task (the others when the reader comes near them).
      return (
        !el.drawing &&
        parts.every((p) => p.hasUpdated && !p.isUpdatePending) &&
        // A benchmark section drawn (the sections come as a chunk as the first nears the viewport).
        el.shadowRoot.querySelector('article.benchmark:not(.pending)') &&
        // With an older feed: its sentence, and the marks in the first table.
        (!previous || (el.shadowRoot.querySelector('.changes') && el.shadowRoot.querySelector('fm-leaderboard-table').shadowRoot.querySelector('.move')))
      );
    };
    await until(settledNow);
    await painted();
    // Sections found near the viewport in that frame (IntersectionObserver) are drawn next.
    while (!settledNow()) {
      await until(settledNow);
      await painted();
    }
    const settled = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    const nodes = composed(el);
    const result = { firstCell, settled, longestTask: Math.max(0, ...tasks), elements: nodes.length, rows: nodes.filter((n) => n.localName === 'tr').length, results: feed.results.length };
    el.remove();
    return result;
  },
};
const scaleFeeds = {};
const previousFeeds = {};
/** Every element in the tree of `root`, through shadow roots. */
function composed(root) {
  const out = [];
  const walk = (node) => {
    for (const child of node.children) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  out.push(root);
  if (root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return out;
}
window.benchReady = true;
