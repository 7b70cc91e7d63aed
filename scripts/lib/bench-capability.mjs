// npm run bench, "A capability index over sparse suites": capabilityIndex (fm-leaderboard/core) on
// simulated suites where the truth is known. 80 models of ability θ ~ N(0, 1) on 8 benchmarks of
// rising difficulty (d from −2.5 to 2.5, discrimination 0.7–1.5); every 8th model ran all 8, the
// others 3, weaker models the easier ones; a score is σ(a·(θ − d)) plus noise (sd 0.03). Measured:
// rank correlation with the truth of the index and of the mean of each model's scores, interval
// widths by coverage, and the fit's time with 200 bootstrap resamples.
import { capabilityIndex } from '../../dist/core/index.js';
import { seededRandom } from './random.mjs';

function sparseSuite(seed) {
  const random = seededRandom(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const difficulty = Array.from({ length: 8 }, (_, b) => -2.5 + (5 * b) / 7);
  const slope = difficulty.map(() => 0.7 + 0.8 * random());
  const theta = Array.from({ length: 80 }, () => gaussian());
  const scores = theta.map((t, m) => {
    const centre = Math.max(0, Math.min(5, Math.round(((t + 2) / 4) * 5 + (random() - 0.5) * 2)));
    const ran = new Set(m % 8 === 0 ? [0, 1, 2, 3, 4, 5, 6, 7] : [centre, centre + 1, centre + 2]);
    return difficulty.map((d, b) => (ran.has(b) ? Math.min(1, Math.max(0, 1 / (1 + Math.exp(-slope[b] * (t - d))) + 0.03 * gaussian())) : null));
  });
  return { theta, scores };
}

function spearman(a, b) {
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

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function benchCapability({ out }) {
  out();
  out('## A capability index over sparse suites (issue 31)');
  out();
  out('`capabilityIndex(scores)` of `fm-leaderboard/core` on simulated sparse suites where the truth is known (scripts/lib/bench-capability.mjs): 80 models of ability θ ~ N(0, 1) on 8 benchmarks of rising difficulty; every 8th model ran all 8, the others 3, weaker models the easier ones; a score is σ(a·(θ − d)) plus noise. Rank correlation (Spearman) with the true θ of the index and of the mean of each model\'s available scores; the 95 % intervals\' median width (logits) for models that ran all 8 and for those that ran 3; the fit\'s time with 200 bootstrap resamples.');
  out();
  out('| suite (seed) | Spearman: index | Spearman: mean of scores | width, 8 benchmarks | width, 3 benchmarks | fit |');
  out('|---|---:|---:|---:|---:|---:|');
  for (const seed of [1, 2, 3, 4, 5]) {
    const { theta, scores } = sparseSuite(seed);
    const started = performance.now();
    const fit = capabilityIndex(scores, { bootstrap: 200 });
    const ms = performance.now() - started;
    const mean = scores.map((row) => {
      const ran = row.filter((s) => s !== null);
      return ran.reduce((a, b) => a + b, 0) / ran.length;
    });
    const width = (n) => median(fit.coverage.flatMap((c, m) => (c === n ? [fit.ci[m][1] - fit.ci[m][0]] : [])));
    out(`| ${seed} | ${spearman(fit.index, theta).toFixed(3)} | ${spearman(mean, theta).toFixed(3)} | ${width(8).toFixed(2)} | ${width(3).toFixed(2)} | ${Math.round(ms)} ms |`);
  }
  out();
  out('Targets (issue 31): the index orders models by true ability clearly better than the mean of their available scores; its intervals are wider for models with fewer benchmarks.');
}
