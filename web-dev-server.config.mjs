// `npm start`: serves the repository so demo/index.html loads dist/ exactly as a blog would,
// gzip-compressed like the benchmark's server. `npm run dev` (scripts/dev.mjs) serves the same
// demo from the sources.
import { gzip } from './scripts/bench/gzip.mjs';

export const port = Number(process.env.PORT ?? 8000);

export function demoAtRoot(context, next) {
  if (context.path === '/') {
    context.redirect('/demo/');
    return undefined;
  }
  return next();
}

/**
 * The package's files may be fetched from any origin, as from a CDN: WordPress frames the embed
 * pages with sandbox="allow-scripts", an opaque origin, from which their module is a CORS fetch.
 */
export async function openToEveryOrigin(context, next) {
  await next();
  if (context.path.startsWith('/dist/')) context.set('Access-Control-Allow-Origin', '*');
}

export const printDemoUrl = (label) => ({
  name: 'print-demo-url',
  serverStart() {
    console.log(`\nher2-widgets ${label}: http://127.0.0.1:${port}/demo/\n`);
  },
});

export default {
  rootDir: '.',
  port,
  hostname: '127.0.0.1',
  watch: false,
  middleware: [gzip, demoAtRoot, openToEveryOrigin],
  plugins: [printDemoUrl('demo')],
};
