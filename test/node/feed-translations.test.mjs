// A feed's own translations: the reader's language picks them (tag, then base), the ids and
// ranks never change, bad ones are named by the validator, and static pages follow --lang.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildHub, DEFAULT_TIERS, loadFeed, localizeHub, rankBenchmark, translationFor, validateFeed } from '../../dist/core/index.js';
import { staticPage, toHtml, toMarkdown } from '../../dist/render/index.js';

const minimal = JSON.parse(readFileSync(new URL('../../demo/data/minimal.feed.json', import.meta.url)));

function translatedFeed() {
  const feed = structuredClone(minimal);
  feed.benchmarks[0].translations = { 'zh-CN': { name: '脓毒症 6 小时预测', description: '提前 6 小时预测脓毒症。' }, de: { name: 'Sepsis in 6 Stunden' } };
  feed.metrics.AUROC.translations = { zh: { name: 'ROC 曲线下面积' } };
  return feed;
}

describe('a feed’s own translations', () => {
  it('picks the tag, then shorter forms of it, then the one regional form for a bare language', () => {
    const given = { 'zh-CN': { name: 'a' }, 'pt-BR': { name: 'b' }, de: { name: 'c' } };
    assert.equal(translationFor(given, 'zh-CN')?.name, 'a');
    assert.equal(translationFor(given, 'ZH-cn')?.name, 'a');
    assert.equal(translationFor(given, 'zh')?.name, 'a');
    assert.equal(translationFor(given, 'de-AT')?.name, 'c');
    assert.equal(translationFor(given, 'pt')?.name, 'b');
    assert.equal(translationFor(given, 'zh-TW'), undefined, 'a regional form is not given to another region');
    assert.equal(translationFor(given, 'fr'), undefined);
  });

  it('replaces names and descriptions for the reader, and nothing else', () => {
    const hub = buildHub(loadFeed(translatedFeed()).feed);
    const zh = localizeHub(hub, 'zh-CN');
    const b = zh.benchmark('sepsis-6h');
    assert.equal(b.name, '脓毒症 6 小时预测');
    assert.equal(b.description, '提前 6 小时预测脓毒症。');
    assert.equal(zh.metric('AUROC').name, 'ROC 曲线下面积');
    assert.equal(zh.metric('ECE').name, 'Expected calibration error', 'untranslated text stays as the feed wrote it');
    assert.equal(localizeHub(hub, 'de').benchmark('sepsis-6h').description, hub.benchmark('sepsis-6h').description, 'a field not translated stays');
    assert.equal(localizeHub(hub, 'en').benchmark('sepsis-6h').name, hub.benchmark('sepsis-6h').name);
    assert.equal(localizeHub(zh, 'en').benchmark('sepsis-6h').name, hub.benchmark('sepsis-6h').name, 'back to English from a translated hub');
    assert.equal(localizeHub(hub, 'zh-CN'), zh, 'the same hub object for the same language');
    assert.equal(zh.tiers, DEFAULT_TIERS, 'the package tiers stay the package tiers');
    const ranks = (h) => rankBenchmark(h, 'sepsis-6h').rows.map((r) => [r.model.id, r.rank, r.score]);
    assert.deepEqual(ranks(zh), ranks(hub));
    assert.equal(rankBenchmark(zh, 'sepsis-6h').benchmark.name, '脓毒症 6 小时预测');
  });

  it('gives a feed without translations back as it is', () => {
    const hub = buildHub(loadFeed(minimal).feed);
    assert.equal(localizeHub(hub, 'zh-CN'), hub);
  });

  it('names a bad translation: not text, not a language tag, a field that is not shown', () => {
    const feed = translatedFeed();
    feed.benchmarks[0].translations['zh-CN'].name = 42;
    feed.benchmarks[0].translations.chinese = { name: '中文' };
    feed.metrics.AUROC.translations.zh.unit = '分';
    const { problems } = validateFeed(feed);
    const said = problems.map((p) => `${p.severity} ${p.path}: ${p.message}`);
    assert.ok(said.some((s) => s.startsWith('error /benchmarks/0/translations/zh-CN/name') && /string/.test(s)), said.join('\n'));
    assert.ok(said.some((s) => s.startsWith('warning /benchmarks/0/translations/chinese') && /language tag/.test(s)), said.join('\n'));
    assert.ok(said.some((s) => s.startsWith('warning /metrics/AUROC/translations/zh/unit') && /not shown/.test(s)), said.join('\n'));
  });

  it('is what render --lang writes, with the same ranks', () => {
    const hub = buildHub(loadFeed(translatedFeed()).feed);
    const zh = toMarkdown(staticPage(hub, { lang: 'zh-CN' }));
    const en = toMarkdown(staticPage(hub, { lang: 'en' }));
    assert.match(zh, /脓毒症 6 小时预测/);
    assert.doesNotMatch(en, /脓毒症/);
    assert.match(en, /Sepsis/);
  });

  it('render --lang zh-CN writes the sections, the podium and the explainer in Chinese, English in English', () => {
    const hub = buildHub(loadFeed(JSON.parse(readFileSync(new URL('../../demo/data/hub.feed.json', import.meta.url)))).feed);
    const zh = toMarkdown(staticPage(hub, { lang: 'zh-CN' }));
    for (const said of ['快速对比', '本基准的排名规则', '主要指标：', '指标速查', '分数如何计算？', '最佳与最差之差：', 'Brain-JEPA 和 BrainLM']) assert.ok(zh.includes(said), said);
    const zhHtml = toHtml(staticPage(hub, { lang: 'zh-CN' }));
    for (const said of ['第 1 名：', '的领奖台']) assert.ok(zhHtml.includes(said), said);
    for (const english of ['Quick comparison', 'How models are ranked here', 'Primary metric', 'Metric cheat sheet', 'Spread, best to worst']) assert.ok(!zh.includes(english), english);
    const en = toMarkdown(staticPage(hub, { lang: 'en' }));
    for (const said of ['Quick comparison', 'How models are ranked here', 'Metric cheat sheet']) assert.ok(en.includes(said), said);
  });
});
