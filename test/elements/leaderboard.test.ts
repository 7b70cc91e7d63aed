import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboard } from '../../src/elements/leaderboard/leaderboard.js';
import type { FmLeaderboardTable } from '../../src/elements/leaderboard-table/leaderboard-table.js';
import { $, $$, until } from '../support/dom.js';
import { loadChunks } from '../support/chunks.js';

before(loadChunks);

const HUB = '/demo/data/hub.feed.json';

async function hub(attrs = ''): Promise<FmLeaderboard> {
  const container = await fixture<HTMLDivElement>(`<div><fm-leaderboard src="${HUB}" ${attrs}>
    <p slot="intro">Our intro.</p><p slot="footer">Add your model here.</p></fm-leaderboard></div>`);
  const el = container.querySelector('fm-leaderboard')!;
  await until(() => el.rankings.length > 0, 5000);
  await el.updateComplete;
  return el;
}

const tableOf = (el: FmLeaderboard, id: string) => $(el, `fm-leaderboard-table[benchmark="${id}"]`) as unknown as FmLeaderboardTable;
const names = (table: Element) => [...table.shadowRoot!.querySelectorAll('tbody .model-name')].map((n) => n.textContent);

describe('fm-leaderboard: the whole hub', () => {
  it('shows every part on the built-in feed', async () => {
    const el = await hub();
    expect($(el, '[part="stats"]').textContent!.replace(/\s+/g, ' ').trim()).to.equal('📊 7 benchmarks 🤖 11 models 📈 35 evaluations');
    expect($$(el, 'nav a').map((a) => a.textContent)).to.deep.equal([
      'Overall',
      'Brain imaging (MRI/fMRI)',
      'Genomics',
      'Time-Series/Signal',
      'Other benchmarks',
      'Compare',
      'Metrics',
    ]);
    expect($$(el, '[part="overall-table"] tbody tr')).to.have.length(11);
    expect($(el, '[part="tier-distribution"]').textContent).to.include('22 leaderboard entries');
    expect($$(el, 'article.benchmark')).to.have.length(8);
    expect($$(el, 'fm-leaderboard-table')).to.have.length(7);
    expect($$(el, 'fm-podium'), 'only benchmarks with 3+ models').to.have.length(3);
    expect($(el, '#fm-b-bm-brain-mae').textContent).to.include('No submissions yet.');
    expect($(el, '#fm-other').textContent).to.include('dna_classification');
    expect($$(el, '[part="quick-comparison"]')).to.have.length(7);
    expect($(el, '#fm-metrics fm-metric-explainer').getAttribute('mode')).to.equal('sheet');
    expect(el.querySelector('[slot="intro"]')!.assignedSlot).to.exist;
    expect(el.querySelector('[slot="footer"]')!.assignedSlot).to.exist;
  });

  it('passes each benchmark its ranking by the rules (HyenaDNA once, ties shared)', async () => {
    const el = await hub();
    const table = tableOf(el, 'BM-DNA-ENHANCER');
    await until(() => names(table).length === 5);
    expect(names(table)).to.deep.equal(['HyenaDNA', 'Caduceus', 'Evo 2', 'DNABERT-2', 'kmer_k6']);
    expect($(el, '#fm-b-bm-dna-enhancer [part="quick-comparison"]').textContent!.replace(/\s+/g, ' ')).to.include('HyenaDNA leads with AUROC = 0.7883');
  });

  it('follows fragment links into its sections', async () => {
    const el = await hub();
    location.hash = '#fm-b-robustness-testing';
    await until(() => el.shadowRoot!.activeElement?.id === 'fm-b-robustness-testing');
    expect($(el, '#fm-b-robustness-testing').getBoundingClientRect().top).to.be.lessThan(window.innerHeight);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('switches the overall view to mean rank', async () => {
    const el = await hub();
    const [, mean] = $$(el, '.switch button');
    mean.click();
    await el.updateComplete;
    expect(mean.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '[part="overall-table"] thead').textContent).to.include('Mean rank');
    expect($(el, '[part="overall-table"] tbody tr td.num:last-child').textContent).to.match(/\d+ of 7/);
  });

  it('benchmark="…" shows just that benchmark; sections="…" just those parts', async () => {
    const one = await hub('benchmark="BM-DNA-PROMOTER"');
    expect($$(one, 'article.benchmark').map((a) => a.id)).to.deep.equal(['fm-b-bm-dna-promoter']);
    expect($$(one, 'nav')).to.have.length(0);
    const overall = await hub('sections="overall"');
    expect($$(overall, 'article.benchmark')).to.have.length(0);
    expect($$(overall, '[part="header"]')).to.have.length(0);
    expect($$(overall, '#fm-overall')).to.have.length(1);
  });

  it('compares two to four models on the benchmarks they share, best marked', async () => {
    const el = await hub();
    const box = (name: string) => $$(el, '.picker label').find((l) => l.textContent!.trim() === name)!.querySelector('input')!;
    box('HyenaDNA').click();
    box('Caduceus').click();
    await el.updateComplete;
    const rows = $$(el, '[part="compare-table"] tbody tr').map((tr) => tr.querySelector('th')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal(['DNA Enhancer Classification AUROC', 'DNA Promoter Classification AUROC']);
    expect($$(el, '[part="compare-table"] td.best')).to.have.length(2);
    (['Evo 2', 'DNABERT-2'] as const).forEach((n) => box(n).click());
    await el.updateComplete;
    expect(box('kmer_k6').disabled, 'a fifth model cannot be picked').to.equal(true);
    ($$(el, '.compare .check input')[0] as HTMLInputElement).click();
    await el.updateComplete;
    expect($(el, '.restricted').textContent).to.include('HyenaDNA: 1.00');
  });

  it('offers CSV and JSON export on every table, in the table’s toolbar, named for its benchmark', async () => {
    const el = await hub();
    const tables = $$(el, 'fm-leaderboard-table') as unknown as FmLeaderboardTable[];
    expect(tables.length).to.be.above(1);
    for (const t of tables) expect(t.querySelectorAll('[part="export"] button'), t.benchmark).to.have.length(2);
    const table = tableOf(el, 'BM-DNA-ENHANCER');
    await until(() => names(table).length === 5);
    const [csv, json] = [...table.querySelectorAll<HTMLButtonElement>('[part="export"] button')];
    expect(csv.textContent!.trim()).to.equal('Export CSV of DNA Enhancer Classification');
    expect(csv.parentElement!.assignedSlot?.closest('.toolbar'), 'in the toolbar').to.exist;

    // The buttons save a file: catch the Blob and the file name instead of downloading.
    const saved: Array<{ name: string; blob: Blob }> = [];
    const createObjectURL = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    let blob: Blob | null = null;
    URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), createObjectURL.call(URL, b));
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: blob! });
    };
    try {
      csv.click();
      json.click();
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved.map((s) => s.name)).to.deep.equal(['BM-DNA-ENHANCER.csv', 'BM-DNA-ENHANCER.json']);
    expect((await saved[0].blob.text()).split('\r\n')[1]).to.match(/^hyenadna,1,HyenaDNA,0\.7883,Fair,/);
    expect(JSON.parse(await saved[1].blob.text())[0]).to.include({ model_id: 'hyenadna', Rank: 1, Model: 'HyenaDNA' });
  });
});

