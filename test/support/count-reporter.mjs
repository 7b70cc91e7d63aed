// A @web/test-runner reporter that counts passed and failed tests over every file and prints
// `N passed, N failed` as the run's last line (from process exit, so no cursor codes share it).
// With `outFile`, it writes the counts as JSON instead, for scripts/test.mjs to add up.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countReporter({ outFile } = {}) {
  const totals = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.fileErrors++;
      }
    },
    stop() {
      const failed = totals.failed + totals.fileErrors;
      if (outFile) {
        writeFileSync(outFile, JSON.stringify({ ...totals, failed }));
        return;
      }
      process.once('exit', () => console.log(`${totals.passed} passed, ${failed} failed`));
    },
  };
}
