// The API reference in docs/reference/ is what the custom elements manifest (made by the build from
// the components' documentation) gives: a page that differs is out of date.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cliHelp, referencePages } from '../../scripts/lib/api-reference.mjs';

const root = new URL('../..', import.meta.url).pathname;

describe('docs/reference', () => {
  const pages = referencePages(JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')), cliHelp(root));

  it('has a page for every element, each as the manifest gives it (else: npm run docs:reference)', () => {
    for (const [path, text] of pages) {
      const file = join(root, 'docs', path);
      assert.ok(existsSync(file), `${path} is missing: run npm run docs:reference`);
      assert.equal(readFileSync(file, 'utf8'), text, `docs/${path} is out of date: run npm run docs:reference`);
    }
    const written = readdirSync(join(root, 'docs/reference')).map((name) => `reference/${name}`);
    assert.deepEqual(written.filter((p) => !pages.has(p)), [], 'pages of elements that are gone');
  });

  it('lists each element’s attributes, events, slots, parts and CSS properties', () => {
    const hub = pages.get('reference/fm-leaderboard.md');
    for (const heading of ['## Attributes', '## Properties', '## Events', '## Slots', '## CSS parts', '## CSS custom properties']) assert.ok(hub.includes(heading), heading);
    assert.match(hub, /\| `sync-url` \| `syncUrl` \| `boolean` \| `false` \|/);
    assert.match(hub, /\| `fm-filter-change` \| `CustomEvent<FmFilterChangeDetail>` \|/);
    // Text is not read as HTML: a tag named in a description is escaped.
    assert.ok(pages.get('reference/fm-podium.md').includes('The &lt;pre> with the art.'));
  });

  it('has the command line’s every command and flag, from its own --help', () => {
    const cli = pages.get('reference/cli.md');
    for (const command of ['from-hub', 'import', 'merge', 'validate', 'render', 'page']) assert.match(cli, new RegExp(`fm-leaderboard ${command} `));
    for (const flag of ['--cluster', '--facets', '--shards', '--all-warnings', '--per-suite']) assert.ok(cli.includes(flag), flag);
  });
});
