// Type-level tests: test/types/*.tsx compile against the built package as an app imports it,
// and every `@ts-expect-error` in them meets its error (e.g. <her2-therapy-card type="xyz">).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { test } from 'node:test';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

for (const framework of ['react', 'preact']) {
  test(`JSX typings and wrappers type-check in a ${framework} app`, () => {
    const run = spawnSync(process.execPath, [tsc, '-p', `test/types/tsconfig.${framework}.json`], { encoding: 'utf8' });
    assert.equal(`${run.stdout}${run.stderr}`, '');
    assert.equal(run.status, 0);
  });
}