describe('fm-leaderboard: sync-url', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('restores a linked view and writes the reader’s changes back', async () => {
    history.replaceState(null, '', `${location.pathname}?keep=1&fm-sort:BM-DNA-ENHANCER=metric:Accuracy~descending&fm-q:BM-DNA-ENHANCER=a&fm-overall=mean`);
    const el = await hub('sync-url');
    const table = tableOf(el, 'BM-DNA-ENHANCER');
    await until(() => names(table).length > 0);
    expect(names(table), 'search "a", sorted by Accuracy').to.deep.equal(['DNABERT-2', 'HyenaDNA', 'Caduceus']);
    expect($$(el, '.switch button')[1].getAttribute('aria-pressed')).to.equal('true');
    const other = tableOf(el, 'BM-DNA-PROMOTER');
    await until(() => names(other).length > 0);
    (other.shadowRoot!.querySelector('th:nth-child(2) button.sort') as HTMLButtonElement).click();
    const params = new URLSearchParams(location.search);
    expect(params.get('fm-sort:BM-DNA-PROMOTER')).to.equal('model~ascending');
    expect(params.get('keep'), 'other parameters stay').to.equal('1');
  });

  it('leaves the URL alone without sync-url', async () => {
    const el = await hub();
    const table = tableOf(el, 'BM-DNA-ENHANCER');
    await until(() => names(table).length > 0);
    (table.shadowRoot!.querySelector('th:nth-child(2) button.sort') as HTMLButtonElement).click();
    expect(location.search).to.equal('');
  });
});

describe('fm-leaderboard: states and accessibility', () => {
  it('shows loading, then an error that names the failure', async () => {
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard src="/missing.json"></fm-leaderboard>`);
    expect($(el, '.status').textContent).to.include('Loading leaderboard');
    await until(() => $$(el, '[role="alert"]').length > 0);
    expect($(el, '[role="alert"]').textContent).to.include('HTTP 404');
  });

  it('says so for a feed with no benchmarks', async () => {
    const el = await fixture<FmLeaderboard>(html`<fm-leaderboard .feed=${{ version: '1.0', benchmarks: [], models: [], results: [] }}></fm-leaderboard>`);
    expect($(el, '.status').textContent).to.include('This feed has no benchmarks yet');
  });

  it('a new src replaces everything: no stale benchmark stays', async () => {
    const el = await hub();
    el.src = '/demo/data/minimal.feed.json';
    await until(() => el.rankings.length === 1);
    await el.updateComplete;
    expect($$(el, 'article.benchmark').map((a) => a.id)).to.deep.equal(['fm-b-sepsis-6h']);
    expect($(el, '[part="title"]').textContent).to.equal('Sepsis prediction leaderboard');
  });

  it('is accessible (axe) as a whole, light and dark', async function () {
    // Slow on a loaded machine (forced-colour emulation, axe over the whole hub): not a speed test.
    this.timeout(30_000);
    const el = await hub('theme="light"');
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await expect(el).to.be.accessible();
  });
});
