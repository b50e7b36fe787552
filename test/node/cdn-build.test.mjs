// The code-split CDN build in dist/ (`npm run build` first): reproducible, each element's entry
// over one content-hashed shared chunk, the composites' registry code loaded by them alone, every
// module listed with the hash of its bytes, the autoloader knowing every entry, and no file
// carrying the review packet's light-edit records.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { rollup } from 'rollup';
import { splitBuild } from '../../rollup.config.mjs';
import { composites, sourcesOf } from '../../scripts/bench/sizes.mjs';
import { autoloadedTags } from '../../dist/esm/autoloaded-tags.js';
import { modulesOf } from '../../dist/esm/cdn/pinned-snippet.js';
import * as content from '../../dist/esm/content/index.js';
import { lightEdits } from '../support/light-edits.mjs';

const table = JSON.parse(readFileSync('dist/modules.json', 'utf8'));
const entries = readdirSync('dist/define').filter((name) => name.endsWith('.js'));

test('the same source gives the same bytes: a second build writes what the first did', async () => {
  const { output: outputOptions, ...inputOptions } = splitBuild;
  const build = await rollup(inputOptions);
  const { output } = await build.generate(outputOptions);
  await build.close();
  const files = output.filter((file) => file.type === 'chunk');
  assert.equal(files.length, entries.length + readdirSync('dist/chunks').filter((n) => n.endsWith('.js')).length);
  for (const file of files) assert.equal(file.code, readFileSync(join('dist', file.fileName), 'utf8'), file.fileName);
});

test('every entry imports the one shared chunk, whose name carries a hash of its content', () => {
  const shared = readdirSync('dist/chunks').filter((name) => /^shared-[\w-]{8,}\.js$/.test(name));
  assert.equal(shared.length, 1);
  for (const entry of entries) assert.ok(table[`define/${entry}`].imports.includes(`chunks/${shared[0]}`), entry);
});

test('only the composites load the scoped-registry code, which only they run', () => {
  for (const entry of entries) {
    const sources = modulesOf(table, [`define/${entry}`], false).flatMap((file) => sourcesOf(join('dist', file)));
    const tag = entry.replace(/\.js$/, '');
    assert.equal(
      sources.some((source) => source.endsWith('/shared/scoped-registry.js')),
      composites.includes(tag),
      tag,
    );
  }
});

test('dist/modules.json lists every module a page can load, each with the hash of its bytes', () => {
  const onDisk = ['.', 'define', 'chunks', 'locales'].flatMap((folder) =>
    readdirSync(join('dist', folder))
      .filter((name) => name.endsWith('.js'))
      .map((name) => (folder === '.' ? name : `${folder}/${name}`)),
  );
  assert.deepEqual(Object.keys(table).sort(), onDisk.sort());
  for (const [path, { integrity }] of Object.entries(table)) {
    const hash = `sha384-${createHash('sha384')
      .update(readFileSync(join('dist', path)))
      .digest('base64')}`;
    assert.equal(integrity, hash, path);
  }
  const map = JSON.parse(readFileSync('dist/importmap.json', 'utf8'));
  assert.equal(Object.keys(map.integrity).length, onDisk.length, 'the import map pins every module');
});

test('the autoloader knows every element entry', () => {
  assert.deepEqual([...autoloadedTags].sort(), entries.map((name) => name.replace(/\.js$/, '')).sort());
});

test('the browser files leave out the light-edit records, which only the review packet shows', () => {
  const code = Object.keys(table)
    .map((path) => readFileSync(join('dist', path), 'utf8'))
    .join('\n');
  // Strings as written, whichever quote the minifier chose and escaped inside them.
  const strings = code.replace(/\\(["'`])/g, '$1');
  const edits = lightEdits(content);
  assert.ok(edits.length > 0);
  for (const { text, edit } of edits) assert.ok(!strings.includes(edit.change), `the record of the edit of: ${text}`);
});
