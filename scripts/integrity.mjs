// After the bundles are built: the Subresource Integrity hash of every module a page can load
// from dist/ (the bundle, the autoloader, each element's entry, the chunks, the locales), with
// what each imports, as dist/modules.json; an import map with an `integrity` entry for every one
// of them, as dist/importmap.json; and the bundle's hash beside it, dist/her2-widgets.js.sri.
// The import map's URLs start at the public address of the package's folder (scripts/base-url.mjs).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importMap } from '../dist/esm/cdn/pinned-snippet.js';
import { publicBaseUrl } from './base-url.mjs';

const dist = 'dist';
const folders = ['.', 'define', 'chunks', 'locales'];

function integrity(path) {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

/** The relative specifiers a built module imports, statically and dynamically, as paths in dist/. */
function importsOf(path) {
  const code = readFileSync(join(dist, path), 'utf8');
  const resolve = (specifier) => posix.normalize(posix.join(posix.dirname(path), specifier));
  const specifiers = (pattern) => [...code.matchAll(pattern)].map((match) => resolve(match[1]));
  return {
    imports: specifiers(/(?:\bfrom|\bimport)\s*["'](\.\.?\/[^"']+)["']/g),
    dynamicImports: specifiers(/\bimport\(\s*["'](\.\.?\/[^"']+)["']\s*\)/g),
  };
}

function moduleTable() {
  const paths = folders.flatMap((folder) =>
    readdirSync(join(dist, folder))
      .filter((name) => name.endsWith('.js'))
      .map((name) => posix.join(folder, name)),
  );
  return Object.fromEntries(
    paths.sort().map((path) => [path, { integrity: integrity(join(dist, path)), ...importsOf(path) }]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const modules = moduleTable();
  writeFileSync(join(dist, 'modules.json'), `${JSON.stringify(modules, null, 2)}\n`);
  const base = publicBaseUrl();
  writeFileSync(join(dist, 'importmap.json'), `${importMap(base, modules, Object.keys(modules))}\n`);
  const bundle = modules['her2-widgets.js'].integrity;
  writeFileSync(join(dist, 'her2-widgets.js.sri'), `${bundle}\n`);
  console.log(`dist/her2-widgets.js integrity: ${bundle}`);
  console.log(`dist/modules.json, dist/importmap.json (base ${base}) written`);
}
