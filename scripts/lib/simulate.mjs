// Simulated evals where the truth is known, shared by the tests and `npm run bench`: items of
// shared difficulty answered by models of known ability (the paired test's calibration), and
// sparse suites in which models ran some of the benchmarks (the capability index).
import { seededRandom } from './random.mjs';

export const logistic = (x) => 1 / (1 + Math.exp(-x));

/** A standard normal draw from `random` (Box–Muller). */
export const gaussian = (random) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

/**
 * One eval of `n` items of shared difficulty (normal, sd `spread`): two models of abilities `a`
 * and `b` answer each item right with probability logistic(ability − difficulty).
 */
export function simulateEval(random, n, a, b, spread = 2) {
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const difficulty = spread * gaussian(random);
    x[i] = random() < logistic(a - difficulty) ? 1 : 0;
    y[i] = random() < logistic(b - difficulty) ? 1 : 0;
  }
  return [x, y];
}

/** The true mean difference of two abilities over the item population (a large Monte Carlo mean). */
export function trueDifference(a, b, spread = 2, draws = 1_000_000) {
  const random = seededRandom(991);
  let sum = 0;
  for (let i = 0; i < draws; i++) {
    const difficulty = spread * gaussian(random);
    sum += logistic(a - difficulty) - logistic(b - difficulty);
  }
  return sum / draws;
}

/**
 * A sparse suite: 80 models of ability θ ~ N(0, 1) on 8 benchmarks of rising difficulty (−2.5 to
 * 2.5, discrimination 0.7–1.5); every 8th model ran all 8, the others 3, weaker models the easier
 * ones; a score is σ(a·(θ − d)) plus noise (sd 0.03), clipped to 0–1.
 */
export function sparseSuite(seed) {
  const random = seededRandom(seed);
  const difficulty = Array.from({ length: 8 }, (_, b) => -2.5 + (5 * b) / 7);
  const slope = difficulty.map(() => 0.7 + 0.8 * random());
  const theta = Array.from({ length: 80 }, () => gaussian(random));
  const scores = theta.map((t, m) => {
    const centre = Math.max(0, Math.min(5, Math.round(((t + 2) / 4) * 5 + (random() - 0.5) * 2)));
    const ran = new Set(m % 8 === 0 ? [0, 1, 2, 3, 4, 5, 6, 7] : [centre, centre + 1, centre + 2]);
    return difficulty.map((d, b) => (ran.has(b) ? Math.min(1, Math.max(0, logistic(slope[b] * (t - d)) + 0.03 * gaussian(random))) : null));
  });
  return { theta, scores };
}

/** Spearman's rank correlation (ties broken by position). */
export function spearman(a, b) {
  const ranks = (xs) => {
    const r = new Array(xs.length);
    xs.map((x, i) => [x, i]).sort((p, q) => p[0] - q[0]).forEach(([, i], k) => (r[i] = k));
    return r;
  };
  const [ra, rb] = [ranks(a), ranks(b)];
  const mid = (a.length - 1) / 2;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < a.length; i++) {
    num += (ra[i] - mid) * (rb[i] - mid);
    da += (ra[i] - mid) ** 2;
    db += (rb[i] - mid) ** 2;
  }
  return num / Math.sqrt(da * db);
}
