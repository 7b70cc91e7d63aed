// Labels in the reader's language: the table follows the nearest `lang` (its own or an
// ancestor's), ships Simplified Chinese whole, falls back to English for a language it does not
// know (one console warning), takes a page's own labels key by key, and shows them as text.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/leaderboard-table/leaderboard-table.js';
import type { FmLeaderboardTable } from '../../src/elements/leaderboard-table/leaderboard-table.js';
import { en } from '../../src/i18n/messages.js';
import { zhCN } from '../../src/i18n/zh-cn.js';
import { registerMessages } from '../../src/i18n/locale.js';
import { chineseChunk } from '../../src/i18n/element-messages.js';
import { $, $$, until } from '../support/dom.js';

before(() => chineseChunk.get());

/** Each header's label, without its sort arrow. */
const headers = (el: FmLeaderboardTable) => $$(el, 'thead button.sort').map((b) => b.textContent!.replace(b.querySelector('.arrow')?.textContent ?? '', '').replace(/\s+/g, ''));

async function table(lang: string, where: 'own' | 'ancestor' = 'own'): Promise<FmLeaderboardTable> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  if (where === 'ancestor') wrapper.setAttribute('lang', lang);
  wrapper.innerHTML = `<fm-leaderboard-table src="/demo/data/hub.feed.json" benchmark="BM-DNA-ENHANCER"${where === 'own' ? ` lang="${lang}"` : ''}></fm-leaderboard-table>`;
  const el = wrapper.querySelector('fm-leaderboard-table') as FmLeaderboardTable;
  await until(() => $$(el, 'tr[part="row"]').length > 0, 10_000);
  await el.updateComplete;
  return el;
}

describe('labels in the reader’s language', () => {
  it('Simplified Chinese has every label English has, each in the same form', () => {
    for (const [key, value] of Object.entries(en)) expect(typeof (zhCN as Record<string, unknown>)[key], key).to.equal(typeof value);
  });

  it('follows an ancestor’s lang: the table in Chinese, numbers through Intl', async () => {
    const el = await table('zh-CN', 'ancestor');
    const text = headers(el);
    expect(text.slice(0, 2)).to.deep.equal(['排名', '模型']);
    expect(text).to.include('等级');
    expect($(el, '.search').textContent).to.include('搜索模型');
    expect($(el, '[part="count"]').textContent).to.equal('显示 5 / 5 个模型');
    expect($(el, 'tr[part="row"] .crown').getAttribute('aria-label')).to.equal('第一名');
    expect($(el, 'table caption').textContent).to.match(/^DNA Enhancer Classification：5 个模型，按 AUROC 排名$/);
    await expect(el).to.be.accessible();
  });

  it('an element’s own lang wins; English and its variants need no chunk', async () => {
    const el = await table('en-GB');
    expect(headers(el).slice(0, 2)).to.deep.equal(['Rank', 'Model']);
    expect($(el, '[part="count"]').textContent).to.equal('5 of 5 models');
  });

  it('falls back to English for a language it does not ship, saying so once', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      await table('xx-test');
      await table('xx-test');
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('"xx-test"'))).to.have.length(1);
  });

  it('takes a page’s own labels key by key, as text, with English for the rest', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    let el: FmLeaderboardTable;
    try {
      registerMessages('de', { rank: 'Platz', model: '<img src=x onerror=alert(1)>Modell', searchModels: 42 as unknown as string });
      el = await table('de-DE');
    } finally {
      console.warn = warn;
    }
    expect(headers(el).slice(0, 2)).to.deep.equal(['Platz', '<imgsrc=xonerror=alert(1)>Modell']);
    expect(el.shadowRoot!.querySelector('thead img')).to.equal(null);
    // A label of the wrong form is English, and said.
    expect($(el, '.search').textContent).to.include('Search models');
    expect(warnings.join(' ')).to.include('"searchModels" is a number, not a string');
  });
});
