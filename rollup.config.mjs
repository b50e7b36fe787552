// Bundles the ESM that tsc emitted into dist/esm: one self-contained file for every element,
// and one per element, each with Lit inlined, for <script type="module"> and CDNs.
import { readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const defineEntries = readdirSync('dist/esm/define')
  .filter((file) => file.endsWith('.js') && file !== 'all.js')
  .map((file) => file.replace(/\.js$/, ''));

const bundle = (input, file) => ({
  input,
  output: { file, format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2021, module: true, format: { comments: false } }),
  ],
});

export default [
  bundle('dist/esm/define/all.js', 'dist/her2-widgets.js'),
  ...defineEntries.map((tag) => bundle(`dist/esm/define/${tag}.js`, `dist/define/${tag}.js`)),
];
