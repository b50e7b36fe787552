// Bundles the ESM that tsc emitted into dist/esm: one self-contained file for every element,
// and one per element, each with Lit inlined, for <script type="module"> and CDNs.
import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyLiterals } from './scripts/build/minify-literals.mjs';

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
  minifyLiterals(),
  nodeResolve({ exportConditions: ['production'] }),
  terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/** One self-contained bundle; also what scripts/bench/pictures-size.mjs builds from. */
export const bundle = (input, file) => ({
  input,
  external: (id) => localeModules.has(id),
  // Lit's css`` only builds a style object: styles an element does not use stay out of its file.
  treeshake: { manualPureFunctions: ['css'] },
  output: {
    file,
    format: 'es',
    sourcemap: true,
    paths: (id) => `${file.includes('/define/') ? '..' : '.'}/locales/${basename(id)}`,
  },
  plugins: plugins(),
});

const localeBundle = (input) => ({
  input,
  output: { file: `dist/locales/${basename(input)}`, format: 'es', sourcemap: true },
  plugins: plugins(),
});

export default [
  ...localeInputs.map(localeBundle),
  bundle('dist/esm/her2-widgets.js', 'dist/her2-widgets.js'),
  ...defineEntries.map((tag) => bundle(`dist/esm/define/${tag}.js`, `dist/define/${tag}.js`)),
];
