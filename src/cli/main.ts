// fm-leaderboard: the command line. `from-hub` turns a benchmark hub's YAML into a feed;
// `import` turns evaluation tools' output into one; `merge` joins feeds; `validate` checks any
// feed and prints every problem with its JSON Pointer.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildHub, formatProblem, hubStats, type Feed } from '../core/index.js';
import { convertHub } from './from-hub/convert.js';
import { readHub } from './from-hub/read-hub.js';
import { importCommand, mergeCommand } from './import-command.js';
import { pageCommand } from './page-command.js';
import { renderCommand } from './render-command.js';
import { FEED_OPTIONS, generatedStamp, readJsonFile, shardMode, writeFeed, type Out } from './io.js';
import { readFeed } from '../node/index.js';

/** The options of every command that writes a feed (from-hub, import). */
const WRITING = `      --verbose            List every warning on stderr (default: one line per kind, with its count)
      --all-warnings <file> Write every warning to this JSON file (the feed keeps one per kind)
      --shards auto|always|never  A feed of suites as an index and one results file per suite
                           beside it, <feed>.<suite>.json (auto: when it would pass 1 MB)
      --index              Fit each suite's capability index now and store it in the feed (in
                           the suite's shard when sharded), so that pages show it without fitting
`;

const HELP = `fm-leaderboard: leaderboard feeds for <fm-leaderboard> pages

Usage:
  fm-leaderboard from-hub <hub-dir> [options]   Convert a benchmark hub's YAML into a feed
  fm-leaderboard import <file-or-dir>… [options] Convert evaluation tools' output into a feed
  fm-leaderboard merge <a.json> <b.json>… [options] Join feeds into one
  fm-leaderboard validate <feed.json> [options] Check a feed; print every problem
  fm-leaderboard render <feed.json | hub-dir> [options] The leaderboard as a static page
  fm-leaderboard page <feed.json | hub-dir> -o <page.md> [options] A MkDocs page with the element
  fm-leaderboard --help | --version

from-hub reads <hub-dir>/benchmarks, models, datasets, evals and tests (suites).
Every eval becomes a result or a warning (in the feed's "warnings" and on stderr).
  -o, --output <file>      Write the feed here (default: standard output)
      --title <text>       Title of the leaderboard (default: "Foundation model leaderboards")
      --source-name <text> Name of the hub (default: the folder's name)
      --source-url <url>   Where the hub lives
      --source-commit <id> The hub's commit the feed was made from
      --license <text>     The hub data's licence, e.g. MIT
      --suites             Each test suite of tests/ a leaderboard of the feed (shown one at a time);
                           by default the hub is one leaderboard, as its published page
      --generated <time>   Stamp "generated" with this ISO time, or "now"; omitted by
                           default so that the same input gives byte-identical output
  -q, --quiet              Print only the summary line, not each warning
${WRITING}
import reads lm-evaluation-harness results_*.json, Inspect logs (.json and .eval), Every Eval
Ever records (.json, .jsonl) and Hugging Face model cards (README.md model-index,
.eval_results/*.yaml); folders are read recursively; each file's format is recognised by its
content. Every file becomes results or a warning that names it. Per-item scores (Inspect
samples, lm-eval samples_*.jsonl, Every Eval Ever *_samples.jsonl) become standard errors and
paired differences between models (docs/statistics.md).
  -o, --output <file>      Write the feed here (default: standard output)
      --format <name>      Read every file as lm-eval, inspect, eee or model-index
      --merge <feed.json>  Add the imported results to this feed (see merge)
      --title <text>       Title of the leaderboard (default: "Evaluation results")
      --primary <benchmark>=<metric>  The metric that ranks a benchmark (repeatable;
                           default: the tool's own, e.g. the first metric the harness lists)
      --benchmark-name <benchmark>=<name>  A benchmark's display name (repeatable)
      --model <id>         The model of files that name none (old harness layout, .eval_results)
      --cluster <field>    Items that share this field (an lm-eval doc's, an Inspect sample's or
                           an Every Eval Ever line's metadata, e.g. passage_id) are one cluster:
                           standard errors and paired differences are clustered (Miller 2024)
      --generated <time>   Stamp "generated" with this ISO time, or "now"
      --keep-first         With --merge: on a conflict keep the existing feed's value
  -q, --quiet              Print only the summary line, not each warning
${WRITING}
merge joins feeds: models by identity (case, aliases), benchmarks, metrics and datasets by id,
results by id. A conflict (one id, two definitions; a result id twice with other values) is
listed and nothing is written, unless --keep-first keeps the first feed's value (each conflict
is then recorded in the feed's warnings). Options: -o, --title, --generated, --keep-first, -q,
--shards, --index.

render writes what <fm-leaderboard> shows for the feed (stats, navigation, overall rankings,
each benchmark's podium, table, quick comparison and scoring rules, the metric cheat sheet),
ranked by the same rules, as static HTML (no script, no styles needed) or as Markdown in the
layout of MkDocs Material pages (admonition and md_in_html extensions). A hub folder is read
as from-hub reads it.
      --format html|md     Default: html (a fragment; --document for a whole page)
  -o, --output <file>      Write here (default: standard output)
      --lang <tag>         Numbers, dates and the tables' labels in this language (en, zh-CN, …;
                           default: en)
      --title <text>       The page's title (default: the feed's)
      --heading-level <n>  Level of the title's heading, 1 to 6 (default: 1)
      --facets <choice>    Only some results, every table ranked over them, as the hub's
                           fm-facets: "reported:third_party" (who ran them: third_party,
                           first_party, collaborative, other, unknown), "caution:none" (no
                           flagged result), both joined by ;
A feed cut into shards (an index and a file per suite) is read whole, every shard joined;
validate, render and page name a shard that is missing or wrong.

page writes a Markdown page for a MkDocs site: <fm-leaderboard> with the static page inside
(what readers without JavaScript, the site's search and crawlers get; hidden once the element
renders), and the feed beside it. The feed's URL allows for MkDocs serving docs/x.md at /x/
(use_directory_urls, read from the nearest mkdocs.yml). The site loads the elements with
extra_javascript: [js/fm-leaderboard.classic.js], with every file of the
package's dist/web copied into docs/js.
  -o, --output <page.md>   The page to write (required)
      --feed <file>        Where to write the feed (default: <page>.feed.json beside the page)
      --feed-url <url>     The feed's URL as the page writes it (default: worked out as above)
      --per-suite          A feed of several leaderboards: one page per leaderboard in a folder named
                           after the page (<page>/<suite>.md), and the page itself their index
                           (a list of links, each leaderboard's size and leader, the overview across)
      --title <text>, --lang <tag>   As for render
      --shards auto|always|never     As for import (the suites' files beside the feed copy)

validate exits 1 when the feed has an error, 0 when it is valid (warnings allowed).
  -s, --strict             Treat warnings as errors too
  -q, --quiet              Print only the summary line
`;

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
    if (command === 'import') return importCommand(rest, io, HELP);
    if (command === 'merge') return mergeCommand(rest, io, HELP);
    if (command === 'render') return renderCommand(rest, io, HELP);
    if (command === 'page') return pageCommand(rest, io, HELP);
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
      ...FEED_OPTIONS,
      'source-name': { type: 'string' },
      'source-url': { type: 'string' },
      'source-commit': { type: 'string' },
      license: { type: 'string' },
      suites: { type: 'boolean' },
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
  const generated = generatedStamp(values.generated);

  const feed = convertHub(readHub(hubDir), { title: values.title, source, generated, suites: values.suites });
  writeFeed(feed, values.output, 'from-hub', io, { all: feed.warnings ?? [], file: values['all-warnings'], quiet: values.quiet, verbose: values.verbose }, shardMode(values.shards), values.index);
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
  readJsonFile(file); // a feed that is not JSON is said with its line and column
  // A feed with shards is checked with every shard joined: a shard missing or wrong is an error naming it.
  const read = readFeed(file);
  const errors = read.problems.filter((p) => p.severity === 'error');
  const warnings = read.problems.filter((p) => p.severity === 'warning');
  const failing = values.strict ? read.problems : errors;
  if (!values.quiet) for (const p of read.problems) io.out(`${p.severity} ${formatProblem(p)}`);
  if (failing.length > 0 || !read.feed) {
    io.out(`${file}: invalid: ${errors.length} errors, ${warnings.length} warnings`);
    return 1;
  }
  const stats = hubStats(buildHub(read.feed));
  const shards = read.files.length > 1 ? ` (in ${read.files.length} files)` : '';
  io.out(`${file}: valid: ${stats.benchmarks} benchmarks, ${stats.models} models, ${stats.evaluations} results${shards}, ${warnings.length} warnings`);
  return 0;
}

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
