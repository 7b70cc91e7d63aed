// A capability index over sparse suites: one number per model from the benchmarks it ran, fitted
// with an item-response model in which each benchmark has its own difficulty and discrimination,
// so that a model is not rewarded for running only easy benchmarks (the mean of its scores is)
// nor compared with nothing (a mean rank over different benchmarks is). In the manner of Epoch
// AI's Capabilities Index: score[m][b] ≈ σ(a_b · (θ_m − d_b)), σ the logistic function, fitted by
// penalised maximum likelihood (scores as proportions), with bootstrap intervals over benchmarks.
// Deterministic for a given input: the fit starts from fixed values and the bootstrap is seeded.
import { gaussian, quantile, seeded } from './seeded.js';

export interface CapabilityOptions {
  /** Bootstrap resamples of the benchmarks for the intervals; 200 when not given (0: no intervals). */
  bootstrap?: number;
  /** Confidence level of the intervals; 0.95 when not given. */
  level?: number;
  /** Benchmarks a model must have run to get an index; 2 when not given (fewer: `null`). */
  minBenchmarks?: number;
  /** Seed of the bootstrap's pseudo-random resampling. */
  seed?: number;
}

export interface CapabilityIndex {
  /** One per model, in input order: its capability in logits (0 is the mean model); null below `minBenchmarks`. */
  index: Array<number | null>;
  /** Its interval at `level`; null without an index or without a bootstrap. */
  ci: Array<[number, number] | null>;
  /** Benchmarks each model ran. */
  coverage: number[];
  /** Each benchmark's fitted difficulty (the capability at which a model scores 0.5) and discrimination. */
  benchmarks: Array<{ difficulty: number; discrimination: number }>;
}

/** Scores are kept off 0 and 1, where the logit is infinite. */
const EDGE = 0.005;
/** Prior spreads (standard deviations) of capability, log-discrimination and difficulty. */
const PRIOR = { ability: 1.5, logSlope: 0.5, difficulty: 3 };
const ITERATIONS = 60;
/** Rounds of a bootstrap refit, which starts from the full fit and has little left to move. */
const WARM_ITERATIONS = 6;

/**
 * `scores[model][benchmark]`: a score in 0–1, higher better (normalise a metric by its range and
 * direction first), or null where the model did not run the benchmark. Returns each model's index
 * and interval; intervals widen as a model's coverage drops (fewer benchmarks to resample).
 * @throws RangeError when the rows are not all as long, or a score is outside 0–1.
 */
