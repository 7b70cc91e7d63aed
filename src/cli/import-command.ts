// `fm-leaderboard import` and `merge`: the file system around the pure converters of src/import.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { buildHub, hubStats, type Feed } from '../core/index.js';
import { IMPORT_FORMATS, importFiles, mergeFeeds, type ImportFile, type ImportFormat } from '../import/index.js';
import { FEED_OPTIONS, generatedStamp, keyValues, readFeedFile, shardMode, writeFeed, type Out } from './io.js';

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
  // A datastore of many files: V8 is asked to favour memory over speed (on 500,000 scores in
  // 50,000 files, a peak of 1.0 GB instead of 1.35 GB, 22 s instead of 12 s).
  if (files.length >= LARGE_IMPORT) setFlagsFromString('--optimize-for-size');
  const generated = generatedStamp(values.generated);
  const { feed: imported, files: reports } = importFiles(files, {
    format: format as ImportFormat | undefined,
    title: values.title,
    primary: keyValues('--primary', values.primary),
    benchmarkNames: keyValues('--benchmark-name', values['benchmark-name']),
    model: values.model,
    generated,
    onProgress: progressLine(io, values.quiet),
  });

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
  writeFeed(feed, values.output, 'import', io, { all: imported.warnings ?? [], file: values['all-warnings'], quiet: values.quiet, verbose: values.verbose }, shardMode(values.shards));
  const used = reports.filter((r) => r.results > 0).length;
  const stats = hubStats(buildHub(feed));
  io.err(
    `import: ${reports.length} files (${used} with results), ${imported.results.length} results imported` +
      `${values.merge ? `, ${feed.results.length} in the merged feed` : ''}; ${feed.benchmarks.length} benchmarks, ${stats.models} models, ` +
      `${imported.warnings?.length ?? 0} warnings${values.output ? ` → ${values.output}` : ''}`,
  );
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
  writeFeed(merged.feed, values.output, 'merge', io, { all: [], quiet: values.quiet }, shardMode(values.shards));
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
