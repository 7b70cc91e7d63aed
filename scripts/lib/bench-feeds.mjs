// npm run bench, "Feeds at the field's size": generated Every Eval Ever datastores (9 leaderboards
// of 590 models × 7 benchmarks, the shape of a real nine-leaderboard datastore; 25 leaderboards of
// 2,000 models × 10 benchmarks, 500,000 scores), imported with `fm-leaderboard import` as a user
// would (defaults: shards past 1 MB), then opened in <fm-leaderboard src> beside the built-in feed
// in the same runs. Measured: the import's time and peak memory (a child process's maxRSS), bytes
// per result before (the converter's feed written whole, pretty-printed, with the absolute paths
// and every warning, as `import` wrote it before) and after, and in the page the first table cell,
// what was fetched before it, the longest main-thread task, and switching to another suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeDatastore } from './generate-datastore.mjs';

const DATASTORES = [
  // `ratio`: the target for the first cell against the built-in feed's.
  { key: 'nine', label: '9 leaderboards, 5,310 records, 37,170 scores', shape: { leaderboards: 9, models: 590, benchmarks: 7, pool: 5000 }, ratio: 2 },
  { key: 'field', label: '25 leaderboards, 50,000 records, 500,000 scores', shape: { leaderboards: 25, models: 2000, benchmarks: 10, pool: 20000 }, ratio: 2.5 },
];

/** Runs `import` in a child process: its time, its peak memory, its stderr. */
function runImport(root, input, output) {
  const script = `const { main } = await import(${JSON.stringify(join(root, 'dist/cli/main.js'))});
const t = performance.now();
const code = main(['import', ${JSON.stringify(input)}, '-o', ${JSON.stringify(output)}, '-q'], { out: () => {}, err: (l) => process.stderr.write(l + '\\n') });
process.stdout.write(JSON.stringify({ code, ms: performance.now() - t, maxRss: process.resourceUsage().maxRSS * 1024 }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`import failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** The feed as `import` wrote it before: the converter's whole feed, absolute paths, every warning, indented. */
async function bytesBefore(root, dir) {
  const { importFiles } = await import(join(root, 'dist/import/index.js'));
  const files = [];
  const walk = (d) => readdirSync(d).sort().forEach((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : files.push({ path: resolve(d, n), content: readFileSync(join(d, n)) })));
  walk(dir);
  const text = JSON.stringify(importFiles(files).feed, null, 2) + '\n';
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text).length };
}

