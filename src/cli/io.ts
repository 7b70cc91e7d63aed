// What the CLI's commands share: where output goes, reading a feed file, writing one.
import { readFileSync, writeFileSync } from 'node:fs';
import { compactResults, expandResults, formatProblem, parseFeedText, validateFeed, type Feed, type FeedWarning } from '../core/index.js';
import { summariseWarnings } from '../import/index.js';

export type Out = { out: (line: string) => void; err: (line: string) => void };

/** A JSON file's data; a syntax error names the file, line and column. */
export function readJsonFile(file: string): unknown {
  const parsed = parseFeedText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
  return parsed.data;
}

/** A feed file that must validate (errors are listed with their paths). */
export function readFeedFile(file: string, io: Out): Feed {
  const data = expandResults(readJsonFile(file));
  const report = validateFeed(data);
  if (!report.valid) {
    for (const p of report.errors.slice(0, 20)) io.err(`error ${file}${formatProblem(p)}`);
    throw new Error(`${file}: not a valid feed (${report.errors.length} errors)`);
  }
  return data as Feed;
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
export function writeFeed(feed: Feed, output: string | undefined, command: string, io: Out, warnings?: WarningOutput): void {
  const lean = compactResults(warnings ? { ...feed, warnings: summariseWarnings(feed.warnings ?? []) } : feed);
  const report = validateFeed(lean);
  if (!report.valid) {
    for (const p of report.errors.slice(0, 20)) io.err(`error ${formatProblem(p)}`);
    throw new Error(`the feed ${command} made does not validate; this is a bug in ${command}`);
  }
  const json = feedJson(lean);
  if (output) writeFileSync(output, json);
  else io.out(json.trimEnd());
  if (!warnings) return;
  if (warnings.file) writeFileSync(warnings.file, JSON.stringify(warnings.all, null, 2) + '\n');
  if (warnings.quiet) return;
  const said = warnings.verbose ? warnings.all : summariseWarnings(warnings.all, 0);
  for (const w of said) {
    const more = (w.count ?? 1) - 1;
    io.err(`warning ${w.source}: ${w.message}${more > 0 ? ` (and ${more} more like it; --verbose lists them)` : ''}`);
  }
}

/** The lists that grow with the data: one item per line, so a feed stays compact and diffs by row. */
const ROW_LISTS = new Set(['results', 'models', 'warnings']);

/** A feed as JSON text: indented, except that the long lists hold one item per line. */
export function feedJson(feed: object): string {
  const parts = Object.entries(feed).map(([key, value]) => {
    const name = JSON.stringify(key);
    if (!ROW_LISTS.has(key) || !Array.isArray(value) || value.length === 0) return `  ${name}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;
    return `  ${name}: [\n${value.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  });
  return `{\n${parts.join(',\n')}\n}\n`;
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
  help: { type: 'boolean', short: 'h' },
} as const;

/** `--generated`: an ISO time as given, or "now"; absent by default, so output is reproducible. */
export function generatedStamp(value: string | undefined): string | undefined {
  return value === 'now' ? new Date().toISOString() : value;
}
