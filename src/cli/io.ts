// What the CLI's commands share: where output goes, reading a feed file, writing one.
import { readFileSync, writeFileSync } from 'node:fs';
import { formatProblem, parseFeedText, validateFeed, type Feed } from '../core/index.js';

export type Out = { out: (line: string) => void; err: (line: string) => void };

/** A JSON file's data; a syntax error names the file, line and column. */
export function readJsonFile(file: string): unknown {
  const parsed = parseFeedText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
  return parsed.data;
}

/** A feed file that must validate (errors are listed with their paths). */
export function readFeedFile(file: string, io: Out): Feed {
  const data = readJsonFile(file);
  const report = validateFeed(data);
  if (!report.valid) {
    for (const p of report.errors.slice(0, 20)) io.err(`error ${file}${formatProblem(p)}`);
    throw new Error(`${file}: not a valid feed (${report.errors.length} errors)`);
  }
  return data as Feed;
}

/**
 * Writes the feed (to `output`, else standard output) after checking it against the validator:
 * a command must never write a feed that fails it.
 */
export function writeFeed(feed: Feed, output: string | undefined, command: string, io: Out): void {
  const report = validateFeed(feed);
  if (!report.valid) {
    for (const p of report.errors.slice(0, 20)) io.err(`error ${formatProblem(p)}`);
    throw new Error(`the feed ${command} made does not validate; this is a bug in ${command}`);
  }
  const json = JSON.stringify(feed, null, 2) + '\n';
  if (output) writeFileSync(output, json);
  else io.out(json.trimEnd());
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
  help: { type: 'boolean', short: 'h' },
} as const;

/** `--generated`: an ISO time as given, or "now"; absent by default, so output is reproducible. */
export function generatedStamp(value: string | undefined): string | undefined {
  return value === 'now' ? new Date().toISOString() : value;
}
