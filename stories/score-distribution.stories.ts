import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/score-distribution/score-distribution.js';
import type { Feed } from '../src/core/index.js';
import hubFeed from '../demo/data/hub.feed.json';

const hub = hubFeed as unknown as Feed;

const crowded: Feed = {
  version: '1.0',
  metrics: { score: { name: 'Score', direction: 'higher', range: { min: 0, max: 1 }, decimals: 3 } },
  benchmarks: [{ id: 'b', name: '60 models, many close scores', primary_metric: 'score' }],
  models: [],
  results: Array.from({ length: 60 }, (_, i) => ({ id: `r${i}`, benchmark: 'b', model: `model-${i}`, metrics: { score: Math.round((0.7 + ((i * 37) % 23) / 100) * 1000) / 1000 } })),
};

const meta: Meta = {
  title: 'Elements/fm-score-distribution',
  component: 'fm-score-distribution',
  tags: ['autodocs'],
  render: (args) =>
    html`<fm-score-distribution .feed=${args.feed} benchmark=${args.benchmark ?? ''} kind=${args.kind ?? 'scores'} theme=${args.theme ?? ''}></fm-score-distribution>`,
};
export default meta;

type Story = StoryObj;

export const OneBenchmark: Story = { args: { feed: hub, benchmark: 'robustness_testing' } };
export const WholeFeed: Story = { args: { feed: hub } };
export const Crowded: Story = { args: { feed: crowded, benchmark: 'b' } };
export const Ties: Story = { args: { feed: hub, benchmark: 'BM-DNA-PROMOTER' } };
export const NoScores: Story = { args: { feed: hub, benchmark: 'BM-BRAIN-MAE' } };
export const Dark: Story = { args: { feed: hub, theme: 'dark' } };
/** kind="tradeoff": score against size with the Pareto frontier; models without one size are listed. */
export const Tradeoff: Story = { args: { feed: hub, benchmark: 'BM-DNA-PROMOTER', kind: 'tradeoff' } };
export const TradeoffDark: Story = { args: { feed: hub, benchmark: 'robustness_testing', kind: 'tradeoff', theme: 'dark' } };
/** kind="history": the runs by date and the record line; without a benchmark, one per benchmark. */
export const History: Story = { args: { feed: hub, benchmark: 'BM-DNA-ENHANCER', kind: 'history' } };
export const HistoryEveryBenchmark: Story = { args: { feed: hub, kind: 'history', theme: 'dark' } };
/** kind="probes": each robustness probe's curves, mean ± std per model and series. */
export const Probes: Story = { args: { feed: hub, benchmark: 'robustness_testing', kind: 'probes' } };
