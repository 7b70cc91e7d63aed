// The visible states every feed-driven element shares: idle, loading, empty and error.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { FeedState } from '../controllers/feed-controller.js';
import { elementMessages } from '../i18n/element-messages.js';
import { en, type Messages } from '../i18n/messages.js';

export type StatusState = Exclude<FeedState, { status: 'ready' }> | { status: 'empty'; title: string };

export function renderStatus(state: StatusState, t: Messages = en): TemplateResult {
  switch (state.status) {
    case 'idle':
      return html`<p part="status" class="status">${t.noFeedYet}</p>`;
    case 'loading':
      return html`<p part="status" class="status loading" role="status"><span class="spinner" aria-hidden="true"></span>${t.loadingFrom(state.url)}</p>`;
    case 'empty':
      return html`<p part="status" class="status empty" role="status">${state.title}${t.fullStop}</p>`;
    case 'error': {
      // A load's own error says it in the reader's language; a problem's details name the feed's fields as they are.
      const { title, details } = state.words?.(t) ?? state;
      return html`<div part="status" class="status error" role="alert">
        <p><strong>${title}${t.fullStop}</strong></p>
        ${details.length > 0 ? html`<ul>${details.map((d) => html`<li>${d}</li>`)}</ul>` : nothing}
      </div>`;
    }
  }
}

/**
 * A feed that is not ready yet. The element's children outside named slots are the page's static
 * copy of what it will show (`fm-leaderboard render`, the fallback for readers without
 * JavaScript): while there is one, it stays in place of "Loading…", so nothing jumps until the
 * live view replaces it; an error shows above it. Once ready, the element shows no default slot,
 * so the copy is neither seen nor read twice.
 */
export function renderPending(state: StatusState, host: Element & { requestUpdate(): void }): TemplateResult {
  const { t } = elementMessages(host);
  if (!host.querySelector(':scope>:not([slot])')) return renderStatus(state, t);
  return html`${state.status === 'error' ? renderStatus(state, t) : nothing}<slot></slot>`;
}

export const statusStyles = css`
  .status {
    margin: 0;
    padding: var(--_fm-space-m);
    border: 1px dashed var(--_fm-border);
    border-radius: var(--_fm-radius);
    color: var(--_fm-text-muted);
  }
  .status.error {
    border: 1px solid var(--_fm-danger);
    border-inline-start-width: 4px;
    color: var(--_fm-text);
  }
  .status p {
    margin: 0;
  }
  .status.error ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
    font-family: var(--_fm-mono-font);
    font-size: 0.875em;
  }
  .spinner {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    margin-inline-end: 0.5em;
    border: 2px solid var(--_fm-border);
    border-top-color: var(--_fm-accent);
    border-radius: 50%;
    vertical-align: -0.1em;
    animation: fm-spin 0.8s linear infinite;
  }
  @keyframes fm-spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
