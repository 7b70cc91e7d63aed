// Long work as a generator of steps, run a slice of main-thread time at a time, so that the page
// never blocks: the capability index's fit, a large suite's overall intervals.

/** Main-thread time a slice of work takes before the page gets it back. */
const SLICE_MS = 12;

/** Runs `steps` for one slice: its result if it finished, else the last step it yielded. */
export function runSlice<Step, Result>(steps: Iterator<Step, Result>): IteratorResult<Step, Result> {
  const until = performance.now() + SLICE_MS;
  for (;;) {
    const step = steps.next();
    if (step.done || performance.now() >= until) return step;
  }
}
