// Size budgets, checked by CI (`npm run size`; kB = 1,000 bytes of gzip, each file compressed
// alone, as a browser fetches them). The page build's files are read from its manifest
// (scripts/lib/web-build.mjs), so the lines follow the chunks' hashed names.
import { allFiles, firstLoad, lazyChunks, readManifest } from './scripts/lib/web-build.mjs';

const manifest = readManifest();
const web = (files) => files.map((file) => `dist/web/${file}`);

// The first two lines are today's sizes plus a little room (following the site's light/dark mode,
// controllers/site-theme.ts, added 0.4 kB to both, validating suites 0.4 kB, and rows one line tall
// on a phone plus the hook that loads the suites chunk 0.65 kB, a run's cost as a column that never
// ranks 0.1 kB, reading lean and sharded feeds 1.2 kB: a benchmark's shared result fields put back
// and their problems named where written, an index's shards checked, the shown suite's shard
// fetched with the index; a table, podium or chart given an index fetching its benchmark's shard
// 0.2 kB, results written by run (`runs`) made whole, checked and their problems named where
// written 0.8 kB, which differences are real 2.2 kB: standard errors stated or derived from an item
// count, the tie groups' tests and letters (in O(n·w), 0.4 kB of it), the Group column, the decimals the errors justify, the
// feed's paired differences checked; flags ⚠ with their reasons 0.2 kB); the targets in their names are not met. The one-file bundle also holds
// the shard loader and shard reading, and rank changes against an older feed in shards (3.3 kB in all),
// and the overview across suites ranked in slices with its progress (0.13 kB), and the sentences on
// which differences are real with rank moves within the noise (4.7 kB with the 2.2 kB above), and a suite's overall intervals, coverage rule and capability index
// (3.8 kB; in the page build, the suites chunk and the index's own chunk), and frontiers that admit
// doubt and flags (0.6 kB), and who reported a result (first or third party) with flagged results
// hideable (0.4 kB in the hub's first load, 0.2 kB in the table's: the self-reported chip and the
// hub ranked through a choice of results; the facets themselves are in their chunk; 1.1 kB in one file),
// and the capability index as a column, across leaderboards and in the cheat sheet, with the
// sentence on an overall without an interval (1.0 kB in one file, in chunks loaded on demand), and
// a capability index stored in the feed, checked by the validator and read back from a suite's
// shard (0.2 kB in the first load and in the table's; the suites chunk past 11 kB, so 11.5 kB a chunk),
// and labels from one message catalogue in the reader's language (1.8 kB in the hub's first load,
// 1.4 kB in the table's: the English catalogue in two parts, the table's and the hub's, and
// choosing one; other languages are chunks of their own), and the rest of the catalogue: the table's
// footnotes, tooltips and rank-change words, tier ranges and meanings, a feed's own translations
// validated and the page's lang followed, errors in the reader's language (1.5 kB in the hub's first
// load, 1.4 kB in the table's; each part's labels that a chunk shows come with that chunk, and the code
// that applies a feed's translations is a chunk of its own, loaded only for a feed that has some),
// and the first cell of a feed of leaderboards sooner (0.7 kB in the hub's first load, 0.1 kB in
// the table's: the entry fetching the shown suite's shard with the index, 0.35 kB, and each chunk
// loaded on demand fetched with everything it imports, not a round trip per level), and a
// suite's first table sooner still (0.2 kB in the hub's first load: the hub's overall tables worked
// out only when read, and a large hub's sections drawn after the frame that paints its overview;
// the suites chunk 0.45 kB: model cards read from each suite's shard, so 13.8 kB a chunk), and
// each result's checks called only where they can find something (0.05 kB in each: a shard of
// 20,000 results checked in about 72 ms instead of 94), and the entry preloading the suite view's
// files when it sees an index of shards (0.2 kB in the hub's first load, most of it their hashed
// names: its first table 10–25 ms sooner), and a shard's result ids told apart by run rather than
// compared whole (0.1 kB in the suite view's chunk and in one file: 6 ms of the 76 that reading a
// suite of 20,000 results took, so 14.0 kB a chunk), and the entry reading an early feed's text and
// handing the element the index it parsed (0.05 kB in the hub's first load: the index parsed once),
// and a shard read and checked with less work before the code warms up (indexed loops, fields read
// by name, no trimmed copies: 0.2 kB in the hub's first load and in the table's) with a suite's
// overall in one pass and its intervals in slices (0.2 kB in the suite view's chunk, so 14.1 kB a
// chunk): the 500,000-score first cell 10 % sooner, its longest task 225 → 152 ms. And a retry
// that fetches a part's failed file again in a browser that keeps a failed import failed (the HTML
// standard until 2026, Chromium up to 150): each import() past the entry a call of importPart
// (0.15 kB in the hub's first load, 0.12 kB in the table's).
// A feed of several leaderboards also fetches the suites chunk (its own line below) before its first table.
export default [
  {
    name: 'first load of the hub: dist/web/fm-leaderboard.js and the chunks it loads at once (target 32 kB)',
    path: web(firstLoad(manifest, 'fm-leaderboard.js')),
    gzip: true,
    limit: '49.9 kB',
  },
  {
    name: 'the table alone: dist/web/fm-leaderboard-table.js and the chunks it loads at once (target 18 kB)',
    path: web(firstLoad(manifest, 'fm-leaderboard-table.js')),
    gzip: true,
    limit: '35.6 kB',
  },
  ...lazyChunks(manifest).map((chunk) => ({
    name: `loaded on demand: ${chunk.name} (${chunk.files.join(', ')})`,
    path: web(chunk.files),
    gzip: true,
    // 11.5 kB until the suites' and the charts' labels came from the catalogue (the suites' part,
    // 2 kB, loads with the suite view); 13.8 kB until a shard's result ids were told apart by run;
    // 14.0 kB until a suite's overall intervals came in slices; 14.1 kB until a shard's results
    // were checked at paths relative to themselves (placed only when something is found) and
    // their intervals started after the frame that paints the tables (0.04 kB).
    limit: '14.2 kB',
  })),
  {
    // 100 kB until the capability index became a column of each overall, a view across
    // leaderboards and a sentence in the cheat sheet, and results got their facets (1.7 kB in
    // all); 102 kB until labels came from a message catalogue (3.7 kB, Chinese included); 106 kB
    // until every label did (14.4 kB: the English parts 4.6 kB, the Chinese 9.1 kB, the code that
    // applies a feed's translations 0.7 kB); 122.0 kB until each result's checks were called only
    // where they can find something (0.05 kB), the entry preloaded the suite view (0.2 kB) and a
    // shard's result ids were told apart by run (0.1 kB); 122.4 kB until a prefetched part updated
    // the element that needed it and a large suite's ranking said its own count (0.02 kB); 122.5 kB
    // until a shard was read with less work before the code warms up and a suite's overall
    // intervals came in slices (0.5 kB with the slicing helper the capability index now shares);
    // 122.9 kB until a shard's results were checked at paths relative to themselves and the work
    // that follows what is drawn waited for its frame (`afterPaint` a module of its own, 0.03 kB);
    // 123.0 kB until a part's failed file was fetched again on retry in every browser (importPart
    // and the calls of it, 0.26 kB).
    name: 'every file of the page build together (≤ 123.3 kB)',
    path: web(allFiles(manifest)),
    gzip: true,
    limit: '123.3 kB',
  },
  {
    name: 'the classic-script loader, dist/web/fm-leaderboard.classic.js',
    path: 'dist/web/fm-leaderboard.classic.js',
    gzip: true,
    limit: '1 kB',
  },
  {
    name: 'one-file bundle: every element and the core in one file, no chunks (heavier on first load)',
    path: 'dist/fm-leaderboard.bundle.js',
    gzip: true,
    // Languages included: a page in Chinese that uses this file gets Chinese (9 kB of the 14.6 kB
    // that every label from the catalogue added); 109.75 kB until each result's checks were called
    // only where they can find something (0.05 kB); 109.8 kB until a shard's result ids were told
    // apart by run (0.1 kB); 109.9 kB until a part a prefetch brought updated the element that
    // needed it (a section could stay a placeholder; 0.01 kB); 110.0 kB until a shard was read with
    // less work before the code warms up and a suite's overall intervals came in slices (0.34 kB);
    // 110.4 kB until a shard's results were checked at paths relative to themselves and the work
    // that follows what is drawn waited for its frame (0.03 kB); 110.5 kB until importPart came
    // (0.11 kB; unused here, where nothing is loaded on demand).
    limit: '110.6 kB',
  },
];
