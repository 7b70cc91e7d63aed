// `fm-leaderboard page`: a MkDocs page for a hub in one command, in place of a hub's own page
// generator. It writes the feed, and a Markdown page holding <fm-leaderboard> with the static
// page inside it (what readers without JavaScript, the site's search and crawlers get).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { buildHub, partHub, suiteParts } from '../core/index.js';
import { escapeHtml, escapeMarkdown, indexPage, slug, staticPage, toHtml } from '../render/index.js';
import { shardMode, writeFeed, type Out } from './io.js';
import { readFeedOrHub } from './render-command.js';

interface Site {
  /** The folder of the site's Markdown (docs_dir), absolute. */
  docs: string;
  /** MkDocs serves `x.md` at `x/` (true, its default) or at `x.html`. */
  directoryUrls: boolean;
}

/** The MkDocs site the page belongs to: the nearest mkdocs.yml above it, if any. */
function findSite(page: string): Site | null {
  for (let dir = dirname(page); ; dir = dirname(dir)) {
    const config = join(dir, 'mkdocs.yml');
    if (existsSync(config)) {
      // MkDocs' !!python/name tags (Material's emoji settings) are not ours to read: keep them as text.
      const yaml = (parse(readFileSync(config, 'utf8'), { customTags: [{ tag: '!!python/name', resolve: (v: string) => v }], logLevel: 'silent' }) ?? {}) as Record<string, unknown>;
      return { docs: resolve(dir, typeof yaml.docs_dir === 'string' ? yaml.docs_dir : 'docs'), directoryUrls: yaml.use_directory_urls !== false };
    }
    if (dirname(dir) === dir) return null;
  }
}

/**
 * The feed's URL as the page must write it: relative to where MkDocs serves the page, which for
 * `docs/leaderboards.md` with directory URLs is `/leaderboards/`, one folder below the file.
 */
export function feedUrlFor(page: string, feed: string, site: Site | null): string {
  const name = basename(page);
  const servedAsFolder = (site?.directoryUrls ?? true) && !/^(index|readme)\.md$/i.test(name);
  const from = servedAsFolder ? join(dirname(page), name.replace(/\.md$/i, '')) : dirname(page);
  const url = relative(from, feed).split(sep).join(posix.sep);
  return url.startsWith('.') ? url : `./${url}`;
}

export function pageCommand(args: string[], io: Out, help: string): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      feed: { type: 'string' },
      'feed-url': { type: 'string' },
      title: { type: 'string' },
      lang: { type: 'string' },
      'per-suite': { type: 'boolean' },
      shards: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(help);
    return 0;
  }
  if (positionals.length !== 1) throw new Error('page takes one feed file or hub folder; try --help');
  if (!values.output || !/\.md$/i.test(values.output)) throw new Error('page needs -o <page.md>, the Markdown page to write');
  const page = resolve(values.output);
  const feedFile = resolve(values.feed ?? join(dirname(page), `${basename(page, '.md')}.feed.json`));
  const site = findSite(page);
  const feedUrl = values['feed-url'] ?? feedUrlFor(page, feedFile, site);

  const feed = readFeedOrHub(positionals[0], io, values.quiet);
  const title = values.title ?? feed.title ?? 'Leaderboard';
  const lang = values.lang ?? 'en';
  const hub = buildHub(feed);
  const source = basename(resolve(positionals[0]));
  const parts = values['per-suite'] ? suiteParts(hub) : [];
  mkdirSync(dirname(feedFile), { recursive: true });
  writeFeed(feed, feedFile, 'page', io, { all: [], quiet: values.quiet }, shardMode(values.shards));
  if (parts.length < 2) {
    if (values['per-suite'] && !values.quiet) io.err('page: --per-suite: the feed has fewer than two leaderboards; one page written');
    writePage(page, { title, heading: values.title, src: feedUrl, source, copy: toHtml(staticPage(hub, { lang, title })) });
  } else {
    // One page per leaderboard in a folder named after the index page, which lists them and
    // holds the overview across them.
    const folder = join(dirname(page), basename(page, '.md'));
    const pages = parts.map((part) => ({ part, file: join(folder, `${slug(part.id ?? 'other-benchmarks')}.md`) }));
    for (const { part, file } of pages) {
      const name = part.suite?.name ?? 'Other benchmarks';
      const url = values['feed-url'] ? relativeFeedUrl(values['feed-url']) : feedUrlFor(file, feedFile, site);
      writePage(file, { title: name, src: url, suite: part.id ?? '-', source, copy: toHtml(staticPage(partHub(hub, part), { lang, title: name })) });
    }
    const list = pages.map(({ part, file }) => `- [${escapeMarkdown(part.suite?.name ?? 'Other benchmarks')}](${relative(dirname(page), file).split(sep).join(posix.sep)})`);
    writePage(page, { title, heading: values.title, src: feedUrl, suite: '*', source, before: ['## Leaderboards', '', ...list, ''], copy: toHtml(indexPage(hub, { lang, title })) });
    io.err(`page: ${pages.length} leaderboard pages in ${folder}`);
  }
  io.err(`page: ${page} (feed at ${feedUrl} → ${feedFile})`);
  if (!values.quiet) {
    if (!site) io.err('page: no mkdocs.yml above the page; the feed URL assumes MkDocs serves pages as folders (use_directory_urls)');
    else if (!feedFile.startsWith(site.docs + sep)) io.err(`page: the feed is outside docs_dir (${site.docs}): MkDocs will not publish it`);
    io.err('page: the site loads the elements with extra_javascript: [js/fm-leaderboard.classic.js] (copy every file of dist/web into docs/js)');
  }
  return 0;
}

interface PageText {
  title: string;
  /** The element's heading attribute, when the page sets one. */
  heading?: string;
  /** The feed's URL as the page writes it. */
  src: string;
  /** The element's suite attribute (one leaderboard, `*` the overview across). */
  suite?: string;
  /** The file or folder the feed was made from, named in the page's comment. */
  source: string;
  /** Markdown before the element (the index page's list of leaderboards). */
  before?: string[];
  /** The static page inside the element. */
  copy: string;
}

/** Writes a Markdown page holding <fm-leaderboard> with its static copy inside. */
function writePage(file: string, page: PageText): void {
  const attributes = [`src="${escapeHtml(page.src)}"`, page.suite ? `suite="${escapeHtml(page.suite)}"` : '', page.heading ? `heading="${escapeHtml(page.heading)}"` : ''].filter(Boolean).join(' ');
  const markdown = [
    '---',
    `title: ${JSON.stringify(page.title)}`,
    '---',
    '',
    `<!-- Made by fm-leaderboard page from ${page.source.replace(/--/g, '‐‐')}: change the feed and run it again, not this file. -->`,
    '',
    ...(page.before ?? []),
    // A <div> at the start of a line makes the whole block raw HTML for Markdown (a custom
    // element's tag alone would not). Inside <fm-leaderboard>, the static page is its fallback.
    '<div class="fm-leaderboard-page">',
    `<fm-leaderboard ${attributes}>`,
    page.copy.trimEnd(),
    '</fm-leaderboard>',
    '</div>',
    '',
  ].join('\n');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, markdown);
}

/** A --feed-url given for the index page, as a page in its folder must write it (an absolute URL stays). */
function relativeFeedUrl(url: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\//i.test(url)) return url;
  return `../${url.replace(/^\.\//, '')}`;
}
