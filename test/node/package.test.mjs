// What `npm pack` ships, publint and arethetypeswrong on it, and the bundle's SRI hash.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const npm = (...args) => spawnSync('npm', args, { encoding: 'utf8' });
const npx = (...args) => spawnSync('npx', ['--no-install', ...args], { encoding: 'utf8' });

describe('npm pack', () => {
  const pack = npm('pack', '--dry-run', '--json', '--ignore-scripts');
  const files = new Set(JSON.parse(pack.stdout)[0].files.map((file) => file.path));

  test('ships the bundles, the modules with their types, the manifest, content and README', () => {
    for (const file of [
      'package.json',
      'README.md',
      'custom-elements.json',
      'dist/her2-widgets.js',
      'dist/her2-widgets.js.sri',
      'dist/content.json',
      'dist/reserve.css',
      'dist/define/her2-therapy-card.js',
      'dist/esm/index.js',
      'dist/esm/index.d.ts',
      'dist/esm/ssr/cli.js',
    ]) {
      assert.ok(files.has(file), file);
    }
  });

  test('ships every file that package.json points to', () => {
    const targets = [pkg.main, pkg.types, ...Object.values(pkg.bin)];
    for (const value of Object.values(pkg.exports)) {
      targets.push(...(typeof value === 'string' ? [value] : Object.values(value)));
    }
    for (const target of targets.filter((path) => !path.includes('*'))) {
      assert.ok(files.has(target.replace(/^\.\//, '')), target);
    }
  });

  test('ships no sources, tests or maps into missing sources', () => {
    for (const file of files) {
      assert.ok(!/^(src|test|scripts|demo|docs|node_modules)\//.test(file), file);
      assert.ok(!/\.test\./.test(file), file);
      assert.ok(!/^dist\/esm\/.*\.map$/.test(file), file);
    }
  });
});

test('publint finds nothing, warnings included', () => {
  const run = npx('publint', '--strict');
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /All good!/);
});

test('arethetypeswrong finds no problem for ESM consumers', () => {
  // A stylesheet has no types to resolve.
  const run = npx(
    'attw',
    '--pack',
    '.',
    '--profile',
    'esm-only',
    '--format',
    'json',
    '--exclude-entrypoints',
    './reserve.css',
  );
  const report = JSON.parse(run.stdout);
  const problems = (report.analysis?.problems ?? []).filter(
    (problem) => !['node10', 'node16-cjs'].includes(problem.resolutionKind),
  );
  assert.deepEqual(problems, []);
  assert.equal(run.status, 0);
});

test('dist/her2-widgets.js.sri is the sha384 of the bundle, as the README computes it', () => {
  const written = readFileSync('dist/her2-widgets.js.sri', 'utf8').trim();
  const openssl = spawnSync('sh', ['-c', 'openssl dgst -sha384 -binary dist/her2-widgets.js | openssl base64 -A'], {
    encoding: 'utf8',
  });
  assert.equal(written, `sha384-${openssl.stdout}`);
});

test('README shows the integrity attribute and the command that prints the hash', () => {
  const readme = readFileSync('README.md', 'utf8');
  assert.match(
    readme,
    /<script type="module" src="[^"]+her2-widgets\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>/,
  );
  assert.ok(readme.includes('dist/her2-widgets.js.sri'));
});
