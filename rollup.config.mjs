// Bundles the ESM that tsc emitted into dist/esm for <script type="module"> and CDNs: one
// self-contained file with every element (dist/her2-widgets.js), and a code-split build in which
// each element's entry (dist/define/<tag>.js) is a small module importing shared chunks
// (dist/chunks/), so a page with several kinds of element loads Lit and the shared base once.
import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';
import { minifyLiterals } from './scripts/build/minify-literals.mjs';
import { stripLightEdits } from './scripts/build/strip-light-edits.mjs';

const defineEntries = readdirSync('dist/esm/define')
  .filter((file) => file.endsWith('.js') && file !== 'all.js')
  .map((file) => file.replace(/\.js$/, ''));

// UI strings of other languages, and the message ids that find them, stay out of the bundles:
// files in dist/locales/, loaded by whichever bundle first shows another language.
const localeInputs = [
  ...readdirSync('dist/esm/generated/locales')
    .filter((file) => file.endsWith('.js'))
    .map((file) => `dist/esm/generated/locales/${file}`),
  'dist/esm/shared/message-id.js',
];
const localeModules = new Set(localeInputs.map((input) => resolve(input)));

const plugins = () => [
  stripLightEdits(),
  minifyLiterals(),
  nodeResolve({ exportConditions: ['production'] }),
  terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

const common = {
  external: (id) => localeModules.has(id),
  // Lit's css`` only builds a style object: styles an element does not use stay out of its file.
  treeshake: { manualPureFunctions: ['css'] },
  plugins: plugins(),
};

/** One self-contained bundle; also what scripts/bench/pictures-size.mjs builds from. */
export const bundle = (input, file) => ({
  ...common,
  input,
  output: { file, format: 'es', sourcemap: true, paths: (id) => `./locales/${basename(id)}` },
});

/**
 * Whether every entry needs `id`: Lit and the base every element is built on. Those modules, and
 * the card base of the block elements (eight of the ten), go in one chunk, `shared`; Rollup gives
 * what only some entries share chunks of their own.
 */
function sharedByEveryEntry(id, { getModuleInfo }) {
  const entries = new Set();
  const seen = new Set();
  const climb = (moduleId) => {
    if (seen.has(moduleId)) return;
    seen.add(moduleId);
    const info = getModuleInfo(moduleId);
    if (info.isEntry) entries.add(moduleId);
    for (const importer of info.importers) climb(importer);
  };
  climb(id);
  return entries.size === defineEntries.length;
}

/**
 * The chunk `id` must go in, where Rollup's own choice would not do. The composites' registry
 * code is small enough that Rollup would fold it into a chunk that single-topic pages load too,
 * though they never run it.
 */
function chunkOf(id, meta) {
  if (id.endsWith('/shared/scoped-registry.js')) return 'scoped-registry';
  if (id.endsWith('/shared/her2-block.js') || sharedByEveryEntry(id, meta)) return 'shared';
  return undefined;
}

/** A bundle for hosts to copy, its licence in a comment the minifier leaves alone: after it. */
const withLicence = (config, licence) => ({
  ...config,
  plugins: [
    ...config.plugins,
    {
      name: 'licence',
      renderChunk(code) {
        const text = new MagicString(code).prepend(`/*! ${licence} */\n`);
        return { code: text.toString(), map: text.generateMap({ hires: true }) };
      },
    },
  ],
});

/** Each element's entry, dist/define/<tag>.js, over content-hashed chunks in dist/chunks/. */
export const splitBuild = {
  ...common,
  input: Object.fromEntries(defineEntries.map((tag) => [tag, `dist/esm/define/${tag}.js`])),
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: 'define/[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    manualChunks: chunkOf,
    paths: (id) => `../locales/${basename(id)}`,
    // A chunk of a few hundred bytes costs a request and more than it saves: fold it into another.
    experimentalMinChunkSize: 2_000,
  },
};

const localeBundle = (input) => ({
  input,
  output: { file: `dist/locales/${basename(input)}`, format: 'es', sourcemap: true },
  plugins: plugins(),
});

export default [
  ...localeInputs.map(localeBundle),
  bundle('dist/esm/her2-widgets.js', 'dist/her2-widgets.js'),
  splitBuild,
  bundle('dist/esm/autoloader.js', 'dist/autoloader.js'),
  // The static embed pages' own script, written inline into each, and the script that sizes their
  // frames on other hosts' pages.
  bundle('dist/esm/embed/frame.js', 'dist/embed/frame.js'),
  withLicence(bundle('dist/esm/embed/host.js', 'dist/embed/host.js'), 'her2-widgets embed host | MIT License'),
];
