// What the CLI's commands share: where output goes, reading a feed file, writing one.
import { readFileSync, writeFileSync } from 'node:fs';
import { formatProblem, parseFeedText, validateFeed, withStoredIndexes, type Feed, type FeedWarning } from '../core/index.js';
import { compactResults, feedJson, withRuns, readFeed, writeFeedFiles, writeImportedFeed, type ShardMode, type SuiteSpill, type WrittenFeed } from '../node/index.js';
import { summariseWarnings, type BuiltFeed } from '../import/index.js';

export type Out = { out: (line: string) => void; err: (line: string) => void };

/** A JSON file's data; a syntax error names the file, line and column. */
export function readJsonFile(file: string): unknown {
  const parsed = parseFeedText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
  return parsed.data;
}

/**
 * A feed file that must validate, its shards joined (errors are listed with their file and path);
 * warnings are left to `validate`.
 */
export function readFeedFile(file: string, io: Out): Feed {
  const read = readFeed(file);
  const unreadable = read.problems.find((p) => p.file === file && p.path === '');
  if (unreadable) throw new Error(`${file}: ${unreadable.message}`); // not there, or not JSON (with its line)
  const errors = read.problems.filter((p) => p.severity === 'error');
  if (!read.feed || errors.length > 0) {
    for (const p of errors.slice(0, 20)) io.err(`error ${p.file ? '' : `${file} `}${formatProblem(p)}`);
    throw new Error(`${file}: not a valid feed (${errors.length} errors)`);
  }
  return read.feed;
}

/** The warnings of a written feed: what the file keeps and what stderr says. */
export interface WarningOutput {
  /** Every warning, as the converter made them. */
  all: FeedWarning[];
  /** `--all-warnings`: a file for the full list (the feed keeps one summary per kind). */
  file?: string;
  quiet?: boolean;
  /** List every warning on stderr, not one line per kind. */
  verbose?: boolean;
}

/**
 * Writes the feed (to `output`, else standard output) after checking it against the validator:
 * a command must never write a feed that fails it. Its warnings are summarised, one per kind,
 * and said on stderr as many times.
 */
export function writeFeed(feed: Feed, output: string | undefined, command: string, io: Out, warnings?: WarningOutput, shards: ShardMode = 'auto', index = false): void {
  const given = warnings ? { ...feed, warnings: summariseWarnings(feed.warnings ?? []) } : feed;
  // `--index`: each suite's capability index fitted now and stored (in its shard, when sharded).
  const lean = index ? withStoredIndexes(given) : given;
  mustValidate(lean, command, io);
  if (!output) {
    if (shards === 'always') throw new Error('--shards always writes files beside the feed; give -o <feed.json>');
    io.out(feedJson(withRuns(compactResults(lean))).trimEnd());
  } else sayWritten(writeFeedFiles(lean, output, shards), output, command, io, warnings?.quiet);
  if (warnings) sayWarnings(warnings, io);
}

/**
 * Writes an import's feed from its results on disk, suite by suite past a few megabytes (see
 * writeImportedFeed), each part checked against the validator before it is written.
 */
export function writeImported(built: BuiltFeed, spill: SuiteSpill, output: string, command: string, io: Out, warnings: WarningOutput, shards: ShardMode, index = false): void {
  const lean = { ...built, feed: { ...built.feed, warnings: summariseWarnings(built.feed.warnings ?? []) } };
  sayWritten(writeImportedFeed(lean, spill, output, shards, (part) => mustValidate(part, command, io), undefined, index), output, command, io, warnings.quiet);
  sayWarnings(warnings, io);
}

function mustValidate(feed: Feed, command: string, io: Out): void {
  const report = validateFeed(feed);
  if (report.valid) return;
  for (const p of report.errors.slice(0, 20)) io.err(`error ${formatProblem(p)}`);
  throw new Error(`the feed ${command} made does not validate; this is a bug in ${command}`);
}

function sayWritten(written: WrittenFeed, output: string, command: string, io: Out, quiet: boolean | undefined): void {
  if (written.files.length > 1 && !quiet) {
    io.err(`${command}: ${written.files.length - 1} suites' results in files of their own beside ${output} (publish them together)`);
  }
  for (const p of written.removed) io.err(`${command}: removed ${p}, a shard of the earlier ${output} that is no longer part of it`);
}

function sayWarnings(warnings: WarningOutput, io: Out): void {
  if (warnings.file) writeFileSync(warnings.file, JSON.stringify(warnings.all, null, 2) + '\n');
  if (warnings.quiet) return;
  const said = warnings.verbose ? warnings.all : summariseWarnings(warnings.all, 0);
  for (const w of said) {
    const more = (w.count ?? 1) - 1;
    io.err(`warning ${w.source}: ${w.message}${more > 0 ? ` (and ${more} more like it; --verbose lists them)` : ''}`);
  }
}

/** Repeated `key=value` options → a record; a value without `=` is an error naming the option. */
export function keyValues(option: string, values: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of values ?? []) {
    const eq = pair.lastIndexOf('=');
    if (eq <= 0 || eq === pair.length - 1) throw new Error(`${option} expects <benchmark>=<value>, got "${pair}"`);
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

/** The options every feed-writing command takes (parseArgs form). */
export const FEED_OPTIONS = {
  output: { type: 'string', short: 'o' },
  title: { type: 'string' },
  generated: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean' },
  'all-warnings': { type: 'string' },
  shards: { type: 'string' },
  index: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `--generated`: an ISO time as given, or "now"; absent by default, so output is reproducible. */
export function generatedStamp(value: string | undefined): string | undefined {
  return value === 'now' ? new Date().toISOString() : value;
}

/** `--shards auto|always|never` (default auto: past a few MB, one file per suite beside the feed). */
export function shardMode(value: string | undefined): ShardMode {
  if (value === undefined) return 'auto';
  if (value === 'auto' || value === 'always' || value === 'never') return value;
  throw new Error(`--shards must be auto, always or never; got "${value}"`);
}
