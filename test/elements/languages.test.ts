// Labels in the reader's language: the table follows the nearest `lang` (its own or an
// ancestor's), ships Simplified Chinese whole, falls back to English for a language it does not
// know (one console warning), takes a page's own labels key by key, and shows them as text.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/leaderboard-table/leaderboard-table.js';
import '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboardTable } from '../../src/elements/leaderboard-table/leaderboard-table.js';
import { en } from '../../src/i18n/messages.js';
import { zhCN, zhCNChanges, zhCNCharts, zhCNExplainer, zhCNFacets, zhCNHub, zhCNSections, zhCNSuites } from '../../src/i18n/zh-cn.js';
import { enFacets } from '../../src/i18n/facet-messages.js';
import { enChanges } from '../../src/i18n/change-messages.js';
import { enSuites } from '../../src/i18n/suite-messages.js';
import { enCharts } from '../../src/i18n/chart-messages.js';
import { enHub } from '../../src/i18n/hub-messages.js';
import { enSections } from '../../src/i18n/section-messages.js';
import { enExplainer } from '../../src/i18n/explainer-messages.js';
import { registerMessages } from '../../src/i18n/locale.js';
import { loadChinese } from '../../src/i18n/element-messages.js';
import { $, $$, until } from '../support/dom.js';
import { loadChunks } from '../support/chunks.js';

before(() => loadChinese());
before(loadChunks);

