import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/metric-explainer/metric-explainer.js';
import type { Feed } from '../src/core/index.js';
import hubFeed from '../demo/data/hub.feed.json';

const hub = hubFeed as unknown as Feed;

const meta: Meta = {
  title: 'Elements/fm-metric-explainer',
  component: 'fm-metric-explainer',
  tags: ['autodocs'],
  render: (args) => html`<p style="padding:1rem 1rem 18rem">
    ${args.label ?? 'AUROC'}
    <fm-metric-explainer .feed=${hub} mode=${args.mode ?? 'popover'} metric=${args.metric ?? ''} benchmark=${args.benchmark ?? ''} theme=${args.theme ?? ''}></fm-metric-explainer>
  </p>`,
};
export default meta;

type Story = StoryObj;

export const Popover: Story = { args: { metric: 'AUROC', benchmark: 'BM-DNA-ENHANCER' } };
export const LowerIsBetter: Story = { args: { metric: 'MSE', benchmark: 'BM-BRAIN-MAE', label: 'MSE' } };
export const CheatSheet: Story = { args: { mode: 'sheet', label: '' } };
export const HowScoresAreCalculated: Story = { args: { mode: 'benchmark', benchmark: 'BM-DNA-ENHANCER', label: '' } };
export const FallbackPrimary: Story = { args: { mode: 'benchmark', benchmark: 'BM-TOY-CLASS', label: '' } };
export const Dark: Story = {
  args: { metric: 'robustness_score', benchmark: 'robustness_testing', theme: 'dark', label: 'robustness_score' },
  decorators: [(story) => html`<div style="background:#0d1117;color:#e6edf3">${story()}</div>`],
};
