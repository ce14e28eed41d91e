// Prints one plain `N passed, N failed` line when the run ends: CI reads that line to know tests ran.
function count(suite, acc) {
  if (!suite) return acc;
  for (const t of suite.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of suite.suites ?? []) count(s, acc);
  return acc;
}

export function summaryReporter() {
  let last;
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      for (const s of sessions) {
        count(s.testResults, acc);
        // A file that failed to load or threw outside a test has no results: count it as one failure.
        if (!s.passed && (s.errors?.length ?? 0) > 0 && !s.testResults?.tests?.length && !s.testResults?.suites?.length) acc.failed++;
      }
      last = acc;
    },
    stop() {
      if (!last) return;
      const line = `${last.passed} passed, ${last.failed} failed` + (last.skipped ? `, ${last.skipped} skipped` : '');
      // Printed after the default reporter's own output so it stands alone on its line.
      process.stdout.write(`\n${line}\n`);
    },
  };
}