/** A feed of one benchmark `b` ranked by accuracy (0–1), with these scores by model. */
const accuracyFeed = (scores: Record<string, number>, benchmark: object = {}) => ({
  version: '1.0',
  benchmarks: [{ id: 'b', name: 'B', primary_metric: 'acc', ...benchmark }],
  models: [],
  metrics: { acc: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 } } },
  results: Object.entries(scores).map(([model, acc], i) => ({ id: `r${i}`, benchmark: 'b', model, metrics: { acc } })),
});

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
    const parts: Array<[object, object]> = [
      [en, zhCN],
      [enHub, zhCNHub],
      [enSections, zhCNSections],
      [enExplainer, zhCNExplainer],
      [enCharts, zhCNCharts],
      [enSuites, zhCNSuites],
      [enChanges, zhCNChanges],
      [enFacets, zhCNFacets],
    ];
    for (const [english, chinese] of parts) {
      for (const [key, value] of Object.entries(english)) expect(typeof (chinese as Record<string, unknown>)[key], key).to.equal(typeof value);
      // No key of one part shadows another's when a page registers labels for every part at once.
      for (const [other] of parts) if (other !== english) for (const key of Object.keys(english)) expect(Object.hasOwn(other, key), key).to.equal(false);
    }
  });

  it('follows an ancestor’s lang: the table in Chinese, numbers through Intl', async () => {
    const el = await table('zh-CN', 'ancestor');
    const text = headers(el);
    expect(text.slice(0, 2)).to.deep.equal(['排名', '模型']);
    expect(text).to.include('等级');
    // This feed names its own tiers: they stay as it wrote them.
    expect($(el, 'tr[part="row"] [part="label"]').textContent).to.equal('Fair');
    expect($(el, '.search').textContent).to.include('搜索模型');
    expect($(el, '[part="count"]').textContent).to.equal('显示 5 / 5 个模型');
    expect($(el, 'tr[part="row"] .crown').getAttribute('aria-label')).to.equal('第一名');
    expect($(el, 'table caption').textContent).to.match(/^DNA Enhancer Classification：5 个模型，按 AUROC 排名$/);
    // The Filter, which comes with the table's extras: its name and its facets' names and values.
    await until(() => !!el.shadowRoot!.querySelector('details[part="facets"] summary'), 10_000);
    expect($(el, 'details[part="facets"] summary').textContent!.trim()).to.equal('筛选');
    expect($$(el, 'details[part="facets"] .facet').map((f) => f.getAttribute('aria-label'))).to.include('许可证');
    expect($(el, 'details[part="facets"]').textContent).to.include('未说明');
    await expect(el).to.be.accessible();
  });

  it('the package’s own tiers and “unrated” in the reader’s language', async () => {
    const el = await fixture<FmLeaderboardTable>(html`<fm-leaderboard-table lang="zh-CN" .feed=${accuracyFeed({ a: 0.95, c: 0.5 })}></fm-leaderboard-table>`);
    await until(() => $$(el, 'tr[part="row"]').length === 2);
    expect($$(el, 'tr[part="row"] [part="label"]').map((l) => l.textContent)).to.deep.equal(['优秀', '待提高']);
  });

  it('the hub’s header, navigation and overall in Chinese', async () => {
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard lang="zh-CN" src="/demo/data/hub.feed.json"></fm-leaderboard>`);
    await until(() => el.complete, 10_000);
    await until(() => $(el, '[part="stats"]').textContent!.includes('个基准'), 5_000);
    expect($(el, '[part="stats"]').textContent!.replace(/\s+/g, ' ')).to.match(/📊 7 个基准 🤖 11 个模型 📈 35 次评测/);
    expect($(el, '[part="intro"]').textContent).to.include('这是什么？');
    expect($$(el, 'nav[part="nav"] a').map((a) => a.textContent)[0]).to.equal('总排名');
    expect($(el, 'nav[part="nav"]').getAttribute('aria-label')).to.equal('排行榜各部分');
    expect($(el, '#fm-overall-heading').textContent).to.equal('总排名');
    expect($$(el, '#fm-overall .switch button').map((b) => b.textContent!.trim())).to.deep.equal(['各模型最佳成绩', '平均名次']);
  });

  it('a feed’s own translations of its text, for the reader’s language only', async () => {
    const feed = accuracyFeed({ a: 0.95, c: 0.5 }, { name: 'Reading', translations: { 'zh-CN': { name: '阅读理解' } } });
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <fm-leaderboard-table lang="zh-CN" .feed=${feed}></fm-leaderboard-table>
      <fm-leaderboard-table lang="en" .feed=${feed}></fm-leaderboard-table>
    </div>`);
    const [zh, english] = [...wrapper.querySelectorAll('fm-leaderboard-table')] as FmLeaderboardTable[];
    await until(() => $$(zh, 'tr[part="row"]').length === 2 && $$(english, 'tr[part="row"]').length === 2);
    // The code that translates a feed's text comes when a feed has some: the feed's words until then.
    await until(() => /^阅读理解：/.test($(zh, 'table caption').textContent!));
    expect($(english, 'table caption').textContent).to.match(/^Reading: 2 models/);
    // The language changes: the names follow, the ranks stay.
    zh.setAttribute('lang', 'en');
    await until(() => /^Reading/.test($(zh, 'table caption').textContent!));
    expect($$(zh, 'tr[part="row"] th').map((c) => c.textContent!.trim()).length).to.equal(2);
    // A site that switches its language on <html>: the labels follow, with no call into the package.
    zh.removeAttribute('lang');
    const pageLang = document.documentElement.lang;
    document.documentElement.lang = 'zh-CN';
    try {
      await until(() => /^阅读理解：/.test($(zh, 'table caption').textContent!));
      expect(headers(zh)[0]).to.equal('排名');
    } finally {
      document.documentElement.lang = pageLang;
    }
  });

  it('the hub’s benchmark sections, podium, quick comparison and compare in Chinese', async () => {
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard lang="zh-CN" src="/demo/data/hub.feed.json" benchmark="BM-DNA-ENHANCER"></fm-leaderboard>`);
    await until(() => !!el.shadowRoot!.querySelector('.quick') && !!el.shadowRoot!.querySelector('fm-podium')?.shadowRoot?.querySelector('button'), 10_000);
    const quick = $(el, '.quick').textContent!.replace(/\s+/g, ' ');
    expect(quick).to.match(/领先：|排名第一（领先不显著）：|并列第一：/);
    expect(quick).to.include('最佳与最差之差：');
    expect($(el, 'details.how summary').textContent).to.equal('分数如何计算？');
    const podium = el.shadowRoot!.querySelector('fm-podium')!;
    await until(() => podium.shadowRoot!.querySelector('button')!.textContent!.startsWith('复制'));
    expect(podium.shadowRoot!.querySelector('figure')!.getAttribute('aria-label')).to.equal('DNA Enhancer Classification 的领奖台');
    expect(podium.shadowRoot!.querySelector('ul')!.textContent).to.include('第 1 名：');
    expect($$(el, 'fm-leaderboard-table [slot="actions"] button').map((b) => b.textContent)).to.deep.equal(['导出 CSV（DNA Enhancer Classification）', '导出 JSON（DNA Enhancer Classification）']);
    // The whole hub: compare, in Chinese, and with two models chosen, its sentences.
    const hub = await fixture<FmLeaderboard>(html`<fm-leaderboard lang="zh-CN" src="/demo/data/hub.feed.json"></fm-leaderboard>`);
    await until(() => hub.complete && !!hub.shadowRoot!.querySelector('#fm-compare legend'), 10_000);
    expect($(hub, '#fm-compare-heading').textContent).to.equal('模型对比');
    expect($(hub, '#fm-compare legend').textContent).to.equal('选择 2 至 4 个模型');
    expect($(hub, '#fm-compare').textContent).to.include('至少选择两个模型，才能并排对比。');
    expect($(hub, '#fm-metrics-heading').textContent).to.equal('指标速查');
  });

  it('the explainer’s sentences, its tier table and a tier’s tooltip in Chinese', async () => {
    const el = await fixture<HTMLElement>(html`<fm-metric-explainer lang="zh-CN" mode="benchmark" src="/demo/data/hub.feed.json" benchmark="BM-DNA-ENHANCER"></fm-metric-explainer>`);
    await until(() => !!el.shadowRoot!.querySelector('ol.rules li'), 10_000);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('主要指标：');
    expect(text).to.include('本基准的排名规则');
    expect(el.shadowRoot!.querySelector('ol.rules li')!.textContent!.replace(/\s+/g, ' ')).to.match(/^按 AUROC 排名（越高越好）/);
    expect($$(el, 'table.tiers th[scope="col"]').map((th) => th.textContent)).to.deep.equal(['等级', '分数', '含义']);
    expect(text).not.to.match(/Ranked by|Primary metric|How models are ranked/);
    // The package's own tiers: their names, meanings and ranges in the tooltip.
    const table = await fixture<FmLeaderboardTable>(html`<fm-leaderboard-table lang="zh-CN" .feed=${accuracyFeed({ a: 0.95 })}></fm-leaderboard-table>`);
    await until(() => $$(table, 'tr[part="row"]').length === 1);
    expect($(table, 'tr[part="row"] .badge').getAttribute('title')).to.equal('优秀：0.90 及以上。顶尖水平，稳定可靠。');
  });

  it('the charts: title, description, legend, the screen reader’s table, and the score-over-time chart', async () => {
    const el = await fixture<HTMLElement>(html`<fm-score-distribution lang="zh-CN" src="/demo/data/hub.feed.json" benchmark="BM-DNA-ENHANCER"></fm-score-distribution>`);
    await until(() => !!el.shadowRoot!.querySelector('svg title'), 10_000);
    expect(el.shadowRoot!.querySelector('svg title')!.textContent).to.equal('DNA Enhancer Classification 的分数');
    expect(el.shadowRoot!.querySelector('svg desc')!.textContent).to.match(/^5 个模型按 AUROC 排列，越高越好，最佳者在右。第一名：/);
    expect($$(el, '.legend li').map((li) => li.textContent!.trim())).to.deep.equal(['第一名', '模型（最佳评测）', '基线', '其他评测', '底色：等级']);
    expect($(el, 'svg text.better').textContent).to.equal('AUROC，越高越好 →');
    expect($(el, 'svg circle[aria-label]').getAttribute('aria-label')).to.match(/，第 \d+ 名$|, 第 \d+ 名$/);
    expect($$(el, '.visually-hidden th[scope="col"]').map((th) => th.textContent!.trim())).to.deep.equal(['排名', '模型', 'AUROC', '等级', '其他评测']);
    const history = await fixture<HTMLElement>(html`<fm-score-distribution lang="zh-CN" kind="history" src="/demo/data/hub.feed.json" benchmark="BM-DNA-ENHANCER"></fm-score-distribution>`);
    await until(() => !!history.shadowRoot!.querySelector('figcaption'), 10_000);
    expect(history.shadowRoot!.querySelector('figcaption')!.textContent).to.match(/随时间的变化|没有注明日期/);
    expect(history.shadowRoot!.textContent).not.to.match(/over time|is better/);
  });

  it('a feed of several leaderboards: the switcher, a suite’s overall and the overview across them, in Chinese', async () => {
    const results = (suite: string, scores: Record<string, number>) =>
      Object.entries(scores).flatMap(([model, score], i) => [
        { id: `${suite}-${model}-1`, benchmark: `${suite}-1`, model, metrics: { acc: score } },
        { id: `${suite}-${model}-2`, benchmark: `${suite}-2`, model, metrics: { acc: score - 0.05 * i } },
      ]);
    const suiteFeed = {
      version: '1.0',
      metrics: { acc: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 } } },
      suites: [
        { id: 'a', name: 'Alpha', organisation: 'Lab A', evaluator_relationship: 'third_party', overall: { method: 'mean' } },
        { id: 'z', name: 'Zeta', overall: { method: 'mean-rank' }, translations: { 'zh-CN': { name: '泽塔榜' } } },
      ],
      benchmarks: ['a', 'z'].flatMap((s) => [1, 2].map((n) => ({ id: `${s}-${n}`, name: `${s.toUpperCase()} ${n}`, primary_metric: 'acc', suite: s }))),
      models: [],
      results: [...results('a', { m1: 0.9, m2: 0.7, m3: 0.5 }), ...results('z', { m1: 0.6, m2: 0.8, m3: 0.4 })],
    };
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard lang="zh-CN" .feed=${suiteFeed}></fm-leaderboard>`);
    await until(() => !!el.shadowRoot!.querySelector('nav[part="suites"]') && !!el.shadowRoot!.querySelector('#fm-overall .muted'), 10_000);
    expect($(el, 'nav[part="suites"]').getAttribute('aria-label')).to.equal('本数据中的排行榜');
    expect($(el, '#fm-suites-title').textContent).to.equal('本数据共有 2 个排行榜');
    await until(() => $$(el, 'nav[part="suites"] button').some((b) => b.textContent!.includes('泽塔榜')));
    expect($(el, '.suite-head .muted').textContent).to.include('Lab A · 第三方评测');
    expect($(el, '#fm-overall-heading').textContent).to.equal('总排名');
    expect($(el, '#fm-overall .muted').textContent).to.match(/^模型在其参评的 2 个基准上/);
    expect($$(el, '#fm-overall thead th').map((th) => th.textContent!.trim())).to.include.members(['名次', '模型', '范围内平均位置']);
    // The overview across leaderboards.
    const across = [...el.shadowRoot!.querySelectorAll('nav[part="suites"] button')].find((b) => b.textContent!.includes('跨排行榜总览')) as HTMLButtonElement;
    across.click();
    await until(() => !!el.shadowRoot!.querySelector('#fm-across-heading') && !!el.shadowRoot!.querySelector('#fm-across tbody tr'), 10_000);
    expect($(el, '#fm-across-heading').textContent).to.equal('跨排行榜总览');
    expect($(el, '#fm-across tbody tr td:last-child').textContent).to.match(/Alpha：\d \/ 3；泽塔榜：\d \/ 3/);
    expect(el.shadowRoot!.textContent).not.to.match(/Across leaderboards|Overall ranking|Mean place/);
  });

  it('a feed that cannot be loaded or used is said in the reader’s language, its problems naming the fields as they are', async () => {
    const missing = await fixture<FmLeaderboardTable>(html`<fm-leaderboard-table lang="zh-CN" src="/demo/data/no-such.feed.json"></fm-leaderboard-table>`);
    await until(() => !!missing.shadowRoot!.querySelector('[role="alert"]'), 10_000);
    expect($(missing, '[role="alert"] strong').textContent).to.equal('无法加载 /demo/data/no-such.feed.json。');
    expect($(missing, '[role="alert"] li').textContent).to.match(/^服务器返回 HTTP 404/);
    const broken = await fixture<FmLeaderboardTable>(html`<fm-leaderboard-table lang="zh-CN" .feed=${{ version: '1.0', benchmarks: 'x' }}></fm-leaderboard-table>`);
    await until(() => !!broken.shadowRoot!.querySelector('[role="alert"]'), 10_000);
    expect($(broken, '[role="alert"] strong').textContent).to.equal('feed 属性 不是有效的排行榜数据。');
    expect($$(broken, '[role="alert"] li').map((li) => li.textContent).join(' ')).to.include('/benchmarks');
    const unknown = await fixture<FmLeaderboardTable>(html`<fm-leaderboard-table lang="zh-CN" src="/demo/data/hub.feed.json" benchmark="nope"></fm-leaderboard-table>`);
    await until(() => !!unknown.shadowRoot!.querySelector('[role="alert"]'), 10_000);
    expect($(unknown, '[role="alert"]').textContent).to.match(/未知的基准。[\s\S]*此数据中没有基准“nope”/);
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

describe('a long language and a right-to-left one, at 390 px', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  // German labels are among the longest; Arabic reads right to left (both registered as a page would).
  before(() => {
    registerMessages('de', {
      searchModels: 'Modelle durchsuchen',
      searchPlaceholder: 'Name oder Alias',
      columns: 'Spaltenauswahl',
      modelsShown: (shown, total, n) => `${shown} von ${total} ${n === 1 ? 'Modell' : 'Modellen'} angezeigt`,
      rank: 'Platzierung',
      model: 'Modellbezeichnung',
      tier: 'Leistungsstufe',
      dataset: 'Datensatzbezeichnung',
      date: 'Auswertungsdatum',
    });
    registerMessages('ar', {
      searchModels: 'ابحث في النماذج',
      searchPlaceholder: 'الاسم أو الاسم البديل',
      columns: 'الأعمدة',
      modelsShown: (shown, total) => `${shown} من ${total} نماذج`,
      rank: 'الترتيب',
      model: 'النموذج',
      tier: 'المستوى',
      dataset: 'مجموعة البيانات',
      date: 'التاريخ',
    });
  });

  /** Boxes that overlap by more than a pixel. */
  const overlap = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

  for (const [lang, dir] of [
    ['de', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    it(`${lang}: nothing cut or overlapping, no sideways page scroll${dir === 'rtl' ? ', the table mirrored and numbers left to right' : ''}`, async () => {
      await setViewport({ width: 390, height: 844 });
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${dir}></div>`);
      wrapper.innerHTML = '<fm-leaderboard-table src="/demo/data/hub.feed.json" benchmark="BM-DNA-ENHANCER"></fm-leaderboard-table>';
      const el = wrapper.querySelector('fm-leaderboard-table') as FmLeaderboardTable;
      await until(() => $$(el, 'tr[part="row"]').length > 0, 10_000);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      expect(document.documentElement.scrollWidth, 'page width').to.equal(window.innerWidth);
      // Each header's label whole, inside its button.
      for (const button of $$(el, 'thead button.sort')) expect(button.scrollWidth, button.textContent!).to.be.at.most(button.clientWidth + 1);
      // The toolbar's controls side by side or wrapped, never on top of each other.
      const boxes = ['.search', 'details.columns > summary', '[part="count"]'].map((s) => $(el, s).getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j]), `toolbar ${i} and ${j}`).to.equal(false);
      const row = $(el, 'tr[part="row"]');
      const [rank, model] = [...row.querySelectorAll('th, td')].slice(0, 2).map((c) => c.getBoundingClientRect());
      if (dir === 'rtl') {
        expect(rank.left, 'rank on the right').to.be.greaterThan(model.left);
        // "0.7883" in order: its first digit left of its last.
        const score = [...row.querySelectorAll('td')].find((td) => /0\.7883/.test(td.textContent!))!;
        const text = [...score.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('0.7883')) ?? score.querySelector('span')!.firstChild!;
        const at = text.textContent!.indexOf('0.7883');
        const box = (i: number) => {
          const range = document.createRange();
          range.setStart(text, at + i);
          range.setEnd(text, at + i + 1);
          return range.getBoundingClientRect();
        };
        expect(box(0).left, '"0" left of "3"').to.be.below(box(5).left);
      } else expect(rank.left).to.be.below(model.left);
      expect($$(el, 'thead button.sort')[0].textContent).to.include(lang === 'de' ? 'Platzierung' : 'الترتيب');
    });
  }

  it('ar: the whole hub mirrored at 390 px, no sideways page scroll, every section drawn', async () => {
    await setViewport({ width: 390, height: 844 });
    registerMessages('ar', { navOverall: 'الترتيب العام', overallRankings: 'الترتيب العام', howCalculated: 'كيف تُحسب الدرجات؟' });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"></div>`);
    wrapper.innerHTML = '<fm-leaderboard src="/demo/data/hub.feed.json"></fm-leaderboard>';
    const el = wrapper.querySelector('fm-leaderboard') as FmLeaderboard;
    await until(() => el.complete, 15_000);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
    expect(document.documentElement.scrollWidth, 'page width').to.equal(window.innerWidth);
    // Headings start on the right.
    const box = el.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents($(el, '#fm-overall-heading'));
    const text = range.getBoundingClientRect();
    expect(box.right - text.right, 'a short heading starts at the right edge').to.be.below(40);
    expect(text.left - box.left, 'and leaves the left free').to.be.above(box.width / 2);
    expect($(el, '#fm-overall-heading').textContent).to.equal('الترتيب العام');
    expect($$(el, 'details.how summary')[0].textContent).to.equal('كيف تُحسب الدرجات؟');
    // In the overall table the rank is on the right of the model.
    const row = $(el, '#fm-overall tbody tr');
    const [rank, model] = [...row.querySelectorAll('th, td')].slice(0, 2).map((c) => c.getBoundingClientRect());
    expect(rank.left).to.be.greaterThan(model.left);
  });
});
