/**
 * The fm-leaderboard feed, version 1.
 *
 * A feed holds raw evaluation results and the context needed to rank them (metric directions,
 * primary metrics, tier targets). Ranking happens in the reader's browser, so a feed never stores
 * ranks. `schema/fm-leaderboard-feed.schema.json` is the same contract as JSON Schema.
 *
 * Every object may carry extra fields; readers ignore what they do not know.
 */

/** The feed version this library writes; it reads any `1.x`. (Suites are optional fields of 1.0.) */
export const FEED_VERSION = '1.0';

/** Which way a metric improves. */
export type Direction = 'higher' | 'lower';

export interface Feed {
  /** `MAJOR.MINOR`; this library reads major version 1. */
  version: string;
  /** When the feed was produced (ISO 8601). */
  generated?: string;
  /** Title for the whole leaderboard page. */
  title?: string;
  source?: FeedSource;
  /** Tier scale, best tier first; the last tier catches everything below the others. */
  tiers?: TierDefinition[];
  /** Metric catalogue, keyed by the metric id used in `results[].metrics`. */
  metrics?: Record<string, MetricDefinition>;
  /** The leaderboards inside the feed; a feed without suites is one leaderboard. */
  suites?: Suite[];
  benchmarks: Benchmark[];
  /** Model cards; in an index of shards, those no shard has (each shard has its own models' cards). */
  models: Model[];
  datasets?: Dataset[];
  results: Result[];
  /**
   * Results written by run: what the results of one run share (the start of their ids, the
   * model, the file) once, then each one's own fields. Readers (`loadFeed`, `expandResults`)
   * turn them into whole results after `results`; past loading a feed has none.
   */
  runs?: ResultRun[];
  /** Notes left by the tool that produced the feed (skipped files, guesses it made). */
  warnings?: FeedWarning[];
  /**
   * A feed cut into files: each suite's results are in a file of their own, fetched when the
   * suite is shown; `results` then holds only those of benchmarks in no suite.
   */
  shards?: ShardRef[];
  /** The whole feed's counts, for a reader that has not loaded every shard. */
  totals?: { results?: number; models?: number };
}

/** Where one suite's results are: a file beside the feed's own. */
export interface ShardRef {
  /** The suite's id. */
  suite: string;
  /** Relative to the feed's file (http(s) on the same origin once resolved; never a scheme of its own). */
  url: string;
  /** How many results, and models with results, it holds. */
  results?: number;
  models?: number;
}

export interface FeedSource {
  name?: string;
  url?: string;
  commit?: string;
  license?: string;
}

export interface TierDefinition {
  /** Stable id, also the key in a benchmark's `targets` (e.g. `excellent`). */
  id: string;
  label: string;
  /**
   * Lowest score (for a higher-is-better metric on a 0–1 scale) that earns this tier.
   * Omitted on the last, catch-all tier.
   */
  min?: number;
  /** Short symbol shown beside the label (e.g. "⭐"). */
  icon?: string;
  /** Name of a theme colour token, e.g. `--fm-color-tier-excellent`. */
  color?: string;
  /** What the tier means for a reader. */
  description?: string;
  /** Its label and description in other languages, by language tag (`zh-CN`). */
  translations?: Translations;
}

/** A feed's own text in another language: any of the object's text fields, each replacing the feed's words for readers of that language. */
export interface TranslatedText {
  name?: string;
  label?: string;
  description?: string;
  example?: string;
}

/** Translations by language tag (`zh-CN`, `de`): a reader gets its tag's, else its base language's. */
export type Translations = Record<string, TranslatedText>;

/** A closed or half-open interval; `null` means unbounded on that side. */
export interface MetricRange {
  min: number | null;
  max: number | null;
}

export interface MetricDefinition {
  /** Human-readable name, e.g. "Area under the ROC curve". */
  name: string;
  direction: Direction;
  range?: MetricRange;
  /** What the metric measures, in plain words. */
  description?: string;
  /** A worked example of reading a value. */
  example?: string;
  /** Decimals to show; when not given, as many as the scores' standard errors justify (4 without any). */
  decimals?: number;
  unit?: string;
  /** Its name, description and example in other languages, by language tag. */
  translations?: Translations;
  /**
   * The value is a share of items scored right (accuracy, exact match, pass@1) on its range: a
   * result's item count (`n_test`, else its dataset's `n_samples`) then gives a binomial standard
   * error where the result states none.
   */
  proportion?: boolean;
}

