// npm run bench, "Which differences are real": pairedDifference (fm-leaderboard/core) on simulated
// evals where the truth is known. Items have a shared difficulty (normal, sd 2); a model of
// ability θ answers an item right with probability logistic(θ − difficulty). Measured over many
// simulated evals: how often equal models are called different at 5 % (the test's level), how
// often a real gap is found, how often the 95 % interval covers the true gap (its mean over the
// item population), and the paired interval's width against the unpaired one from two separate
// standard errors (meanStandardError).
import { meanStandardError, pairedDifference } from '../../dist/core/index.js';
import { seededRandom } from './random.mjs';
import { simulateEval, trueDifference } from './simulate.mjs';

function calibrate({ n, gap, spread = 2, runs = 2000, seed = 1 }) {
  const next = seededRandom(seed);
  const [a, b] = [0.5 + gap, 0.5];
  const target = gap === 0 ? 0 : trueDifference(a, b, spread);
  let rejected = 0;
  let rejectedApart = 0;
  let covered = 0;
  const ratios = [];
  for (let k = 0; k < runs; k++) {
    const [x, y] = simulateEval(next, n, a, b, spread);
    const d = pairedDifference(x, y);
    if (d.p < 0.05) rejected++;
    if (d.ci[0] <= target && target <= d.ci[1]) covered++;
    const apart = Math.hypot(meanStandardError(x).se, meanStandardError(y).se);
    if (Math.abs(d.difference) / apart > 1.959964) rejectedApart++;
    ratios.push(d.se / apart);
  }
  ratios.sort((p, q) => p - q);
  return { target, rate: rejected / runs, unpaired: rejectedApart / runs, coverage: covered / runs, ratio: ratios[Math.floor(runs / 2)], runs };
}

export function benchCalibration({ out }) {
  out();
  out('## Which differences are real: the paired test on simulated evals');
  out();
  out('`pairedDifference(a, b)` of `fm-leaderboard/core` on simulated evals where the truth is known (scripts/lib/bench-calibration.mjs): items of shared difficulty (normal, sd 2), a model of ability θ answering an item right with probability logistic(θ − difficulty); 2,000 evals per line, seeded. Called different: p < 0.05, paired, and for comparison from the two separate standard errors (unpaired). Covered: the 95 % interval holds the true gap (its mean over the item population). Width: the paired interval against the unpaired one from the two separate standard errors (median ratio).');
  out();
  out('| models | items | true gap | called different, paired | unpaired | 95 % interval covers the truth | paired ÷ unpaired width |');
  out('|---|---:|---:|---:|---:|---:|---:|');
  for (const [label, n, gap] of [
    ['equal (θ 0.5 and 0.5)', 100, 0],
    ['equal (θ 0.5 and 0.5)', 500, 0],
    ['equal (θ 0.5 and 0.5)', 2000, 0],
    ['apart (θ 0.7 and 0.5)', 500, 0.2],
    ['apart (θ 0.7 and 0.5)', 2000, 0.2],
    ['apart (θ 0.9 and 0.5)', 500, 0.4],
  ]) {
    const r = calibrate({ n, gap });
    const pct = (v) => `${(100 * v).toFixed(1)} %`;
    out(`| ${label} | ${n.toLocaleString('en')} | ${r.target.toFixed(4)} | ${pct(r.rate)} | ${pct(r.unpaired)} | ${pct(r.coverage)} | ${r.ratio.toFixed(2)} |`);
  }
  out();
  out('Targets: equal models called different at about the test\'s 5 %; a real gap found; the interval covering the truth about 95 % of the time; paired narrower than unpaired.');
}
