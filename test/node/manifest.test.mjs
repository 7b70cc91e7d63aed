// custom-elements.json is complete: every part, slot, event, public --fm-* property, attribute
// and reactive property that an element's source has is in the manifest, with a description, and
// the manifest's paths name files the package ships. The source is read on its own terms (the
// files an element's class reaches through its imports, up to another element), not through the
// analyzer, so that something the analyzer or a doc comment misses fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const ELEMENTS = ['leaderboard', 'leaderboard-table', 'podium', 'tier-badge', 'metric-explainer', 'score-distribution'];
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, modulePath: m.path })));

/** Another element's class or define module: its shadow root is not this element's. */
function otherElement(file, own) {
  const match = /^src\/elements\/([a-z-]+)\/([a-z-]+?)(\.component)?\.ts$/.exec(file);
  return match !== null && match[1] === match[2] && match[1] !== own;
}

/** The source files an element's class reaches through value imports (static and dynamic). */
function reachable(own) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || otherElement(file, own)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const specs = [
      ...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gms),
      ...text.matchAll(/^import\s+'(\.[^']+)'/gm),
      ...text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g),
    ].map((m) => m[1]);
    for (const spec of specs) visit(normalize(join(dirname(file), spec.replace(/\.js$/, '.ts'))));
  };
  visit(`src/elements/${own}/${own}.component.ts`);
  return [...seen];
}

/** What the source of an element has: parts, slots, events, --fm-* properties. */
function fromSource(own) {
  const found = { parts: new Set(), slots: new Set(), events: new Set(), cssProperties: new Set() };
  for (const file of reachable(own)) {
    const text = readFileSync(file, 'utf8');
    for (const [, names] of text.matchAll(/\bpart="([^"$]+)"/g)) for (const name of names.split(/\s+/)) found.parts.add(name);
    for (const [, pairs] of text.matchAll(/\bexportparts="([^"$]+)"/g)) for (const pair of pairs.split(',')) found.parts.add(pair.split(':')[1].trim());
    for (const [, name] of text.matchAll(/<slot(?:\s+name="([^"]+)")?[\s>]/g)) found.slots.add(name ?? '');
    for (const [, name] of text.matchAll(/(?:\bemit|new CustomEvent)(?:<[^>]+>)?\(\s*'([a-z-]+)'/g)) found.events.add(name);
    for (const [, name] of text.matchAll(/var\(\s*(--fm-[a-z0-9-]+)/g)) found.cssProperties.add(name);
  }
  return found;
}

/** The reactive properties a class declares (`static properties`), with their attribute names. */
function declaredProperties(own) {
  const text = readFileSync(`src/elements/${own}/${own}.component.ts`, 'utf8');
  const block = /static override properties = \{\n([\s\S]*?)\n {2}\};/.exec(text);
  assert.ok(block, `${own}: no static properties block`);
  return [...block[1].matchAll(/^ {4}(\w+): \{(.*)\},?$/gm)]
    .filter(([, , options]) => !/state: true/.test(options))
    .map(([, name, options]) => {
      const attribute = /attribute: (false|'([^']+)')/.exec(options);
      return { name, attribute: attribute ? (attribute[1] === 'false' ? null : attribute[2]) : name.toLowerCase() };
    });
}

const names = (list) => new Set((list ?? []).map((item) => item.name));
const missing = (want, have) => [...want].filter((name) => !have.has(name));

for (const own of ELEMENTS) {
  const tag = `fm-${own}`;
  test(`${tag}: the manifest has every part, slot, event and --fm-* property in its source`, () => {
    const element = declarations.find((d) => d.tagName === tag);
    assert.ok(element, `${tag} is not in custom-elements.json`);
    const source = fromSource(own);
    assert.deepEqual(missing(source.parts, names(element.cssParts)), [], `${tag}: parts missing from the manifest`);
    assert.deepEqual(missing(source.slots, names(element.slots)), [], `${tag}: slots missing from the manifest`);
    assert.deepEqual(missing(source.events, names(element.events)), [], `${tag}: events missing from the manifest`);
    assert.deepEqual(missing(source.cssProperties, names(element.cssProperties)), [], `${tag}: --fm-* properties missing from the manifest`);
    for (const key of ['cssParts', 'slots', 'events', 'cssProperties']) {
      for (const item of element[key] ?? []) assert.ok(item.description?.trim(), `${tag}: ${key} "${item.name}" has no description`);
    }
  });

  test(`${tag}: the manifest has every attribute and reactive property, described`, () => {
    const element = declarations.find((d) => d.tagName === tag);
    const members = new Map((element.members ?? []).filter((m) => m.kind === 'field').map((m) => [m.name, m]));
    const attributes = names(element.attributes);
    for (const { name, attribute } of declaredProperties(own)) {
      assert.ok(members.has(name), `${tag}: property ${name} is missing from the manifest`);
      assert.ok(members.get(name).description?.trim(), `${tag}: property ${name} has no description`);
      assert.ok(members.get(name).type?.text, `${tag}: property ${name} has no type`);
      if (attribute) assert.ok(attributes.has(attribute), `${tag}: attribute ${attribute} is missing from the manifest`);
    }
  });
}

test('the manifest names files the package ships, and every element is in it once', () => {
  const packageFiles = JSON.parse(readFileSync('package.json', 'utf8')).files;
  for (const mod of manifest.modules) {
    assert.match(mod.path, /^dist\/.*\.js$/, `${mod.path} is not a shipped file`);
    assert.ok(existsSync(mod.path), `${mod.path} does not exist (run npm run build)`);
    assert.ok(packageFiles.includes('dist'), 'dist/ is not in package.json "files"');
  }
  assert.deepEqual(declarations.filter((d) => d.customElement).map((d) => d.tagName).sort(), ELEMENTS.map((e) => `fm-${e}`).sort());
});

test('the source reader finds what it looks for (so that an empty reading cannot pass)', () => {
  const table = fromSource('leaderboard-table');
  for (const part of ['base', 'row', 'cell', 'icon', 'details', 'status']) assert.ok(table.parts.has(part), part);
  assert.ok(table.events.has('fm-sort-change') && table.events.has('fm-filter-change'));
  assert.ok(table.slots.has('actions'));
  assert.ok(table.cssProperties.has('--fm-table-max-height') && table.cssProperties.has('--fm-color-accent'));
  const hub = fromSource('leaderboard');
  assert.ok(hub.parts.has('table__row') && hub.parts.has('podium'), 'exported parts');
  assert.ok(!hub.parts.has('sort-button'), "the table's own parts are not the hub's");
  assert.ok(declaredProperties('leaderboard-table').some((p) => p.attribute === 'previous-src'));
});
