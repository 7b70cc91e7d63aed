// `fm-leaderboard import` and `merge`: the file system around the pure converters of src/import.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { buildHub, hubStats, type Feed, type FeedWarning } from '../core/index.js';
import { IMPORT_FORMATS, importFiles, importFilesInto, mergeFeeds, type FileReport, type ImportFile, type ImportFormat } from '../import/index.js';
import { SuiteSpill } from '../node/index.js';
import { FEED_OPTIONS, generatedStamp, keyValues, readFeedFile, shardMode, writeFeed, writeImported, type Out } from './io.js';

/** Past this many files, an import favours memory over speed. */
const LARGE_IMPORT = 10_000;

/** Folders that hold no evaluation output. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

export function importCommand(args: string[], io: Out, help: string): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...FEED_OPTIONS,
      format: { type: 'string' },
      merge: { type: 'string' },
      primary: { type: 'string', multiple: true },
      'benchmark-name': { type: 'string', multiple: true },
      model: { type: 'string' },
      cluster: { type: 'string' },
      'keep-first': { type: 'boolean' },
    },
  });
  if (values.help) {
    io.out(help);
    return 0;
  }
  if (positionals.length === 0) throw new Error('import takes at least one file or folder; try --help');
  const format = values.format;
  if (format !== undefined && !IMPORT_FORMATS.includes(format as ImportFormat)) {
    throw new Error(`--format must be one of ${IMPORT_FORMATS.join(', ')}; got "${format}"`);
  }
  const base = inputBase(positionals);
  const files = positionals.flatMap((p) => readInputs(p, base));
  // A datastore of many files: what the import holds is small (its results wait on disk), but V8
  // lets garbage grow to several times that before collecting it; it is asked to grow the heap by
  // half instead (on 500,000 scores in 50,000 files: a peak of 0.46 GB instead of 0.89 GB, 24 s
  // instead of 20 s; --optimize-for-size took 50 s for 0.38 GB).
  if (files.length >= LARGE_IMPORT) setFlagsFromString('--heap-growing-percent=50');
  const generated = generatedStamp(values.generated);
  const options = {
    format: format as ImportFormat | undefined,
    title: values.title,
    primary: keyValues('--primary', values.primary),
    benchmarkNames: keyValues('--benchmark-name', values['benchmark-name']),
    model: values.model,
    cluster: values.cluster,
    generated,
    onProgress: progressLine(io, values.quiet),
  };
  const said = (all: FeedWarning[]) => ({ all, file: values['all-warnings'], quiet: values.quiet, verbose: values.verbose });
  const summary = (files: FileReport[], results: number, extra: string, benchmarks: number, models: number, warnings: number) => {
    const used = files.filter((r) => r.results > 0).length;
    io.err(
      `import: ${files.length} files (${used} with results), ${results} results imported${extra}; ${benchmarks} benchmarks, ${models} models, ` +
        `${warnings} warnings${values.output ? ` → ${values.output}` : ''}`,
    );
  };

  if (values.output && !values.merge) {
    // Written to a file: the results wait on disk, a file per suite, and the feed is written
    // suite by suite, so that memory holds one suite's results at a time.
    const spill = new SuiteSpill();
    try {
      const { built, files: reports } = importFilesInto(files, spill, options);
      writeImported(built, spill, values.output, 'import', io, said(built.feed.warnings ?? []), shardMode(values.shards), values.index);
      summary(reports, built.results, '', built.feed.benchmarks.length, built.models, built.feed.warnings?.length ?? 0);
    } finally {
      spill.close();
    }
    return 0;
  }

  const { feed: imported, files: reports } = importFiles(files, options);
  let feed: Feed = imported;
  if (values.merge) {
    const existing = readFeedFile(values.merge, io);
    const merged = mergeFeeds([{ name: values.merge, feed: existing }, { name: 'the imported files', feed: imported }], {
      title: values.title,
      keepFirst: values['keep-first'],
      generated,
    });
    if (!merged.feed) return reportConflicts(merged.conflicts, io);
    feed = merged.feed;
  }
  writeFeed(feed, values.output, 'import', io, said(imported.warnings ?? []), shardMode(values.shards), values.index);
  const stats = hubStats(buildHub(feed));
  summary(reports, imported.results.length, values.merge ? `, ${feed.results.length} in the merged feed` : '', feed.benchmarks.length, stats.models, imported.warnings?.length ?? 0);
  return 0;
}

export function mergeCommand(args: string[], io: Out, help: string): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...FEED_OPTIONS, 'keep-first': { type: 'boolean' } },
  });
  if (values.help) {
    io.out(help);
    return 0;
  }
  if (positionals.length < 2) throw new Error('merge takes two or more feed files; try --help');
  const inputs = positionals.map((name) => ({ name, feed: readFeedFile(name, io) }));
  const generated = generatedStamp(values.generated);
  const merged = mergeFeeds(inputs, { title: values.title, keepFirst: values['keep-first'], generated });
  if (!merged.feed) return reportConflicts(merged.conflicts, io);
  // The inputs' warnings stay in the feed, by kind; merge's own notes are said below.
  writeFeed(merged.feed, values.output, 'merge', io, { all: [], quiet: values.quiet }, shardMode(values.shards), values.index);
  if (!values.quiet) for (const n of [...merged.notes, ...merged.conflicts]) io.err(`${merged.conflicts.includes(n) ? 'conflict' : 'note'} ${n.source}: ${n.message}`);
  const stats = hubStats(buildHub(merged.feed));
  io.err(
    `merge: ${inputs.length} feeds → ${merged.feed.benchmarks.length} benchmarks, ${stats.models} models, ${merged.feed.results.length} results, ` +
      `${merged.conflicts.length} conflicts${merged.conflicts.length ? ' (the first kept)' : ''}${values.output ? ` → ${values.output}` : ''}`,
  );
  return 0;
}

function reportConflicts(conflicts: Array<{ source?: string; message: string }>, io: Out): number {
  for (const c of conflicts) io.err(`conflict ${c.source}: ${c.message}`);
  io.err(`${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'}; nothing written. Fix them, or keep the first feed's value with --keep-first.`);
  return 1;
}

/**
 * A file, or every file under a folder (recursively, sorted, hidden folders such as
 * .eval_results included, symbolic links followed once). Each file's `path`, which the feed
 * keeps as its results' `source`, is relative to `base`; its `place` also names `base` itself.
 */