export function capabilityIndex(scores: ReadonlyArray<ReadonlyArray<number | null>>, options: CapabilityOptions = {}): CapabilityIndex {
  const steps = capabilitySteps(scores, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same fit one step at a time, for a page that must not block: it yields after the fit and
 * after each bootstrap resample (how many are done), and returns the index.
 */
export function* capabilitySteps(scores: ReadonlyArray<ReadonlyArray<number | null>>, options: CapabilityOptions = {}): Generator<number, CapabilityIndex> {
  const models = scores.length;
  const benchmarks = models > 0 ? scores[0].length : 0;
  scores.forEach((row, m) => {
    if (row.length !== benchmarks) throw new RangeError(`every model needs one entry per benchmark: model ${m} has ${row.length}, model 0 has ${benchmarks}`);
    row.forEach((s, b) => {
      if (s !== null && !(typeof s === 'number' && s >= 0 && s <= 1)) throw new RangeError(`scores[${m}][${b}] must be in 0–1 or null, not ${String(s)}`);
    });
  });
  const minimum = options.minBenchmarks ?? 2;
  const coverage = scores.map((row) => row.filter((s) => s !== null).length);
  const cells = observed(scores, benchmarks);
  const fit = fitModel(cells, models, benchmarks, null);
  yield 0;
  const index: Array<number | null> = Array.from(fit.ability, (a, m) => (coverage[m] >= minimum ? a : null));
  const replicates = options.bootstrap ?? 200;
  const ci: Array<[number, number] | null> = index.map(() => null);
  if (replicates > 0 && benchmarks > 1) {
    const draws = yield* bootstrap(cells, models, benchmarks, fit, replicates, options.seed ?? 1);
    const alpha = (1 - (options.level ?? 0.95)) / 2;
    draws.forEach((list, m) => {
      if (index[m] === null || list.length < 10) return;
      list.sort((x, y) => x - y);
      ci[m] = [quantile(list, alpha), quantile(list, 1 - alpha)];
    });
  }
  return {
    index,
    ci,
    coverage,
    benchmarks: Array.from(fit.difficulty, (d, b) => ({ difficulty: d, discrimination: Math.exp(fit.logSlope[b]) })),
  };
}

interface Cell {
  model: number;
  benchmark: number;
  score: number;
  /** How many times the cell counts (a benchmark drawn twice in a resample counts twice). */
  weight: number;
}

function observed(scores: ReadonlyArray<ReadonlyArray<number | null>>, benchmarks: number): Cell[] {
  const cells: Cell[] = [];
  scores.forEach((row, model) => {
    for (let benchmark = 0; benchmark < benchmarks; benchmark++) {
      const s = row[benchmark];
      if (s !== null) cells.push({ model, benchmark, score: Math.min(1 - EDGE, Math.max(EDGE, s)), weight: 1 });
    }
  });
  return cells;
}

interface Fit {
  ability: Float64Array;
  difficulty: Float64Array;
  logSlope: Float64Array;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Penalised maximum likelihood by alternating one-dimensional Newton steps: each model's
 * capability, then each benchmark's difficulty and log-discrimination, with normal priors that
 * keep a model or benchmark with few scores near the middle. Capabilities are centred (mean 0)
 * after each round, which fixes where the scale sits.
 */
function fitModel(cells: readonly Cell[], models: number, benchmarks: number, start: Fit | null): Fit {
  const ability = start ? start.ability.slice() : new Float64Array(models);
  const difficulty = start ? start.difficulty.slice() : new Float64Array(benchmarks);
  const logSlope = start ? start.logSlope.slice() : new Float64Array(benchmarks);
  const byModel = group(cells, models, (c) => c.model);
  const byBenchmark = group(cells, benchmarks, (c) => c.benchmark);
  const rounds = start ? WARM_ITERATIONS : ITERATIONS;
  for (let round = 0; round < rounds; round++) {
    for (let m = 0; m < models; m++) {
      // d/dθ of Σ w·[s log p + (1−s) log(1−p)] − θ²/2σ²: Σ w·a(s − p) − θ/σ².
      let gradient = -ability[m] / PRIOR.ability ** 2;
      let curvature = 1 / PRIOR.ability ** 2;
      for (const c of byModel[m]) {
        const a = Math.exp(logSlope[c.benchmark]);
        const p = sigmoid(a * (ability[m] - difficulty[c.benchmark]));
        gradient += c.weight * a * (c.score - p);
        curvature += c.weight * a * a * p * (1 - p);
      }
      ability[m] += clamp(gradient / curvature);
    }
    let mean = 0;
    let counted = 0;
    for (let m = 0; m < models; m++) if (byModel[m].length > 0) (mean += ability[m]), counted++;
    if (counted > 0) for (let m = 0; m < models; m++) ability[m] -= mean / counted;
    for (let b = 0; b < benchmarks; b++) {
      const a = Math.exp(logSlope[b]);
      // Difficulty: d/dd of the log-likelihood is Σ w·(−a)(s − p).
      let gradient = -difficulty[b] / PRIOR.difficulty ** 2;
      let curvature = 1 / PRIOR.difficulty ** 2;
      for (const c of byBenchmark[b]) {
        const p = sigmoid(a * (ability[c.model] - difficulty[b]));
        gradient -= c.weight * a * (c.score - p);
        curvature += c.weight * a * a * p * (1 - p);
      }
      difficulty[b] += clamp(gradient / curvature);
      // Log-discrimination λ (a = e^λ): d/dλ is Σ w·(s − p)·a(θ − d).
      gradient = -logSlope[b] / PRIOR.logSlope ** 2;
      curvature = 1 / PRIOR.logSlope ** 2;
      for (const c of byBenchmark[b]) {
        const x = a * (ability[c.model] - difficulty[b]);
        const p = sigmoid(x);
        gradient += c.weight * (c.score - p) * x;
        curvature += c.weight * x * x * p * (1 - p);
      }
      logSlope[b] += clamp(gradient / curvature);
    }
  }
  return { ability, difficulty, logSlope };
}

/** A Newton step, kept to one unit so that a flat start cannot overshoot. */
const clamp = (step: number) => Math.max(-1, Math.min(1, step));

function group(cells: readonly Cell[], size: number, key: (c: Cell) => number): Cell[][] {
  const out: Cell[][] = Array.from({ length: size }, () => []);
  for (const c of cells) out[key(c)].push(c);
  return out;
}

/**
 * Refits on benchmarks drawn with replacement (warm-started from the full fit): each model's
 * capability in every resample in which it has a benchmark, aligned to the full fit's scale by
 * the mean capability of the models the resample holds, plus the noise of its own scores: the
 * fit's residual variance in logits over the information its benchmarks give (Σ a²), drawn
 * afresh in each resample. Fewer benchmarks, both wider.
 */
function* bootstrap(cells: readonly Cell[], models: number, benchmarks: number, full: Fit, replicates: number, seed: number): Generator<number, number[][]> {
  const random = seeded(seed);
  const draws: number[][] = Array.from({ length: models }, () => []);
  const byBenchmark = group(cells, benchmarks, (c) => c.benchmark);
  const residual = residualVariance(cells, full);
  for (let r = 0; r < replicates; r++) {
    const times = new Int32Array(benchmarks);
    for (let k = 0; k < benchmarks; k++) times[Math.floor(random() * benchmarks)]++;
    const resampled: Cell[] = [];
    for (let b = 0; b < benchmarks; b++) if (times[b] > 0) for (const c of byBenchmark[b]) resampled.push({ ...c, weight: times[b] });
    const fit = fitModel(resampled, models, benchmarks, full);
    const present = new Uint8Array(models);
    for (const c of resampled) present[c.model] = 1;
    let shift = 0;
    let counted = 0;
    for (let m = 0; m < models; m++) if (present[m]) (shift += full.ability[m] - fit.ability[m]), counted++;
    shift = counted > 0 ? shift / counted : 0;
    const information = new Float64Array(models);
    for (const c of resampled) information[c.model] += c.weight * Math.exp(2 * fit.logSlope[c.benchmark]);
    for (let m = 0; m < models; m++) if (present[m]) draws[m].push(fit.ability[m] + shift + gaussian(random) * Math.sqrt(residual / information[m]));
    yield r + 1;
  }
  return draws;
}

/** The mean squared residual of the fit on the logit scale: how far scores stray from the model. */
function residualVariance(cells: readonly Cell[], fit: Fit): number {
  let sum = 0;
  for (const c of cells) {
    const predicted = Math.exp(fit.logSlope[c.benchmark]) * (fit.ability[c.model] - fit.difficulty[c.benchmark]);
    sum += (Math.log(c.score / (1 - c.score)) - predicted) ** 2;
  }
  return cells.length > 0 ? sum / cells.length : 0;
}
