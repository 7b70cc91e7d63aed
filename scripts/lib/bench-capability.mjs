// npm run bench, "A capability index over sparse suites": capabilityIndex (fm-leaderboard/core) on
// simulated suites where the truth is known. 80 models of ability θ ~ N(0, 1) on 8 benchmarks of
// rising difficulty (d from −2.5 to 2.5, discrimination 0.7–1.5); every 8th model ran all 8, the
// others 3, weaker models the easier ones; a score is σ(a·(θ − d)) plus noise (sd 0.03). Measured:
// rank correlation with the truth of the index and of the mean of each model's scores, interval
// widths by coverage, and the fit's time with 200 bootstrap resamples.
import { capabilityIndex } from '../../dist/core/index.js';
import { sparseSuite, spearman } from './simulate.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function benchCapability({ out }) {
  out();
  out('## A capability index over sparse suites');
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
  out('Targets: the index orders models by true ability clearly better than the mean of their available scores; its intervals are wider for models with fewer benchmarks.');
}
