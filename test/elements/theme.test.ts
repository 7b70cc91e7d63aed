import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/leaderboard-table/leaderboard-table.js';
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
});
