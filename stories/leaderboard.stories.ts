import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/leaderboard/leaderboard.js';
import hubFeed from '../demo/data/hub.feed.json';
import minimalFeed from '../demo/data/minimal.feed.json';

const meta: Meta = {
  title: 'Elements/fm-leaderboard',
  component: 'fm-leaderboard',
  tags: ['autodocs'],
  render: (args) => html`<fm-leaderboard
    .feed=${args.feed}
    src=${args.src ?? ''}
    benchmark=${args.benchmark ?? ''}
    sections=${args.sections ?? 'header nav overall benchmarks compare metrics footer'}
    theme=${args.theme ?? ''}
    .previousFeed=${args.previousFeed}
  >
    <p slot="footer">Add your model: run the toolkit locally and submit your eval.yaml.</p>
  </fm-leaderboard>`,
};
export default meta;

type Story = StoryObj;

export const WholeHub: Story = { args: { feed: hubFeed } };
export const OneBenchmark: Story = { args: { feed: hubFeed, benchmark: 'BM-DNA-ENHANCER' } };
export const OverallOnly: Story = { args: { feed: hubFeed, sections: 'header overall' } };
export const MinimalFeed: Story = { args: { feed: minimalFeed } };
export const Loading: Story = { args: { src: '/never-arrives.json' } };
export const Error: Story = { args: { src: '/no-such-feed.json' } };
export const Empty: Story = { args: { feed: { version: '1.0', benchmarks: [], models: [], results: [] } } };
/** What changed since an older feed (here: the built-in feed before its newest day of results). */
export const RankChanges: Story = {
  args: { feed: hubFeed, previousFeed: { ...hubFeed, generated: '2025-12-18', results: hubFeed.results.filter((r) => !r.date || r.date.slice(0, 10) < '2025-12-19') } },
};
export const Dark: Story = { args: { feed: hubFeed, theme: 'dark' } };
