import { main } from '../../dist/cli/main.js';

/** Runs the CLI in-process; returns its exit code and what it printed. */
export function cli(...args) {
  const out = [];
  const err = [];
  const code = main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
