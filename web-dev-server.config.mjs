// `npm start`: serves the repository so demo/index.html loads dist/ exactly as a blog would,
// gzip-compressed like the benchmark's server.
import { gzip } from './scripts/bench/gzip.mjs';

const port = Number(process.env.PORT ?? 8000);

export default {
  rootDir: '.',
  port,
  hostname: '127.0.0.1',
  watch: false,
  middleware: [
    gzip,
    function demoAtRoot(context, next) {
      if (context.path === '/') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
  plugins: [
    {
      name: 'print-demo-url',
      serverStart() {
        console.log(`\nher2-widgets demo: http://127.0.0.1:${port}/demo/\n`);
      },
    },
  ],
};
