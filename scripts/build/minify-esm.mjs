// Shortens the templates of the modules tsc wrote to dist/esm, in place, with the same minifier
// the bundles use. Lit's hydration recognises a server-rendered template by a digest of its
// strings, so the server renderer (which runs dist/esm), the npm modules and the CDN bundles
// must all carry the same strings: pre-rendered HTML then hydrates from any of them.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyLiterals } from './minify-literals.mjs';

const plugin = minifyLiterals();

async function minifyTree(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await minifyTree(path);
    else if (entry.name.endsWith('.js')) {
      const result = await plugin.transform.call(
        {
          error: (message) => {
            throw new Error(message);
          },
        },
        readFileSync(path, 'utf8'),
        path,
      );
      if (result) writeFileSync(path, result.code);
    }
  }
}

await minifyTree(process.argv[2] ?? 'dist/esm');
