import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/podium/podium.js';
import type { Feed } from '../src/core/index.js';
import hubFeed from '../demo/data/hub.feed.json';

const hub = hubFeed as unknown as Feed;

const wideNames: Feed = {
  version: '1.0',
  metrics: { score: { name: 'Score', direction: 'higher', range: { min: 0, max: 1 }, decimals: 3 } },
  benchmarks: [{ id: 'b', name: 'Names of every width', primary_metric: 'score' }],
  models: [
    { id: 'a', name: '多模态医学基础模型' },
    { id: 'b', name: 'RadBERT 🩻🧠' },
    { id: 'c', name: 'Me-LLaMA-13B-chat-medical-instruction-tuned' },
  ],
  results: [
    { id: 'r1', benchmark: 'b', model: 'a', metrics: { score: 0.91 } },
    { id: 'r2', benchmark: 'b', model: 'b', metrics: { score: 0.88 } },
    { id: 'r3', benchmark: 'b', model: 'c', metrics: { score: 0.85 } },
  ],
};

const meta: Meta = {
  title: 'Elements/fm-podium',
  component: 'fm-podium',
  tags: ['autodocs'],
  render: (args) => html`<fm-podium .feed=${args.feed} benchmark=${args.benchmark ?? ''} theme=${args.theme ?? ''}></fm-podium>`,
};
export default meta;

type Story = StoryObj;

export const Data: Story = { args: { feed: hub, benchmark: 'robustness_testing' } };
export const TieForSecond: Story = { args: { feed: hub, benchmark: 'BM-DNA-ENHANCER' } };
export const TieAtTheTop: Story = { args: { feed: hub, benchmark: 'BM-FMRI-GRANULAR' } };
export const WideAndLongNames: Story = { args: { feed: wideNames, benchmark: 'b' } };
export const OneModel: Story = { args: { feed: hub, benchmark: 'dna_classification' } };
export const NoModels: Story = { args: { feed: hub, benchmark: 'BM-BRAIN-MAE' } };
export const Dark: Story = {
  args: { feed: hub, benchmark: 'robustness_testing', theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`],
};
