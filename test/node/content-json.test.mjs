// her2-widgets/content.json: the content module's data as plain JSON.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as content from '../../dist/esm/content/index.js';

const json = JSON.parse(readFileSync('dist/content.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('content.json holds every data export of the content module, equal to it', () => {
  const data = Object.fromEntries(Object.entries(content).filter(([, value]) => typeof value !== 'function'));
  assert.deepEqual(Object.keys(json.content).sort(), Object.keys(data).sort());
  assert.deepEqual(json.content, JSON.parse(JSON.stringify(data)));
});

test('content.json names the package version it came from', () => {
  assert.equal(json.package, pkg.name);
  assert.equal(json.version, pkg.version);
});

test("content.json keeps the provenance, the review and next review dates, and the drug facts' date", () => {
  assert.deepEqual(json.content.articleMeta.reviewed, { year: 2022, month: 5, seed: [3] });
  assert.equal(json.content.articleMeta.nextReview.year, 2025);
  assert.equal(json.content.articleMeta.nextReview.month, 5);
  assert.deepEqual(json.content.drugExamplesCompiled.compiled, { year: 2026, month: 11 });
  assert.ok(json.content.glossary.every((entry) => entry.seed.length > 0));
  assert.equal(json.content.sources.length, 14);
});

test('package.json exports it as her2-widgets/content.json', () => {
  assert.equal(pkg.exports['./content.json'], './dist/content.json');
});
