// fm-leaderboard: the command line. `from-hub` turns a benchmark hub's YAML into a feed;
// `validate` checks any feed and prints every problem with its JSON Pointer.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildHub, formatProblem, hubStats, parseFeedText, validateFeed, type Feed } from '../core/index.js';
import { convertHub } from './from-hub/convert.js';
import { readHub } from './from-hub/read-hub.js';

const HELP = `fm-leaderboard: leaderboard feeds for <fm-leaderboard> pages

Usage:
  fm-leaderboard from-hub <hub-dir> [options]   Convert a benchmark hub's YAML into a feed
  fm-leaderboard validate <feed.json> [options] Check a feed; print every problem
  fm-leaderboard --help | --version

from-hub reads <hub-dir>/benchmarks, models, datasets, evals and tests (suites).
Every eval becomes a result or a warning (in the feed's "warnings" and on stderr).
  -o, --output <file>      Write the feed here (default: standard output)
      --title <text>       Title of the leaderboard (default: "Foundation model leaderboards")
      --source-name <text> Name of the hub (default: the folder's name)
      --source-url <url>   Where the hub lives
      --source-commit <id> The hub's commit the feed was made from
      --license <text>     The hub data's licence, e.g. MIT
      --generated <time>   Stamp "generated" with this ISO time, or "now"; omitted by
                           default so that the same input gives byte-identical output
  -q, --quiet              Print only the summary line, not each warning

validate exits 1 when the feed has an error, 0 when it is valid (warnings allowed).
  -s, --strict             Treat warnings as errors too
  -q, --quiet              Print only the summary line
`;

type Out = { out: (line: string) => void; err: (line: string) => void };

/** Runs the CLI; returns the exit code (so tests can call it in-process). */
export function main(argv: string[], io: Out = { out: (l) => process.stdout.write(l + '\n'), err: (l) => process.stderr.write(l + '\n') }): number {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(HELP);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version') {
      io.out(readVersion());
      return 0;
    }
    if (command === 'from-hub') return fromHub(rest, io);
    if (command === 'validate') return validate(rest, io);
    io.err(`fm-leaderboard: unknown command "${command}"; try --help`);
    return 2;
  } catch (error) {
    io.err(`fm-leaderboard: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

function fromHub(args: string[], io: Out): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      title: { type: 'string' },
      'source-name': { type: 'string' },
      'source-url': { type: 'string' },
      'source-commit': { type: 'string' },
      license: { type: 'string' },
      generated: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new Error('from-hub takes one hub folder; try --help');
  const hubDir = positionals[0];
  const source: NonNullable<Feed['source']> = { name: values['source-name'] ?? basename(resolve(hubDir)) };
  if (values['source-url']) source.url = values['source-url'];
  if (values['source-commit']) source.commit = values['source-commit'];
  if (values.license) source.license = values.license;
  const generated = values.generated === 'now' ? new Date().toISOString() : values.generated;

  const feed = convertHub(readHub(hubDir), { title: values.title, source, generated });
  const report = validateFeed(feed);
  if (!report.valid) {
    // The converter must never write a feed that fails its own validator.
    for (const p of report.errors) io.err(`error ${formatProblem(p)}`);
    throw new Error('the converted feed does not validate; this is a bug in from-hub');
  }
  const json = JSON.stringify(feed, null, 2) + '\n';
  if (values.output) writeFileSync(values.output, json);
  else io.out(json.trimEnd());
  if (!values.quiet) for (const w of feed.warnings ?? []) io.err(`warning ${w.source}: ${w.message}`);
  const stats = hubStats(buildHub(feed));
  io.err(
    `from-hub: ${feed.benchmarks.length} benchmarks, ${stats.models} models, ${feed.results.length} results, ` +
      `${feed.warnings?.length ?? 0} warnings${values.output ? ` → ${values.output}` : ''}`,
  );
  return 0;
}

function validate(args: string[], io: Out): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { strict: { type: 'boolean', short: 's' }, quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new Error('validate takes one feed file; try --help');
  const file = positionals[0];
  const data = parseJson(readFileSync(file, 'utf8'), file);
  const report = validateFeed(data);
  const failing = values.strict ? report.problems : report.errors;
  if (!values.quiet) for (const p of report.problems) io.out(`${p.severity} ${formatProblem(p)}`);
  if (failing.length > 0) {
    io.out(`${file}: invalid: ${report.errors.length} errors, ${report.warnings.length} warnings`);
    return 1;
  }
  const feed = data as Feed;
  const stats = hubStats(buildHub(feed));
  io.out(`${file}: valid: ${stats.benchmarks} benchmarks, ${stats.models} models, ${stats.evaluations} results, ${report.warnings.length} warnings`);
  return 0;
}

/** The feed's JSON; a syntax error names its line and column. */
function parseJson(text: string, file: string): unknown {
  const parsed = parseFeedText(text);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
  return parsed.data;
}

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
