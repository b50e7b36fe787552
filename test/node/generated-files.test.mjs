// Files that `npm run build` writes and the repository keeps must be committed as the build
// writes them: this runs after the build, so a stale committed copy shows up as a change.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';

/** Committed, and rewritten by every build (README, "Generated files"). */
const committedGeneratedFiles = [
  'docs/api.md',
  'docs/content-review.md',
  'src/generated/',
  'src/jsx/elements.ts',
  'src/react/index.ts',
];

test('the committed generated files are what the build writes (commit them after a build)', () => {
  const changed = execFileSync('git', ['status', '--porcelain', '--', ...committedGeneratedFiles], {
    encoding: 'utf8',
  });
  assert.equal(changed, '', `stale or missing in git:\n${changed}`);
});
