import assert from 'node:assert/strict';
import { test } from 'node:test';
import { picturesSize } from '../../scripts/bench/pictures-size.mjs';
import { ceilings, distSizes, picturesBudget } from '../../scripts/bench/sizes.mjs';

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
