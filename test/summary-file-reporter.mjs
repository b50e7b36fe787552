import { writeFileSync } from 'node:fs';

/** Counts tests over every browser and file, for scripts/test.mjs to print as the closing line. */
function countTests(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countTests(child, counts);
  return counts;
}

export function summaryFileReporter(path) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const results = session.testResults;
        if (results) countTests(results, counts);
        // A file that failed to load, or threw outside a test, has no test of its own to count.
        if (!session.passed && !results?.tests.length && !results?.suites.length) counts.failed += 1;
      }
      if (path) writeFileSync(path, JSON.stringify(counts));
    },
  };
}
