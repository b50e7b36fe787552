// The size ceilings of scripts/bench/sizes.mjs, on the build in dist/: every page an element
// makes, the three-kinds page, the bundle and the autoloader; the pictures and the shared base.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { picturesSize } from '../../scripts/bench/pictures-size.mjs';
import { sizeFloors } from '../../scripts/bench/size-floors.mjs';
import { ceilings, distSizes, goals, picturesBudget, sharedBaseCeiling } from '../../scripts/bench/sizes.mjs';

const sizes = distSizes();

test('every element entry has a page ceiling', () => {
  const entries = readdirSync('dist/define').filter((name) => name.endsWith('.js'));
  assert.deepEqual(entries.map((name) => name.replace(/\.js$/, '')).sort(), Object.keys(ceilings.pages).sort());
});

for (const page of sizes.pages) {
  const [tag] = page.tags;
  test(`a page with <${tag}> loads at most ${ceilings.pages[tag]} bytes gzip`, () => {
    assert.ok(page.gzip <= ceilings.pages[tag], `${page.files.join(', ')}: ${page.gzip} bytes gzip`);
    assert.ok(
      page.files.some((file) => /^chunks\/shared-[\w-]+\.js$/.test(file)),
      'it loads the shared chunk',
    );
  });
}

test(`a page with three kinds of element loads at most ${ceilings.threeKindsRatio}× the largest of them alone`, () => {
  assert.ok(sizes.threeKinds.ratio <= ceilings.threeKindsRatio, `${sizes.threeKinds.ratio.toFixed(3)}×`);
  const loadedTwice = sizes.threeKinds.files.length !== new Set(sizes.threeKinds.files).size;
  assert.ok(!loadedTwice, 'no file is loaded twice');
});

test(`dist/her2-widgets.js stays within ${ceilings.bundle} bytes gzip`, () => {
  assert.ok(sizes.bundle.gzip <= ceilings.bundle, `${sizes.bundle.gzip} bytes gzip`);
});

test(`dist/autoloader.js stays within ${goals.autoloader} bytes gzip`, () => {
  assert.ok(sizes.autoloader.gzip <= ceilings.autoloader, `${sizes.autoloader.gzip} bytes gzip`);
});

test(`all pictures together add at most ${picturesBudget} bytes gzip to the library`, async () => {
  const { added } = await picturesSize();
  assert.ok(added.gzip > 0, 'the pictures were not found in the bundle');
  assert.ok(added.gzip <= picturesBudget, `the pictures add ${added.gzip} bytes gzip`);
});

test(`the shared base stays within ${sharedBaseCeiling} bytes gzip, and every page weighs more`, async () => {
  const { lit, base } = await sizeFloors();
  assert.ok(lit.gzip < base.gzip, 'the shared base floor is not built on Lit');
  assert.ok(base.gzip <= sharedBaseCeiling, `a minimal widget on the shared base is ${base.gzip} bytes gzip`);
  for (const page of sizes.pages)
    assert.ok(page.gzip > base.gzip, `<${page.tags[0]}>'s page weighs less than the base`);
});
