import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/leaderboard-table/leaderboard-table.js';
import '../../src/elements/tier-badge/tier-badge.js';
import type { FmLeaderboardTable } from '../../src/elements/leaderboard-table/leaderboard-table.js';
import { feed, run } from '../support/feeds.js';
import { $, until } from '../support/elements.js';
import { loadChunks } from '../support/chunks.js';

before(loadChunks);

const WHITE = 'rgb(255, 255, 255)';
const DARK_SURFACE = 'rgb(13, 17, 23)';

async function table(theme?: string): Promise<FmLeaderboardTable> {
  const el = await fixture<FmLeaderboardTable>(html`<fm-leaderboard-table theme=${theme ?? ''} .feed=${feed([run('a', { score: 0.9 })])}></fm-leaderboard-table>`);
  if (!theme) el.removeAttribute('theme');
  await until(() => !!el.shadowRoot?.querySelector('table'));
  await el.updateComplete;
  return el;
}

const surface = (el: FmLeaderboardTable) => getComputedStyle($(el, '.base')).backgroundColor;

describe('themes', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('follows prefers-color-scheme when no theme is set', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await table();
    expect(surface(el)).to.equal(WHITE);
    await emulateMedia({ colorScheme: 'dark' });
    expect(surface(el)).to.equal(DARK_SURFACE);
  });

  it('theme="dark" and theme="light" win over the system', async () => {
    await emulateMedia({ colorScheme: 'light' });
    expect(surface(await table('dark'))).to.equal(DARK_SURFACE);
    await emulateMedia({ colorScheme: 'dark' });
    expect(surface(await table('light'))).to.equal(WHITE);
  });

  it('a page colour token wins over both defaults', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await table();
    el.style.setProperty('--fm-color-surface', 'rgb(1, 2, 3)');
    expect(surface(el)).to.equal('rgb(1, 2, 3)');
  });

  describe("the site's own light/dark mode (theme unset or auto)", () => {
    const root = document.documentElement;
    afterEach(() => {
      for (const el of [root, document.body]) {
        el.removeAttribute('data-theme');
        el.removeAttribute('data-md-color-scheme');
        el.classList.remove('dark', 'light');
      }
      root.style.removeProperty('color-scheme');
    });
    const settle = () => new Promise((r) => setTimeout(r, 0)); // the MutationObserver's callback

    const marks: Array<[string, (dark: boolean) => void]> = [
      ['Docusaurus and Starlight: data-theme on <html>', (dark) => root.setAttribute('data-theme', dark ? 'dark' : 'light')],
      ['MkDocs Material: data-md-color-scheme on <body>', (dark) => document.body.setAttribute('data-md-color-scheme', dark ? 'slate' : 'default')],
      ['VitePress and Tailwind: a dark class on <html>', (dark) => root.classList.toggle('dark', dark)],
      ["a color-scheme set on <html>", (dark) => root.style.setProperty('color-scheme', dark ? 'dark' : 'light')],
    ];
    for (const [name, mark] of marks) {
      it(`follows ${name}, live, against the system setting`, async () => {
        await emulateMedia({ colorScheme: 'light' });
        mark(true);
        const el = await table();
        await settle();
        expect(surface(el), 'dark site, light system').to.equal(DARK_SURFACE);
        mark(false);
        await settle();
        if (name.startsWith('VitePress')) {
          // VitePress marks only dark: without the class, the system decides.
          await emulateMedia({ colorScheme: 'dark' });
          expect(surface(el)).to.equal(DARK_SURFACE);
          await emulateMedia({ colorScheme: 'light' });
          expect(surface(el)).to.equal(WHITE);
        } else {
          await emulateMedia({ colorScheme: 'dark' });
          expect(surface(el), 'light site, dark system').to.equal(WHITE);
        }
      });
    }

    it('theme="auto" follows the site too; theme="light" and theme="dark" win over it', async () => {
      root.setAttribute('data-theme', 'dark');
      expect(surface(await table('auto'))).to.equal(DARK_SURFACE);
      expect(surface(await table('light'))).to.equal(WHITE);
      root.setAttribute('data-theme', 'light');
      await settle();
      expect(surface(await table('dark'))).to.equal(DARK_SURFACE);
    });

    it('a table and a tier badge follow a toggle made after they are drawn', async () => {
      const el = await table();
      const badge = document.createElement('fm-tier-badge');
      document.body.append(badge);
      root.setAttribute('data-theme', 'dark');
      await settle();
      expect(surface(el)).to.equal(DARK_SURFACE);
      expect(getComputedStyle(badge).colorScheme).to.equal('dark');
      badge.remove();
    });
  });
});