function readInputs(path: string, base: string): ImportFile[] {
  const files: ImportFile[] = [];
  const seen = new Set<string>();
  const visit = (p: string) => {
    const stat = statSync(p, { throwIfNoEntry: false });
    if (!stat) throw new Error(`${p}: no such file or folder`);
    if (stat.isDirectory()) {
      const real = realpathSync(p);
      if (seen.has(real)) return; // a link back into a folder already read
      seen.add(real);
      for (const name of readdirSync(p).sort()) {
        if (SKIPPED_FOLDERS.has(name) && lstatSync(join(p, name)).isDirectory()) continue;
        visit(join(p, name).replace(/\\/g, '/'));
      }
    } else if (stat.isFile()) {
      const full = resolve(p);
      // The place starts at the given folder's own name (a datastore's leaderboard folder), never above it.
      const place = relative(dirname(base), full).replace(/\\/g, '/');
      // Read when the importer reaches it, so that one file's bytes are in memory at a time.
      files.push({ path: relative(base, full).replace(/\\/g, '/'), place, get content() { return readFileSync(full); } });
    }
  };
  visit(path.replace(/\/+$/, '') || path);
  return files;
}

/**
 * The folder results' `source` paths are relative to: the folder given, the file's own folder,
 * or for several inputs the deepest folder that holds them all. A feed never carries the
 * importing machine's absolute paths.
 */
export function inputBase(paths: string[]): string {
  const folders = paths.map((p) => {
    const full = resolve(p);
    return statSync(full, { throwIfNoEntry: false })?.isDirectory() ? full : dirname(full);
  });
  const split = folders.map((f) => f.split(sep));
  const common: string[] = [];
  for (let i = 0; split.every((parts) => i < parts.length && parts[i] === split[0][i]); i++) common.push(split[0][i]);
  return common.join(sep) || sep;
}

/** For a long import, a line on stderr every few seconds with how many files are read (a count, not a flood). */
function progressLine(io: Out, quiet: boolean | undefined): ((done: number, total: number) => void) | undefined {
  if (quiet) return undefined;
  let last = Date.now();
  return (done, total) => {
    if (total < 1000 || done === total || Date.now() - last < 3000) return;
    last = Date.now();
    io.err(`import: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} files read…`);
  };
}
