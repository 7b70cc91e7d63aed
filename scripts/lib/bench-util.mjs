// What the Node benchmarks share: `--name value` arguments, medians, timing one call.
import { performance } from 'node:perf_hooks';

/** The value after `--name` on the command line, or `fallback`. */
export function arg(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Milliseconds one call of `fn` takes. */
export function time(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}
