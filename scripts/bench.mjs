#!/usr/bin/env node
// npm run bench: fm-leaderboard against Grid.js and Tabulator in Debian's headless Chromium, on
// generated feeds of realistic shape. Medians of 7 runs (after 2 warm-up runs), ratios to the
// faster peer; the table is printed and written to bench/results.md.
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { benchCalibration } from './lib/bench-calibration.mjs';
import { benchCapability } from './lib/bench-capability.mjs';
import { benchFeeds } from './lib/bench-feeds.mjs';
import { benchFirstLoad } from './lib/bench-first-load.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.FM_BENCH_RUNS ?? 7);
const WARM = 2;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

const server = createServer((req, res) => {
  const file = join(ROOT, normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, ''));
  if (!file.startsWith(ROOT) || !existsSync(file) || statSync(file).isDirectory()) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
page.setDefaultTimeout(300_000);
await page.goto(`http://127.0.0.1:${server.address().port}/bench/page.html`);
await page.waitForFunction(() => window.benchReady === true);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
async function measure(expression, args) {
  const values = [];
  for (let i = 0; i < WARM + RUNS; i++) {
    const v = await page.evaluate(([e, a]) => window.bench[e](...a), [expression, args]);
    if (i >= WARM) values.push(v);
  }
  return median(values);
}
const ms = (v) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
const lines = [];
const out = (line = '') => {
  lines.push(line);
  console.log(line);
};

const version = browser.version();
out(`# Benchmarks`);
out();
out(`Run on ${new Date().toISOString().slice(0, 10)} · Chromium ${version} (Debian, headless) · Node ${process.version} · ${RUNS} runs each after ${WARM} warm-up runs, medians · generated feeds of realistic shape (scripts/lib/generate-feed.mjs). Rerun with \`npm run bench\`.`);
out();
out('## Ranking in the core (no DOM): buildHub + rankAll');
out();
out('Peer, in the same page: one plain sort of the same results by their primary value, the least any ranking must do.');
out();
out('| results | ours, median ms | peer: one plain sort, median ms | ours ÷ peer | target |');
out('|---:|---:|---:|---:|---|');
for (const n of [1000, 10000, 100000]) {
  const ours = await measure('rank', [n]);
  const peer = await measure('plainSort', [n]);
  out(`| ${n.toLocaleString('en')} | ${ms(ours)} | ${ms(peer)} | ${(ours / peer).toFixed(2)}× | ${n === 100000 ? '≤ 100 ms' : ''} |`);
}

out();
out('## First render (data in → rows painted)');
out();
out('"feed in": our element gets the raw feed and validates, indexes and ranks it before rendering. "ranked rows in": it gets the ranked hub (what `<fm-leaderboard>` passes it), the same input the peers get (rows already ranked, as plain data). Ratios are to the faster peer.');
out();
out('| rows | ours, feed in | ours, ranked rows in | Grid.js | Tabulator | feed in ÷ peer | ranked in ÷ peer | target |');
out('|---:|---:|---:|---:|---:|---:|---:|---|');
for (const rows of [1000, 10000]) {
  const ours = await measure('firstRender', ['ours', rows]);
  const ranked = await measure('firstRender', ['oursRanked', rows]);
  const grid = await measure('firstRender', ['gridjs', rows]);
  const tab = await measure('firstRender', ['tabulator', rows]);
  const peer = Math.min(grid, tab);
  out(`| ${rows.toLocaleString('en')} | ${ms(ours)} ms | ${ms(ranked)} ms | ${ms(grid)} ms | ${ms(tab)} ms | ${(ours / peer).toFixed(2)}× | ${(ranked / peer).toFixed(2)}× | ${rows === 10000 ? '≤ 0.5×' : ''} |`);
}

out();
out('## Re-sort by another column (click → rows painted)');
out();
out('"script": click → rows updated in the DOM (the sort, the render, and the layout read that measures the new rows), without waiting for the paint.');
out();
out('| rows | fm-leaderboard-table | script | Grid.js | Tabulator | ours ÷ faster peer | target |');
out('|---:|---:|---:|---:|---:|---:|---|');
for (const rows of [1000, 10000]) {
  const ours = await measure('resort', ['ours', rows]);
  const script = await measure('resortScript', [rows]);
  const grid = await measure('resort', ['gridjs', rows]);
  const tab = await measure('resort', ['tabulator', rows]);
  out(`| ${rows.toLocaleString('en')} | ${ms(ours)} ms | ${ms(script)} ms | ${ms(grid)} ms | ${ms(tab)} ms | ${(ours / Math.min(grid, tab)).toFixed(2)}× | ${rows === 10000 ? '≤ 0.5×; script ≤ 16.7 ms' : ''} |`);
}

out();
out('## Row elements in the DOM after rendering');
out();
out('| rows | fm-leaderboard-table | Grid.js | Tabulator |');
out('|---:|---:|---:|---:|');
for (const rows of [1000, 10000, 100000]) {
  const count = (lib) => page.evaluate(([l, r]) => window.bench.domRows(l, r), [lib, rows]);
  const grid = rows > 10000 ? 'not run (renders every row)' : await count('gridjs');
  out(`| ${rows.toLocaleString('en')} | ${await count('ours')} | ${grid} | ${await count('tabulator')} |`);
}

out();
out('## Whole hub, first render of <fm-leaderboard>');
out();
out('| feed | median ms |');
out('|---|---:|');
out(`| built-in (7 benchmarks, 35 results) | ${ms(await measure('hub', [1]))} |`);
out(`| 100× (models ×100: 3,500 results) | ${ms(await measure('hub', [100]))} |`);

out();
out('## Whole hub at a public leaderboard\'s size');
out();
out('`<fm-leaderboard>` handed a feed of N models × 6 benchmarks, one run each plus 10 % reruns, every value with a standard error (scripts/lib/generate-feed.mjs `leaderboardFeed`), against the built-in feed in the same page, the runs of each size alternating with runs of the built-in feed (ratios are to the built-in runs of its pairs). First cell: element created → the first table cell in the DOM. Settled: → every fm-* element has rendered and no section that is due (near the viewport) is left to draw, and a frame painted; a large hub draws the sections further down when the reader comes near them. Longest task: PerformanceObserver `longtask`. Elements and `<tr>`: the composed tree, shadow roots included.');
out();
out('| feed | results | first cell | settled | longest task | elements | `<tr>` | first cell ÷ built-in | settled ÷ built-in |');
out('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
// Each large feed's runs alternate with runs of the built-in feed, so that both meet the same
// machine (its speed drifts by ±20 % over a minute): a ratio is of the two medians of its pairs.
const medians = (runs) => Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
const hubPairs = async (models, withPrevious = false) => {
  const builtIn = [];
  const large = [];
  for (let i = 0; i < WARM + RUNS; i++) {
    const b = await page.evaluate(() => window.bench.hubAtScale(0));
    const l = await page.evaluate(([m, p]) => window.bench.hubAtScale(m, p), [models, withPrevious]);
    if (i >= WARM) builtIn.push(b), large.push(l);
  }
  return { builtIn: medians(builtIn), large: medians(large), builtInRuns: builtIn };
};
const pairs = [];
for (const [label, models, withPrevious] of [
  ['150 models', 150],
  ['1,500 models', 1500],
  ['4,500 models', 4500],
  ['4,500 models and an older feed of the same size (previous-src; settled: its sentence and marks shown)', 4500, true],
]) {
  pairs.push([label, await hubPairs(models, withPrevious)]);
}
const builtIn = medians(pairs.flatMap(([, p]) => p.builtInRuns));
out(`| built-in (all ${pairs.length * RUNS} runs) | ${builtIn.results} | ${ms(builtIn.firstCell)} ms | ${ms(builtIn.settled)} ms | ${ms(builtIn.longestTask)} ms | ${builtIn.elements.toLocaleString('en')} | ${builtIn.rows.toLocaleString('en')} | 1.0× | 1.0× |`);
for (const [label, { builtIn: b, large: f }] of pairs) {
  out(`| ${label} (built-in in its pairs: ${ms(b.firstCell)} / ${ms(b.settled)} ms) | ${f.results.toLocaleString('en')} | ${ms(f.firstCell)} ms | ${ms(f.settled)} ms | ${ms(f.longestTask)} ms | ${f.elements.toLocaleString('en')} | ${f.rows.toLocaleString('en')} | ${(f.firstCell / b.firstCell).toFixed(1)}× | ${(f.settled / b.settled).toFixed(1)}× |`);
}
out();
out('Targets: first cell ≤ 3× the built-in feed, settled ≤ 5×, no task over 200 ms, elements ≤ 8,000 and flat from 1,000 to 30,000 results.');

await benchFirstLoad({ browser, root: ROOT, runs: RUNS, warm: WARM, median, out });
await benchFeeds({ browser, root: ROOT, runs: RUNS, warm: WARM, median, out });
out();
out("Targets: the nine-leaderboard datastore opens with no error, first cell ≤ 2× the built-in feed; 500,000 scores: import ≤ 60 s and ≤ 1.2 GB, first cell ≤ 2.5×, ≤ 6 MB fetched before it, switching suite ≤ 1 s; no task over 200 ms; bytes per result at least halved, raw and gzip.");

benchCalibration({ out });
benchCapability({ out });

writeFileSync(join(ROOT, 'bench/results.md'), lines.join('\n') + '\n');
await browser.close();
server.close();
