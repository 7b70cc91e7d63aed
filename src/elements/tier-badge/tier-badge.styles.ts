import { css } from 'lit';
import { badgeStyles } from './tier-badge-view.js';

// The badge itself is in badgeStyles (shared with the table); these are the element's own.

const own = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    line-height: 1.2;
  }
  .badge.invalid {
    color: var(--_fm-danger);
    background: transparent;
    border-color: currentColor;
  }
`;

export const styles = [badgeStyles, own];
