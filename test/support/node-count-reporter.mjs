// A node:test reporter that writes `{passed, failed, skipped}` as JSON to its destination.
export default async function* nodeCountReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    // Only leaf tests count; suites report as tests too, with details.type === 'suite'.
    if (event.type === 'test:pass' && event.data.details?.type !== 'suite') {
      if (event.data.skip || event.data.todo) totals.skipped++;
      else totals.passed++;
    }
    if (event.type === 'test:fail' && event.data.details?.type !== 'suite') totals.failed++;
  }
  yield JSON.stringify(totals);
}
