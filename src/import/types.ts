// The shapes every format's converter produces: one `ImportedRun` per (model, benchmark) a file
// reports, in the tool's own terms, before the runs are joined into one feed (feed-builder.ts).
import type { Direction, MetricRange, Suite } from '../core/index.js';
import type { ItemBatch } from './item-scores.js';

/** The formats `import` reads. */
export type ImportFormat = 'lm-eval' | 'inspect' | 'eee' | 'model-index';

export const IMPORT_FORMATS: readonly ImportFormat[] = ['lm-eval', 'inspect', 'eee', 'model-index'];

/** One input file: its path (named in warnings and in each result's `source`) and its bytes or text. */
export interface ImportFile {
  /** Relative to the folder the user gave: it is written into the feed. */
  path: string;
  content: Uint8Array | string;
  /**
   * The path from the folder the user gave, that folder's own name included, for what a
   * converter reads from folder names (a datastore's `<leaderboard>/` folder); default `path`.
   */
  place?: string;
}

export interface ImportOptions {
  /** Read every file as this format instead of recognising it by its content. */
  format?: ImportFormat;
  /** The feed's title (default "Evaluation results"). */
  title?: string;
  /** Benchmark id → the metric that ranks it (otherwise the tool's own primary). */
  primary?: Record<string, string>;
  /** Benchmark id → its display name. */
  benchmarkNames?: Record<string, string>;
  /** The model of files that name none (the old lm-eval layout, a lone `.eval_results` file). */
  model?: string;
  /**
   * The field whose value puts per-item scores in clusters (an lm-eval document's field, an
   * Inspect sample's or an Every Eval Ever line's metadata): items of one cluster are not
   * independent, and standard errors and paired differences say so.
   */
  cluster?: string;
  /** ISO time to stamp as `generated`; omitted by default so that output is reproducible. */
  generated?: string;
  /** Called after each file with how many are done, of how many (the CLI's progress line). */
  onProgress?: (done: number, total: number) => void;
}

/** One metric of a run, as the tool reported it. */
export interface MetricReading {
  /** The metric's id in the feed, readable: `exact_match (strict-match)`. */
  id: string;
  /** The tool's own metric name, for the built-in catalogue: `exact_match`. */
  base: string;
  /** `null` when the tool reported no usable number. */
  value: number | null;
  se?: number;
  ci?: [number, number];
  /** What the tool itself says of the metric; the catalogue fills what it does not. */
  direction?: Direction;
  name?: string;
  range?: MetricRange;
  unit?: string;
  /**
   * The suite whose metric it is: where two suites say different things of one metric id (a
   * range, a direction), each suite's gets an id of its own (`<suite>/<id>`) when the feed is built.
   */
  suite?: string;
  /** Shown beside the ranking metrics, never ranking or breaking ties (a run's cost). */
  shown?: boolean;
}

export interface ImportedRun {
  /** The file it came from. */
  source: string;
  /** Stable and unique: the tool's run id where it has one. */
  id: string;
  /** Unique in the feed: prefixed with the suite's id where the run belongs to a suite. */
  benchmark: string;
  benchmarkInfo?: { name?: string; description?: string; task?: string; part_of?: string };
  /** The leaderboard the run was published in. */
  suite?: Suite;
  model: string;
  /** Card fields: `name`, `params`, `parameters`, `license`, `developer`, … */
  modelInfo?: Record<string, string | number>;
  /** In the tool's order; the tool's primary metric first. */
  metrics: MetricReading[];
  dataset?: { id: string; name?: string; n_samples?: number; url?: string };
  date?: string;
  n_test?: number;
  /** Provenance kept on the result: revision, dtype, evaluator, … */
  extra?: Record<string, unknown>;
  /** The key that per-item scores of this run are filed under (in its own file or another). */
  join?: string;
  /** Per-item scores the run's own file holds (an Inspect log's samples), filed under `join`. */
  samples?: ItemBatch[];
}
