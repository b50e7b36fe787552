// Each element's entry bundled with everything it imports into one file, as the entries were
// before the CDN build was split: what a one-element page would load without the shared chunk.
import { bundledSize } from './bundled-size.mjs';

/** Tag → compressed size of its entry as one self-contained file. */
export async function oneFileSizes(tags) {
  const sizes = {};
  for (const tag of tags) sizes[tag] = await bundledSize(`dist/esm/define/${tag}.js`, `dist/define/${tag}.js`);
  return sizes;
}
