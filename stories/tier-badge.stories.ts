import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/tier-badge/tier-badge.js';

const meta: Meta = {
  title: 'Elements/fm-tier-badge',
  component: 'fm-tier-badge',
  tags: ['autodocs'],
  render: (args) => html`<fm-tier-badge
    tier=${ifDefined(args.tier)}
    .score=${args.score}
    direction=${args.direction ?? 'higher'}
    range-min=${ifDefined(args.rangeMin)}
    range-max=${ifDefined(args.rangeMax)}
    theme=${ifDefined(args.theme)}
  ></fm-tier-badge>`,
};
export default meta;

type Story = StoryObj;

export const AllTiers: Story = {
  render: () => html`${['excellent', 'good', 'fair', 'developing'].map((t) => html`<fm-tier-badge tier=${t}></fm-tier-badge> `)}`,
};
export const FromAScore: Story = { args: { score: 0.87 } };
export const LowerIsBetter: Story = { args: { score: 0.04, direction: 'lower', rangeMin: 0, rangeMax: 1 } };
export const Unrated: Story = { args: { score: 0.04, direction: 'lower' } };
export const UnknownTier: Story = { args: { tier: 'platinum' } };
export const Dark: Story = {
  render: () =>
    html`<div style="background:#0d1117;padding:1rem">
      ${['excellent', 'good', 'fair', 'developing'].map((t) => html`<fm-tier-badge tier=${t} theme="dark"></fm-tier-badge> `)}
    </div>`,
};
