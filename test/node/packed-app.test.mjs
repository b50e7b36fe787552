// The package as an app gets it: `npm pack`, installed into a fresh TypeScript app that imports
// one define entry per file, as the README shows. Each file type-checks on its own (the entry
// alone must bring its element's types) and the app bundles.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const tags = readdirSync('src/define')
  .filter((name) => name !== 'all.ts' && name.endsWith('.ts'))
  .map((name) => name.slice(0, -'.ts'.length));
const app = mkdtempSync(join(tmpdir(), 'her2-app-'));

function run(command, args, cwd = app) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** Uses the element's own property, and fails to compile if the tag were a plain HTMLElement or `any`. */
const usage = (tag) => `import 'her2-widgets/define/${tag}.js';

const element = document.createElement('${tag}');
element.theme = 'dark';
// @ts-expect-error an element's type knows its properties
element.notAProperty = true;
document.body.append(element);
`;

before(() => {
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', app], '.'));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(app, filename)]);
  mkdirSync(join(app, 'src'));
  for (const tag of tags) writeFileSync(join(app, 'src', `${tag}.ts`), usage(tag));
  writeFileSync(join(app, 'src', 'card.ts'), `${usage('her2-therapy-card')}element.type = 'adc';\n`);
});

/** A bundler app's settings; one file at a time, so only that file's imports bring types. */
const typeCheck = (file) =>
  run(process.execPath, [
    tsc,
    '--strict',
    '--target',
    'ES2022',
    '--module',
    'ESNext',
    '--moduleResolution',
    'bundler',
    '--noEmit',
    file,
  ]);

after(() => rmSync(app, { recursive: true, force: true }));

test('the README example type-checks: the card entry types createElement("her2-therapy-card").type', () => {
  typeCheck('src/card.ts');
});

test('every define entry brings its element type on its own', () => {
  for (const tag of tags) typeCheck(`src/${tag}.ts`);
});

test('the app bundles, with the element registered', async () => {
  const result = await build({ entryPoints: [join(app, 'src/card.ts')], bundle: true, write: false, format: 'esm' });
  const bundle = result.outputFiles[0].text;
  assert.match(bundle, /customElements\.define\(/);
  assert.match(bundle, /trastuzumab deruxtecan/i);
});
