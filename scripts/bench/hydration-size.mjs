// What hydrating pre-rendered HTML costs the CDN bundle: dist/her2-widgets.js as built, against the
// same elements bundled without Lit's hydration support (src/define/all.ts, the npm entry).
import { readFileSync } from 'node:fs';
import { bundledSize } from './bundled-size.mjs';
import { compressedSize } from './sizes.mjs';

export async function hydrationSize() {
  const withHydration = compressedSize(readFileSync('dist/her2-widgets.js'));
  const withoutHydration = await bundledSize('dist/esm/define/all.js', 'dist/her2-widgets.js');
  const added = Object.fromEntries(
    ['raw', 'gzip', 'brotli'].map((key) => [key, withHydration[key] - withoutHydration[key]]),
  );
  return { withHydration, withoutHydration, added };
}
