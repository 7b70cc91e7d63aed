// JSX types for the elements used in this example.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { FmSortChangeEvent } from 'fm-leaderboard';

type Element<Props> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & Props;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'fm-leaderboard-table': Element<{ src?: string; benchmark?: string; 'onfm-sort-change'?: (e: FmSortChangeEvent) => void }>;
      'fm-podium': Element<{ src?: string; benchmark?: string }>;
      'fm-score-distribution': Element<{ src?: string; benchmark?: string }>;
    }
  }
}
