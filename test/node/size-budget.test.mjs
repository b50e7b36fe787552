import assert from 'node:assert/strict';
import { test } from 'node:test';
import { picturesSize } from '../../scripts/bench/pictures-size.mjs';
import { sizeFloors } from '../../scripts/bench/size-floors.mjs';
import { ceilings, distSizes, picturesBudget, sharedBaseCeiling } from '../../scripts/bench/sizes.mjs';

const sizes = distSizes();

test('every built entry has a size ceiling', () => {
  assert.deepEqual(sizes.map((size) => size.file).sort(), Object.keys(ceilings).sort());
});

for (const size of sizes) {
  test(`${size.file} stays within ${ceilings[size.file]} bytes gzip`, () => {
    assert.ok(size.gzip <= ceilings[size.file], `${size.file} is ${size.gzip} bytes gzip`);
  });
}

test(`all pictures together add at most ${picturesBudget} bytes gzip to the library`, async () => {
  const { added } = await picturesSize();
  assert.ok(added.gzip > 0, 'the pictures were not found in the bundle');
  assert.ok(added.gzip <= picturesBudget, `the pictures add ${added.gzip} bytes gzip`);
});

test(`the shared base stays within ${sharedBaseCeiling} bytes gzip, and every entry weighs more`, async () => {
  const { lit, base } = await sizeFloors();
  assert.ok(lit.gzip < base.gzip, 'the shared base floor is not built on Lit');
  assert.ok(base.gzip <= sharedBaseCeiling, `a minimal widget on the shared base is ${base.gzip} bytes gzip`);
  for (const size of sizes) assert.ok(size.gzip > base.gzip, `${size.file} weighs less than the shared base`);
});
