// Each element's entry bundled with everything it imports into one file, as the entries were
// before the CDN build was split: what a one-element page would load without the shared chunk,
// and which modules the split page loads that the element does not use.
import { relative } from 'node:path';
import { bundledSize } from './bundled-size.mjs';
import { sourcesOf } from './sizes.mjs';

/** Tag → compressed size of its entry as one file, and the modules its page loads but does not use. */
export async function oneFileSizes(pages) {
  const sizes = {};
  for (const { tags, files } of pages) {
    const [tag] = tags;
    const { modules, ...size } = await bundledSize(`dist/esm/define/${tag}.js`, `dist/define/${tag}.js`);
    const used = new Set(modules.map((id) => relative('.', id)));
    const unused = files.flatMap((file) => sourcesOf(`dist/${file}`)).filter((source) => !used.has(source));
    sizes[tag] = { ...size, unused };
  }
  return sizes;
}
