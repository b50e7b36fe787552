// `npm test`: installs the browsers it lacks, lints, builds, runs the node-side tests and the
// browser suite, and ends with one line: `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Missing browsers stop the run before anything is built, with the command that installs them.
if (spawnSync(process.execPath, ['scripts/install-browsers.mjs'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const dir = mkdtempSync(join(tmpdir(), 'her2-tests-'));

function runNodeTests() {
  const files = readdirSync('test/node')
    .filter((name) => name.endsWith('.test.mjs'))
    .map((name) => join('test/node', name));
  const tap = join(dir, 'node.tap');
  const run = spawnSync(
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    { stdio: 'inherit' },
  );
  const summary = readFileSync(tap, 'utf8');
  const count = (name) => Number(summary.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  const failed = count('fail') + (run.status !== 0 && count('fail') === 0 ? 1 : 0);
  return { passed: count('pass'), failed, skipped: count('skipped') };
}

function runBrowserTests() {
  const summaryFile = join(dir, 'browser.json');
  const run = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TEST_SUMMARY_FILE: summaryFile },
  });
  try {
    const counts = JSON.parse(readFileSync(summaryFile, 'utf8'));
    return { ...counts, failed: counts.failed + (run.status !== 0 && counts.failed === 0 ? 1 : 0) };
  } catch {
    return { passed: 0, failed: 1, skipped: 0 }; // the runner ended before it could report
  }
}

/** A step that passes or fails as a whole (lint, build) counts as one check. */
function runStep(script) {
  if (spawnSync('npm', ['run', script], { stdio: 'inherit' }).status === 0) return { passed: 1, failed: 0, skipped: 0 };
  console.error(`✖ npm run ${script} failed`);
  return { passed: 0, failed: 1, skipped: 0 };
}

const results = [runStep('lint')];
const build = runStep('build');
results.push(build);
if (build.failed === 0) results.push(runNodeTests(), runBrowserTests());
rmSync(dir, { recursive: true, force: true });

const total = (key) => results.reduce((sum, result) => sum + result[key], 0);
const skipped = total('skipped') ? `, ${total('skipped')} skipped` : '';
console.log(`\ntests: ${total('passed')} passed, ${total('failed')} failed${skipped}`);
process.exit(total('failed') > 0 ? 1 : 0);
