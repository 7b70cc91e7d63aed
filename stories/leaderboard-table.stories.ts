import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// As in the full bundle: rank changes, the toolbar's Filter and probe curves (before the table is defined).
import '../src/elements/leaderboard-table/leaderboard-table.js';
import type { Feed, Result } from '../src/core/index.js';
import hubFeed from '../demo/data/hub.feed.json';

const hub = hubFeed as unknown as Feed;

/** The built-in feed as it stood before its newest day of results (last month's file, on a real page). */
const hubBefore: Feed = { ...hub, generated: '2025-12-18', results: hub.results.filter((r) => !r.date || r.date.slice(0, 10) < '2025-12-19') };

/** A feed with a lower-is-better primary metric (hallucination rate) and a tie. */
const lowerIsBetter: Feed = {
  version: '1.0',
  metrics: {
    hallucination_rate: { name: 'Hallucination rate', direction: 'lower', range: { min: 0, max: 1 }, decimals: 3 },
    clinical_accuracy: { name: 'Clinical accuracy', direction: 'higher', range: { min: 0, max: 1 }, decimals: 3 },
  },
  benchmarks: [{ id: 'reports', name: 'Clinical report generation', primary_metric: 'hallucination_rate', secondary_metrics: ['clinical_accuracy'] }],
  models: [{ id: 'me-llama', name: 'Me-LLaMA' }, { id: 'm3fm', name: 'M3FM' }, { id: 'radbert', name: 'RadBERT' }, { id: 'titan', name: 'TITAN' }],
  results: [
    { id: 'r1', benchmark: 'reports', model: 'me-llama', metrics: { hallucination_rate: 0.04, clinical_accuracy: 0.91 } },
    { id: 'r2', benchmark: 'reports', model: 'm3fm', metrics: { hallucination_rate: 0.06, clinical_accuracy: 0.88 } },
    { id: 'r3', benchmark: 'reports', model: 'titan', metrics: { hallucination_rate: 0.06, clinical_accuracy: 0.88 } },
    { id: 'r4', benchmark: 'reports', model: 'radbert', metrics: { hallucination_rate: 0.21, clinical_accuracy: 0.7 } },
  ],
};

const longNames: Feed = {
  ...lowerIsBetter,
  models: [
    { id: 'me-llama', name: 'Me-LLaMA-13B-chat-medical-instruction-tuned-v2.1-with-retrieval-augmentation' },
    { id: 'm3fm', name: '多模态医学基础模型 M3FM（中文报告）' },
    { id: 'radbert', name: 'RadBERT 🩻🧠 emoji edition' },
    { id: 'titan', name: 'TITAN' },
  ],
};

function manyRows(n: number): Feed {
  const results: Result[] = Array.from({ length: n }, (_, i) => ({
    id: `run-${i}`,
    benchmark: 'big',
    model: `model-${i}`,
    metrics: { AUROC: Math.round((0.5 + ((i * 7919) % 10007) / 20014) * 1e4) / 1e4, Accuracy: ((i * 104729) % 1000) / 1000 },
  }));
  return {
    version: '1.0',
    metrics: { AUROC: { name: 'AUROC', direction: 'higher', range: { min: 0, max: 1 } }, Accuracy: { name: 'Accuracy', direction: 'higher', range: { min: 0, max: 1 } } },
    benchmarks: [{ id: 'big', name: `${n.toLocaleString('en')} models`, primary_metric: 'AUROC', secondary_metrics: ['Accuracy'] }],
    models: [],
    results,
  };
}

// The Loading story asks for a feed that never arrives.
const realFetch = window.fetch.bind(window);
window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
  String(input).includes('never-arrives') ? new Promise<Response>(() => {}) : realFetch(input, init)) as typeof fetch;

const meta: Meta = {
  title: 'Elements/fm-leaderboard-table',
  component: 'fm-leaderboard-table',
  tags: ['autodocs'],
  render: (args) => html`<fm-leaderboard-table
    .feed=${args.feed}
    src=${args.src ?? ''}
    benchmark=${args.benchmark ?? ''}
    theme=${args.theme ?? ''}
    ?hide-baselines=${args.hideBaselines}
    .previousFeed=${args.previousFeed}
    .facets=${args.facets}
  ></fm-leaderboard-table>`,
};
export default meta;

type Story = StoryObj;

export const Data: Story = { args: { feed: hub, benchmark: 'BM-DNA-ENHANCER' } };
/** Each row's movement since the older feed: ▲ up, ▼ down, "new"; the old rank in its words. */
export const RankChanges: Story = { args: { feed: hub, previousFeed: hubBefore, benchmark: 'BM-DNA-ENHANCER' } };
export const RankChangesUnreadable: Story = { args: { feed: hub, previousFeed: { version: '1.0' }, benchmark: 'BM-DNA-ENHANCER' } };
/** The toolbar's Filter with open-licence models chosen (ranks stay the ranks among all). */
export const FacetsChosen: Story = { args: { feed: hub, facets: { licence: ['open'], size: ['100m-1b', '1b-10b'] }, benchmark: 'BM-DNA-ENHANCER' } };
/** Open a row's details: its robustness probes drawn as curves. */
export const ProbeCurvesInDetails: Story = { args: { feed: hub, benchmark: 'robustness_testing' } };
export const TiesAtTheTop: Story = { args: { feed: hub, benchmark: 'BM-FMRI-GRANULAR' } };
export const LowerIsBetter: Story = { args: { feed: lowerIsBetter, benchmark: 'reports' } };
export const LongNames: Story = { args: { feed: longNames, benchmark: 'reports' } };
export const TenThousandRows: Story = { args: { feed: manyRows(10_000), benchmark: 'big' } };
export const Loading: Story = { args: { src: '/never-arrives.json' } };
export const Error: Story = { args: { src: '/no-such-feed.json' } };
export const InvalidFeed: Story = { args: { feed: { version: '1.0', benchmarks: [{ id: 'b' }], models: [], results: [{ id: 'x', benchmark: 'b', model: 'm', metrics: { AUROC: '0.9' } }] } } };
export const Empty: Story = { args: { feed: hub, benchmark: 'BM-BRAIN-MAE' } };
export const UnknownBenchmark: Story = { args: { feed: hub, benchmark: 'BM-NOPE' } };
export const Dark: Story = {
  args: { feed: hub, benchmark: 'robustness_testing', theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`],
};
