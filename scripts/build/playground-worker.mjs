// Bundles demo/ssr-worker.js, the embed-code builder's server renderer, for the browser as
// dist/playground/ssr-worker.js: her2-widgets/ssr with Lit's server build (the `node`
// condition), which needs no DOM. It is a tool of the demo page, not part of the package.
import { build } from 'esbuild';

await build({
  entryPoints: ['demo/ssr-worker.js'],
  outfile: 'dist/playground/ssr-worker.js',
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  conditions: ['node', 'production'],
  minify: true,
  logLevel: 'warning',
});
