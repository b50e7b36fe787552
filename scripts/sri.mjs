// Prints the Subresource Integrity hash of the CDN bundle and writes it beside the bundle
// (dist/her2-widgets.js.sri), for <script type="module" src=… integrity="sha384-…" crossorigin>.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const bundlePath = 'dist/her2-widgets.js';

export function integrity(path = bundlePath) {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const hash = integrity();
  writeFileSync(`${bundlePath}.sri`, `${hash}\n`);
  console.log(`${bundlePath} integrity: ${hash}`);
}
