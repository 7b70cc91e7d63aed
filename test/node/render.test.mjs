// `fm-leaderboard render` (issue 18): the hub as static HTML or Markdown, from a feed or a hub
// folder; everything a reader or a site search needs is in the text, and feed text stays text.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PAYLOADS } from '../../scripts/lib/payloads.mjs';
import { feedUrlFor } from '../../dist/cli/page-command.js';
import { cli } from './cli-helper.mjs';

const HUB = new URL('../../../shared/fixtures/hub', import.meta.url).pathname;
const DEMO = new URL('../../demo/data/hub.feed.json', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'fm-render-'));
const demo = () => JSON.parse(readFileSync(DEMO, 'utf8'));

function render(...args) {
  const run = cli('render', ...args);
  assert.equal(run.code, 0, run.err);
  return run.out;
}

describe('render', () => {
  const feed = demo();
  // The models the leaderboard shows: those with a result (the feed also lists models not yet evaluated).
  const entered = new Set(feed.results.map((r) => r.model.toLowerCase()));
  const names = feed.models.filter((m) => entered.has(m.id.toLowerCase())).map((m) => m.name ?? m.id);
  const benchmarks = feed.benchmarks.map((b) => b.name);

  for (const format of ['html', 'md']) {
    it(`--format ${format}: every model and benchmark of the hub folder, every ranked row, the podium art and the rules`, () => {
      const text = render(HUB, '--format', format, '-q');
      const plain = format === 'md' ? text.replace(/\\(.)/g, '$1') : text.replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      for (const name of names) assert.ok(plain.includes(name), `model ${name}`);
      for (const name of benchmarks) assert.ok(plain.includes(name), `benchmark ${name}`);
      assert.match(text, /╔═+╗/, 'podium art');
      // One per section: the 7 benchmarks the feed defines and the one its results name besides.
      assert.equal(text.match(/<summary>How are scores calculated\?<\/summary>/g).length, 8);
      assert.ok(plain.includes('HyenaDNA') && plain.includes('0.7883') && plain.includes('Fair'));
    });
  }

  it('HTML: semantic tables (caption, scoped headers), no script, no event handler, no style attribute', () => {
    const html = render(DEMO, '--format', 'html');
    const tables = html.match(/<table>[\s\S]*?<\/table>/g);
    assert.ok(tables.length >= 8, `${tables.length} tables`);
    for (const table of tables) {
      assert.match(table, /<caption>/);
      assert.match(table, /<th scope="col"/);
      assert.match(table, /<th scope="row"/);
    }
    assert.doesNotMatch(html, /<script|\son\w+=|\sstyle=/i);
    assert.match(html, /<pre role="img" aria-label="Podium of DNA Enhancer Classification: 1st place: HyenaDNA, AUROC 0.7883;/);
    // Every in-page link lands on an id of the page.
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) assert.ok(ids.has(target), `#${target}`);
  });

  it('HTML --document: a whole page with its language and title', () => {
    const html = render(DEMO, '--format', 'html', '--document', '--lang', 'de', '--title', 'Bestenliste');
    assert.match(html, /^<!doctype html>\n<html lang="de">/);
    assert.match(html, /<title>Bestenliste<\/title>/);
    assert.match(html, /0,7883/, 'numbers in German');
  });

  it('Markdown: pipe tables with one cell per column, admonitions, details with Markdown inside, anchors for the links', () => {
    const md = render(DEMO, '--format', 'md');
    const tableLines = md.split('\n').filter((line) => line.startsWith('| '));
    assert.ok(tableLines.length > 50);
    let columns = 0;
    for (const line of tableLines) {
      const cells = line.replace(/\\\|/g, '').split('|').length;
      if (/^\| (Rank|Tier) \|/.test(line)) columns = cells;
      assert.equal(cells, columns, line);
    }
    assert.match(md, /^!!! tip "Quick comparison"\n {4}🥇 \*\*HyenaDNA\*\* leads with AUROC = \*\*0.7883\*\*/m);
    assert.match(md, /<details markdown="1">\n<summary>How are scores calculated\?<\/summary>/);
    const anchors = new Set([...md.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]));
    for (const [, target] of md.matchAll(/\]\(#([^)]+)\)/g)) assert.ok(anchors.has(target), `#${target}`);
  });

  it('keeps hostile feed text as text: no tag, link, emphasis or table cell comes from it', () => {
    for (const payload of PAYLOADS.filter((p) => p.length < 500).slice(0, 60)) {
      const f = demo();
      f.title = payload;
      f.models[0].name = `${payload}|x`;
      f.benchmarks[0].name = payload;
      f.benchmarks[0].description = `**${payload}** [a](javascript:alert(1)) \`x\``;
      const file = join(dir, 'hostile.json');
      writeFileSync(file, JSON.stringify(f));
      const html = render(file, '--format', 'html');
      // Every tag is one the writer makes (feed text arrives with its < escaped), with no handler.
      const tags = html.match(/<[a-z][^>]*>/gi);
      const allowed = /^<(div|h[1-6]|p|strong|code|aside|nav|ul|ol|li|section|table|caption|thead|tbody|tr|th|td|dl|dt|dd|details|summary|figure|pre|a)[\s>]/;
      for (const tag of tags) {
        assert.match(tag, allowed, `${tag} from ${payload}`);
        assert.doesNotMatch(tag.replace(/"[^"]*"/g, '""'), /\son\w+=/i, `${tag} from ${payload}`);
      }
      assert.ok(!/href="(?!#|https?:)/.test(html), `a link that is not http(s) or in-page: ${payload}`);
      const withCode = render(file, '--format', 'md');
      // Code blocks (the podium's art) show their text as written.
      const md = withCode.replace(/^(`{3,})text\n[\s\S]*?\n\1$/gm, '');
      assert.notEqual(md, withCode);
      // The only tags are the writer's own: details, summary, the section anchors, code.
      assert.doesNotMatch(md, /<(?!\/?(details|summary|code)\b|a id="fm-[a-z0-9-]+"><\/a>|\/a>)[a-z!/]/i, payload);
      assert.doesNotMatch(md, /(?<!\\)\]\((?!#|https?:)/, `a Markdown link from feed text: ${payload}`);
      const row = md.split('\n').find((line) => line.includes('|x') || line.includes('\\|x'));
      if (row) assert.ok(!/[^\\]\|x/.test(row), `a cell split by the name: ${row}`);
    }
  });

  it('says what is wrong with a bad input, naming the file', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"version": "1.0", "benchmarks": [}');
    const run = cli('render', file);
    assert.equal(run.code, 2);
    assert.match(run.err, /broken\.json: .*line 1/);
    assert.match(cli('render', DEMO, '--format', 'pdf').err, /--format must be html or md, not "pdf"/);
    assert.match(cli('render').err, /render takes one feed file or hub folder/);
  });
});

describe('page: the feed URL where MkDocs serves the page', () => {
  const at = (...parts) => join('/site', ...parts);
  const docs = { docs: at('docs'), directoryUrls: true };
  it('allows for docs/x.md being served at /x/ (use_directory_urls, MkDocs\' default)', () => {
    assert.equal(feedUrlFor(at('docs/leaderboards.md'), at('docs/leaderboards.feed.json'), docs), '../leaderboards.feed.json');
    assert.equal(feedUrlFor(at('docs/hub/results.md'), at('docs/assets/hub.feed.json'), docs), '../../assets/hub.feed.json');
  });
  it('serves index.md and README.md at their folder', () => {
    assert.equal(feedUrlFor(at('docs/leaderboards/index.md'), at('docs/leaderboards/index.feed.json'), docs), './index.feed.json');
    assert.equal(feedUrlFor(at('docs/README.md'), at('docs/assets/hub.feed.json'), docs), './assets/hub.feed.json');
  });
  it('without directory URLs, x.md is x.html beside its folder', () => {
    assert.equal(feedUrlFor(at('docs/leaderboards.md'), at('docs/leaderboards.feed.json'), { ...docs, directoryUrls: false }), './leaderboards.feed.json');
  });
  it('reads use_directory_urls from the nearest mkdocs.yml, and writes the page and the feed', () => {
    const site = mkdtempSync(join(tmpdir(), 'fm-page-'));
    writeFileSync(join(site, 'mkdocs.yml'), 'site_name: x\nuse_directory_urls: false\nmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n');
    const run = cli('page', DEMO, '-o', join(site, 'docs/board.md'), '-q');
    assert.equal(run.code, 0, run.err);
    const page = readFileSync(join(site, 'docs/board.md'), 'utf8');
    assert.match(page, /^---\ntitle: "Foundation Model Leaderboards"\n---\n/);
    assert.match(page, /<fm-leaderboard src="\.\/board\.feed\.json">\n<div class="fm-static">/);
    assert.deepEqual(JSON.parse(readFileSync(join(site, 'docs/board.feed.json'), 'utf8')), demo());
    assert.match(cli('page', DEMO).err, /page needs -o <page\.md>/);
  });
});

describe('staticFallback (fm-leaderboard/render), for a server-rendered page', async () => {
  const { staticFallback } = await import('../../dist/render/index.js');

  it('is the same HTML as `render` writes, for the copy inside the element', () => {
    const html = staticFallback(demo());
    assert.equal(html.trimEnd(), render(DEMO));
    assert.match(html, /<table/);
  });

  it('escapes feed text and stops with the problems of a feed it cannot use', () => {
    const feed = demo();
    feed.models[0].name = '<img src=x onerror=alert(1)>';
    assert.doesNotMatch(staticFallback(feed), /<img/);
    const broken = { ...demo(), version: 7, benchmarks: 'none' };
    assert.throws(() => staticFallback(broken), (error) => /the feed cannot be used/.test(error.message) && /\/version: /.test(error.message));
  });
});
