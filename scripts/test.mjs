// Runs the browser test suite and ends with one line: `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'her2-tests-'));
const summaryFile = join(dir, 'summary.json');
const run = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TEST_SUMMARY_FILE: summaryFile },
});

let counts = { passed: 0, failed: 0, skipped: 0 };
try {
  counts = JSON.parse(readFileSync(summaryFile, 'utf8'));
} catch {
  counts.failed += 1; // the runner ended before it could report
}
rmSync(dir, { recursive: true, force: true });

const failed = counts.failed + (run.status !== 0 && counts.failed === 0 ? 1 : 0);
const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
console.log(`\ntests: ${counts.passed} passed, ${failed} failed${skipped}`);
process.exit(failed > 0 ? 1 : 0);