/**
 * A leaderboard inside the feed (HELM Lite, the Open LLM Leaderboard, HAL's GAIA): its own
 * benchmarks (those whose `suite` names it), who publishes it, and how its overall is computed.
 */
export interface Suite {
  id: string;
  name: string;
  description?: string;
  /** The leaderboard's page. */
  url?: string;
  /** Who publishes the leaderboard, e.g. "Princeton SAgE Team". */
  organisation?: string;
  /** `first_party` when a lab reports its own models, `third_party` for an independent evaluator. */
  evaluator_relationship?: string;
  /** A version or release of the leaderboard. */
  version?: string;
  /** How the suite's overall is computed; not given: the suite has no overall of its own. */
  overall?: SuiteOverall;
  /**
   * Its capability index as fitted when the feed was written (`import --index`), so that a reader
   * need not fit it again; in a sharded feed it is in the suite's shard. See `StoredIndex`.
   */
  capability_index?: StoredIndex;
  /** Its name and description in other languages, by language tag. */
  translations?: Translations;
}

/**
 * A suite's capability index, fitted by the CLI: each model given one, as `[model id, index, low,
 * high]` (its 95 % interval), over `resamples` bootstrap draws. It is used only while it fits the
 * data: every model with two benchmarks or more listed, no other.
 */
export interface StoredIndex {
  resamples: number;
  models: Array<[model: string, index: number, low: number, high: number]>;
}

/**
 * A suite's overall: one of its benchmarks that is the overall (HELM's "Mean win rate"), or the
 * mean of its benchmarks' scores, the mean of the ranks, or a Borda count over its benchmarks.
 */
export type SuiteOverall = ({ method: 'benchmark'; benchmark: string } | { method: 'mean' | 'mean-rank' | 'borda' }) & {
  /**
   * The coverage rule of a mean, mean rank or Borda count: the share of the suite's benchmarks a
   * model must have entered to be ranked (0.5 when not given); the others are listed apart.
   */
  min_share?: number;
};

/** Tier thresholds keyed by tier id, e.g. `{ "good": 0.85, "excellent": 0.9 }`. */
export type TierTargets = Record<string, number>;

export interface Benchmark {
  id: string;
  name: string;
  description?: string;
  /** e.g. "Genomics", "Brain imaging". Benchmarks without one are grouped under "Other". */
  modality?: string;
  /** e.g. "Classification". */
  task?: string;
  /** The metric that ranks. When absent, see `choosePrimaryMetric` for the fallback. */
  primary_metric?: string;
  /** Tie-breakers, in order. */
  secondary_metrics?: string[];
  /** Metrics shown as columns beside the ranking ones, which never rank or break ties (a run's cost). */
  shown_metrics?: string[];
  targets?: TierTargets;
  /** Dataset ids this benchmark uses. */
  datasets?: string[];
  /** The id of the suite it belongs to (at most one); its id is still unique in the whole feed. */
  suite?: string;
  /** The id of the benchmark this one is a part of (GAIA Level 1 of GAIA): a sub-score. */
  part_of?: string;
  /**
   * Fields every result of this benchmark has alike (`dataset`, `evaluator`, …), written once
   * here instead of in each result; a reader copies them into the results that do not say
   * otherwise (`expandResults`). Never a result's id, benchmark, model, metrics or source.
   */
  result_fields?: Record<string, unknown>;
  /** Its name and description in other languages, by language tag (`"zh-CN": { "name": "…" }`). */
  translations?: Translations;
}

export interface ModelLink {
  label: string;
  url: string;
}

export interface Model {
  id: string;
  name?: string;
  /** Other ids that name the same model; matching is case-insensitive. */
  aliases?: string[];
  /** e.g. "baseline" or "foundation". */
  type?: string;
  /** The size as its card writes it: "~10M", "111M / 650M", "1B / 7B / 40B". */
  params?: string;
  /** The parameter counts read from `params` (several for a family of sizes); none when unreadable. */
  parameters?: number[];
  /** The licence as its card writes it: "MIT", "Apache 2.0", "cc-by-nc-4.0" (see `licenceKind`). */
  license?: string;
  /** What the model takes in: "fMRI", "DNA_sequence", "text"… */
  modalities?: string[];
  arch?: string;
  version?: string;
  description?: string;
  links?: ModelLink[];
  /** The card's other fields, as the card has them (nothing a hub writes is dropped). */
  extra?: Record<string, unknown>;
  /** Cautions on every result of this model, each with its reason (see `Flag`). */
  flags?: Flag[];
  /**
   * When this entry is a model run in one configuration (an agent scaffold, a prompt setting, a
   * precision): the underlying model's id, and the configuration's label. Each configuration is
   * its own entry, ranked apart.
   */
  base_model?: string;
  configuration?: string;
}

