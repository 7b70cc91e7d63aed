// Every string of a real feed replaced by a hostile payload, rendered as the whole hub: nothing
// may run, load, or become markup; links stay http(s); the payload shows, as text.
import { expect, fixture, html } from '@open-wc/testing';
import type { Feed } from '../../src/core/index.js';
import '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import { PAYLOADS } from '../../scripts/lib/payloads.mjs';
import { until } from '../support/dom.js';
import { loadChunks } from '../support/chunks.js';

before(loadChunks);

/** Values that must keep their form for the feed to mean anything (they are checked, not shown). */
const KEEP = new Set(['version', 'direction', 'date', 'generated']);

/**
 * The feed with every other string, and every data key (metric ids, tier ids, sub-groups…),
 * replaced by `payload` plus a number that is the same for the same original string: ids stay
 * unique and references still match, so the feed stays valid and every field reaches the screen.
 */
function taint(feed: Feed, payload: string): Feed {
  const names = new Map<string, string>();
  const swap = (s: string) => {
    if (!names.has(s)) names.set(s, `${payload}·${names.size}`);
    return names.get(s)!;
  };
  // Keys that the format names (id, name, metrics…) must stay; only data keys are swapped.
  const FORMAT_KEYS = new Set(['version', 'generated', 'title', 'source', 'name', 'url', 'commit', 'license', 'tiers', 'id', 'label', 'min', 'icon', 'color', 'description', 'metrics', 'direction', 'range', 'max', 'example', 'decimals', 'unit', 'benchmarks', 'modality', 'task', 'primary_metric', 'secondary_metrics', 'targets', 'datasets', 'models', 'aliases', 'type', 'params', 'links', 'n_samples', 'results', 'benchmark', 'model', 'dataset', 'date', 'stratified', 'probes', 'grid', 'series', 'mean', 'std', 'rAUC', 'summary', 'suite', 'n_train', 'n_test', 'warnings', 'message']);
  const walkKeys = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return KEEP.has(key) ? value : key === 'url' ? payload : swap(value);
    if (Array.isArray(value)) return value.map((v) => walkKeys(v, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [FORMAT_KEYS.has(k) ? k : swap(k), walkKeys(v, k)]));
    return value;
  };
  return walkKeys(feed, '') as Feed;
}

/** Every element of the composed tree (light DOM and every shadow root). */
function composed(root: Element | ShadowRoot): Element[] {
  const all: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      all.push(child);
      visit(child);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  visit(root);
  return all;
}

const FORBIDDEN = new Set(['script', 'img', 'iframe', 'object', 'embed', 'video', 'audio', 'source', 'math', 'form', 'template', 'style', 'link', 'base', 'meta']);

let hubFeed: Feed;
before(async () => {
  hubFeed = await (await fetch('/demo/data/hub.feed.json')).json();
});
afterEach(() => delete (window as { __fmPwned?: unknown }).__fmPwned);

describe('no injection: every string of the real feed replaced by a hostile payload', () => {
  PAYLOADS.forEach((payload, i) => {
    it(`payload ${i + 1} of ${PAYLOADS.length}: ${JSON.stringify(payload.slice(0, 48))}`, async function () {
      // A 100,000-character string in every field takes seconds to lay out on a busy machine.
      this.timeout(60_000);
      const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${taint(hubFeed, payload)}></fm-leaderboard>`);
      await until(() => el.rankings.length > 0 || !!el.shadowRoot!.querySelector('[role="alert"]'), 50_000);
      expect(el.shadowRoot!.querySelector('[role="alert"]'), 'the tainted feed stays valid').to.equal(null);
      // Open what renders on demand: a details row and a metric popover.
      await el.updateComplete;
      const table = el.shadowRoot!.querySelector('fm-leaderboard-table')!;
      await until(() => !!table.shadowRoot?.querySelector('button.toggle'), 50_000);
      (table.shadowRoot!.querySelector('button.toggle') as HTMLButtonElement).click();
      const explainer = el.shadowRoot!.querySelector('fm-metric-explainer')!;
      (explainer.shadowRoot!.querySelector('button.trigger') as HTMLButtonElement)?.click();
      await new Promise((r) => setTimeout(r, 30));

      expect((window as { __fmPwned?: unknown }).__fmPwned, 'canary').to.equal(undefined);
      const elements = composed(el.shadowRoot!);
      const bad = elements.filter((e) => FORBIDDEN.has(e.localName));
      expect(bad.map((e) => e.localName), 'elements made from feed text').to.deep.equal([]);
      const handlers = elements.flatMap((e) => e.getAttributeNames().filter((a) => a.startsWith('on')).map((a) => `${e.localName}[${a}]`));
      expect(handlers, 'event handler attributes').to.deep.equal([]);
      for (const a of elements.filter((e) => e.localName === 'a')) {
        const href = a.getAttribute('href')!;
        expect(href.startsWith('#') || /^https?:/.test(href), `link ${href}`).to.equal(true);
      }
      if (payload.length <= 1000) {
        // The payload reached the screen, as text (a huge one is only checked not to break anything).
        const text = elements.map((e) => e.shadowRoot?.textContent ?? '').join('') + el.shadowRoot!.textContent;
        expect(text.includes(payload.slice(0, 30)), 'the payload is shown, as text').to.equal(true);
      }
      (explainer as unknown as { hide(): void }).hide();
    });
  });
});
