// `fm-leaderboard render`: a feed (or a hub folder, converted as from-hub does) as the static
// page <fm-leaderboard> would draw, in HTML or Markdown.
import { statSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildHub, readFacets, RESULT_FACETS, type FacetSelection, type Feed } from '../core/index.js';
import { staticPage, toHtml, toHtmlDocument, toMarkdown } from '../render/index.js';
import { convertHub } from './from-hub/convert.js';
import { readHub } from './from-hub/read-hub.js';
import { readFeedFile, type Out } from './io.js';

/** A feed file, or a hub folder converted to a feed (its warnings on stderr unless quiet). */
export function readFeedOrHub(path: string, io: Out, quiet = false): Feed {
  if (!statSync(path).isDirectory()) return readFeedFile(path, io);
  const feed = convertHub(readHub(path), { source: { name: basename(resolve(path)) } });
  if (!quiet) for (const w of feed.warnings ?? []) io.err(`warning ${w.source}: ${w.message}`);
  return feed;
}

/** `--facets "reported:third_party;caution:none"` (the hub's fm-facets form), results' facets only. */
function resultChoice(text: string): FacetSelection {
  const facets = readFacets(text);
  const parts = text.split(';').filter(Boolean);
  const known = new Set<string>(RESULT_FACETS);
  const wrong = parts.filter((part) => !known.has(part.split(':')[0]) || !part.split(':')[1]);
  if (wrong.length > 0 || parts.length === 0) {
    throw new Error(`--facets takes "reported:<who>,…;caution:none|flagged" (who: third_party, first_party, collaborative, other, unknown), not "${wrong[0] ?? text}"`);
  }
  return facets;
}

export function renderCommand(args: string[], io: Out, help: string): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      document: { type: 'boolean' },
      lang: { type: 'string' },
      title: { type: 'string' },
      'heading-level': { type: 'string' },
      facets: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(help);
    return 0;
  }
  if (positionals.length !== 1) throw new Error('render takes one feed file or hub folder; try --help');
  const format = values.format ?? 'html';
  if (format !== 'html' && format !== 'md') throw new Error(`--format must be html or md, not "${format}"`);
  const level = values['heading-level'] === undefined ? 1 : Number(values['heading-level']);
  if (!Number.isInteger(level) || level < 1 || level > 6) throw new Error(`--heading-level must be 1 to 6, not "${values['heading-level']}"`);
  const facets = values.facets === undefined ? undefined : resultChoice(values.facets);
  const feed = readFeedOrHub(positionals[0], io, values.quiet);
  const lang = values.lang ?? 'en';
  const page = staticPage(buildHub(feed), { lang, headingLevel: level, title: values.title, facets });
  const title = values.title ?? feed.title ?? 'Leaderboard';
  const text = format === 'md' ? toMarkdown(page) : values.document ? toHtmlDocument(page, title, lang) : toHtml(page);
  if (values.output) writeFileSync(values.output, text);
  else io.out(text.trimEnd());
  io.err(`render: ${feed.benchmarks.length} benchmarks, ${feed.results.length} results as ${format === 'md' ? 'Markdown' : 'HTML'}${values.output ? ` → ${values.output}` : ''}`);
  return 0;
}