function bytesAfter(dir) {
  let raw = 0;
  let gzip = 0;
  for (const f of readdirSync(dir)) {
    const body = readFileSync(join(dir, f));
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { raw, gzip };
}

/** Serves the repository and /feeds/<key>/… from the import outputs, gzipped, as a web server would. */
function serve(root, outputs) {
  const cache = new Map();
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const page = path.match(/^\/feeds\/page\/(\w+)\.html$/);
    if (page) {
      const src = page[1] === 'builtin' ? '/demo/data/hub.feed.json' : `/feeds/${page[1]}/feed.json`;
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>feeds</title><link rel="icon" href="data:,"><script type="module" src="/dist/web/fm-leaderboard.js"></script></head><body><fm-leaderboard src="${src}"></fm-leaderboard></body></html>`;
      return res.writeHead(200, { 'content-type': 'text/html' }).end(html);
    }
    const feed = path.match(/^\/feeds\/(\w+)\/([^/]+)$/);
    const file = feed ? join(outputs[feed[1]] ?? '/nonexistent', feed[2]) : join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    if (!existsSync(file) || statSync(file).isDirectory()) return res.writeHead(404).end();
    if (!cache.has(file)) cache.set(file, gzipSync(readFileSync(file)));
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-encoding': 'gzip', 'cache-control': 'no-store' }).end(cache.get(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

// In the page: the first table cell, every long task, and the bytes fetched before that cell.
const WATCH = `(() => {
  window.__tasks = [];
  new PerformanceObserver((list) => window.__tasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
  const cell = () => { const r = document.querySelector('fm-leaderboard')?.shadowRoot; return r?.querySelector('table tbody td') ?? r?.querySelector('fm-leaderboard-table')?.shadowRoot?.querySelector('tbody td'); };
  const look = () => (cell() ? (window.__firstCell = performance.now()) : requestAnimationFrame(look));
  requestAnimationFrame(look);
})();`;

/** One cold load of a page: first cell, bytes before it, longest task until settled, and a suite switch. */
async function loadOnce(browser, url, key, switchTo) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  await page.goto(`${url}/feeds/page/${key}.html`);
  await page.waitForFunction(() => window.__firstCell !== undefined, null, { timeout: 300_000, polling: 50 });
  await page.waitForTimeout(1500); // settle: idle prefetches and sections drawn
  const leadersNow = () => page.evaluate(() => document.querySelector('fm-leaderboard').rankings.map((r) => [r.benchmark.id, r.rows[0]?.model.name ?? null]));
  const leaders = [...(await leadersNow())];
  const result = await page.evaluate(() => {
    const before = performance.getEntriesByType('resource').filter((e) => e.responseEnd <= window.__firstCell);
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      firstCell: window.__firstCell,
      bytes: before.reduce((sum, e) => sum + e.transferSize, nav?.transferSize ?? 0),
      longest: Math.max(0, ...window.__tasks),
    };
  });
  if (switchTo) {
    result.switchMs = await page.evaluate(async (suite) => {
      const el = document.querySelector('fm-leaderboard');
      const t = performance.now();
      el.suite = suite;
      for (;;) {
        const ready = el.rankings.length > 0 && el.rankings.every((r) => r.benchmark.suite === suite) && el.shadowRoot.querySelector('fm-leaderboard-table')?.shadowRoot?.querySelector('tbody td');
        if (ready) return performance.now() - t;
        await new Promise((done) => requestAnimationFrame(done));
      }
    }, switchTo);
    result.longest = Math.max(result.longest, await page.evaluate(() => Math.max(0, ...window.__tasks)));
    leaders.push(...(await leadersNow()));
  }
  await context.close();
  return { ...result, leaders };
}

/**
 * Each benchmark's leader in the element (`[benchmark id, model name]`) against the first row of
 * its table in `render --format md` of the same feed, run as a user would.
 */
function sameLeaders(root, feed, leaders) {
  const md = join(dirname(feed), 'render.md');
  const run = spawnSync(process.execPath, [join(root, 'dist/cli/bin.js'), 'render', feed, '--format', 'md', '-o', md], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`render failed: ${run.stderr}`);
  const text = readFileSync(md, 'utf8');
  rmSync(md);
  const slug = (t) => t.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
  const differ = [];
  for (const [benchmark, name] of leaders) {
    const at = text.indexOf(`<a id="fm-b-${slug(benchmark)}"></a>`);
    const row = at < 0 ? null : /^\| 🥇 1=? \| ([^|]*)\|/m.exec(text.slice(at)); // "1=" where the first places tie
    const rendered = row ? row[1].trim() : null;
    if (!rendered || name === null || !rendered.startsWith(name)) differ.push(`${benchmark}: ${name} in the page, ${rendered} in render`);
  }
  return { compared: leaders.length, differ };
}

export async function benchFeeds({ browser, root, runs, warm, median, out }) {
  const work = mkdtempSync(join(tmpdir(), 'fm-bench-feeds-'));
  const outputs = {};
  const rows = [];
  try {
    for (const d of DATASTORES) {
      const store = join(work, d.key);
      const counts = writeDatastore(store, d.shape);
      const output = join(work, `${d.key}-out`);
      spawnSync('mkdir', ['-p', output]);
      const imported = runImport(root, store, join(output, 'feed.json'));
      outputs[d.key] = output;
      const after = bytesAfter(output);
      const before = d.key === 'nine' ? await bytesBefore(root, store) : null;
      rows.push({ d, counts, imported, after, before, files: readdirSync(output).length });
      rmSync(store, { recursive: true, force: true });
    }
    const ms = (v) => `${Math.round(v)} ms`;
    const mb = (v) => `${(v / 1e6).toFixed(1)} MB`;
    const per = (bytes, n) => `${(bytes / n).toFixed(1)}`;
    out();
    out("## Feeds at the field's size");
    out();
    out('Generated Every Eval Ever datastores (scripts/lib/generate-datastore.mjs), imported with `fm-leaderboard import <folder> -o feed.json` and its defaults (a feed of suites past 1 MB is an index plus one results file per suite). Import: one child process, wall time and peak resident memory. Before: the feed `import` wrote until this change, reconstructed in the same run (the converter\'s whole feed with each result\'s absolute source path and every warning, indented).');
    out();
    out('| datastore | import | peak memory | files written | bytes per result, raw (before → after) | gzip (before → after) |');
    out('|---|---:|---:|---:|---:|---:|');
    for (const { d, counts, imported, after, before, files } of rows) {
      const raw = before ? `${per(before.raw, counts.scores)} → ${per(after.raw, counts.scores)} (${(after.raw / before.raw).toFixed(2)}×)` : per(after.raw, counts.scores);
      const gz = before ? `${per(before.gzip, counts.scores)} → ${per(after.gzip, counts.scores)} (${(after.gzip / before.gzip).toFixed(2)}×)` : per(after.gzip, counts.scores);
      out(`| ${d.label} | ${(imported.ms / 1000).toFixed(1)} s | ${mb(imported.maxRss)} | ${files} (${mb(after.raw)}, ${mb(after.gzip)} gzip) | ${raw} | ${gz} |`);
    }
    out();
    out('In the page: `<fm-leaderboard src>` with the page build, each run a fresh browser context, the built-in feed and each datastore alternating; files served gzipped. First cell: navigation → the first table cell. Fetched: everything transferred before it (page, scripts, index, shard). Longest task: PerformanceObserver `longtask` from navigation to 1.5 s after the first cell, and through the switch. Switch: `suite` set to the last leaderboard → its first table cell (its shard fetched, checked and ranked).');
    out();
    out('| feed | first cell | ÷ built-in | fetched before it | longest task | switch suite |');
    out('|---|---:|---:|---:|---:|---:|');
    const { server, url } = await serve(root, outputs);
    const results = { builtin: [] };
    for (const { d } of rows) results[d.key] = [];
    const last = (key) => JSON.parse(readFileSync(join(outputs[key], 'feed.json'), 'utf8')).suites.at(-1).id;
    const lastSuite = Object.fromEntries(rows.map(({ d }) => [d.key, last(d.key)]));
    for (let i = 0; i < warm + runs; i++) {
      for (const key of Object.keys(results)) {
        const r = await loadOnce(browser, url, key, lastSuite[key]);
        if (i >= warm) results[key].push(r);
      }
    }
    server.close();
    const same = rows.map(({ d }) => ({ d, ...sameLeaders(root, join(outputs[d.key], 'feed.json'), results[d.key].at(-1).leaders) }));
    const m = (key, field) => median(results[key].map((r) => r[field]));
    for (const key of Object.keys(results)) {
      const d = rows.find((r) => r.d.key === key)?.d;
      const label = d?.label ?? 'built-in (35 results)';
      const sw = results[key][0].switchMs === undefined ? '—' : ms(m(key, 'switchMs'));
      const ratio = m(key, 'firstCell') / m('builtin', 'firstCell');
      const unmet = d && ratio > d.ratio ? ` (target ≤ ${d.ratio}×: not met)` : '';
      out(`| ${label} | ${ms(m(key, 'firstCell'))} | ${ratio.toFixed(2)}×${unmet} | ${mb(m(key, 'bytes'))} | ${ms(m(key, 'longest'))} | ${sw} |`);
    }
    out();
    out('The same leaders in the element and in `render`: each benchmark\'s first-ranked model in the page (the first leaderboard shown, then the last after the switch) against the first row of that benchmark\'s table in `fm-leaderboard render --format md` of the same feed (every shard read from disk).');
    out();
    for (const { d, compared, differ } of same) out(`- ${d.label}: ${compared} benchmarks compared, ${differ.length === 0 ? 'the same leader in each' : `${differ.length} differ: ${differ.slice(0, 3).join('; ')}`}.`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