export interface Dataset {
  id: string;
  name?: string;
  description?: string;
  n_samples?: number;
  url?: string;
}

/**
 * A metric value: a plain number, a number with its uncertainty, or `null` when the run could
 * not compute it (such a result is listed as excluded when this metric ranks).
 */
export type MetricValue = number | MetricEstimate | null;

export interface MetricEstimate {
  value: number;
  /** Standard error; the interval is value ± 1.96·se. */
  se?: number;
  /** Confidence interval [low, high]; takes precedence over `se`. */
  ci?: [number, number];
  /** Items the value is a mean over. */
  n?: number;
  /**
   * How `se` was found: `reported` by the evaluation tool (the default), `items` (the standard
   * error of the mean over per-item scores), `clustered` (the same, robust to items in groups),
   * `binomial` (from the item count of a proportion).
   */
  se_method?: 'reported' | 'items' | 'clustered' | 'binomial';
}

/**
 * The difference between this result and another on the same items (paired by item id), for one
 * metric: what an importer keeps from per-item scores (the items themselves stay out of the feed).
 */
export interface PairedRecord {
  /** The other result's id. */
  against: string;
  metric: string;
  /** Items both were scored on. */
  n: number;
  /** Mean over those items of this result's score minus the other's. */
  difference: number;
  /** Standard error of that mean. */
  se: number;
}

/** Sub-group tables: dimension → group → metric → number (`N` is the group size). */
export type StratifiedTable = Record<string, Record<string, Record<string, number>>>;

export interface ProbeSeries {
  mean: number[];
  std?: number[];
  /** Area under this curve, normalised (a robustness summary). */
  rAUC?: number;
}

/** A robustness probe: one curve per representation over a perturbation grid. */
export interface Probe {
  type?: string;
  unit?: string;
  grid: number[];
  series: Record<string, ProbeSeries>;
  /** Scalar figures of the probe, e.g. `{ "acc_delta_mean": -0.055 }`. */
  summary?: Record<string, number>;
}

export interface Result {
  /** The evaluation run's id. Unique in the feed. */
  id: string;
  benchmark: string;
  model: string;
  dataset?: string;
  /** ISO 8601 date or date-time. */
  date?: string;
  metrics: Record<string, MetricValue>;
  stratified?: StratifiedTable;
  probes?: Record<string, Probe>;
  /** The evaluation suite the run belonged to. */
  suite?: string;
  /** Training and test sample counts of the run. */
  n_train?: number;
  n_test?: number;
  /** The file this result came from. */
  source?: string;
  /** Paired differences with other results of its benchmark (its neighbours and the leader). */
  paired?: PairedRecord[];
  /** Cautions on this result (contaminated, not reproducible, preliminary), each with its reason. */
  flags?: Flag[];
  /**
   * Who ran it, as Every Eval Ever says: `third_party` (an independent evaluator), `first_party`
   * (the model's developer reports its own model), `collaborative` or `other`. The suite's when
   * not given (see `resultRelationship`).
   */
  evaluator_relationship?: string;
  /** Who published the number (an organisation, a leaderboard, a user). */
  reported_by?: string;
}

/**
 * A caution a reader should see beside a result or a model, marked ⚠ with its reason: `kind`
 * is `contaminated`, `not_reproducible`, `preliminary` or another word the feed uses.
 */
export interface Flag {
  kind: string;
  reason: string;
}

/**
 * The results of one run as written in a feed's or shard's `runs`. Each result's id is the
 * run's `id`, "/", its own; any other field the run gives (model, source, date…) is each
 * result's unless it gives its own. Benchmark, metrics, stratified and probes are each result's.
 */
export interface ResultRun {
  id?: string;
  results: Array<Partial<Result>>;
  [shared: string]: unknown;
}

export interface FeedWarning {
  message: string;
  source?: string;
  /**
   * A summary of many warnings of one kind: `message` and `source` are the first, `kind` the
   * message with its particulars ("…") left out, `count` how many there are in all and
   * `examples` a few more of their files (the full list is in the file `--all-warnings` wrote).
   */
  kind?: string;
  count?: number;
  examples?: string[];
}
