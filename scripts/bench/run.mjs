// `npm run bench`: measures the built library in Debian's Chromium and writes BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { benchGlossary, benchGlossify, benchMemory, benchRender } from './browser-suites.mjs';
import { gzip } from './gzip.mjs';
import { benchHostPage, hostPageMiddleware, hostPageUrls } from './host-page/suite.mjs';
import { benchLighthouse } from './lighthouse.mjs';
import { writeReport } from './report.mjs';
import { hydrationSize } from './hydration-size.mjs';
import { oneFileSizes } from './one-file-sizes.mjs';
import { picturesSize } from './pictures-size.mjs';
import { sizeFloors } from './size-floors.mjs';
import { distSizes } from './sizes.mjs';

const chromePath = process.env.CHROME_PATH ?? execFileSync('sh', ['-c', 'command -v chromium']).toString().trim();
const port = Number(process.env.BENCH_PORT ?? 8765);
const origin = `http://127.0.0.1:${port}`;

const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: '127.0.0.1',
    middleware: [
      gzip,
      await hostPageMiddleware(),
      function demoWithoutWidgets(context, next) {
        if (context.path !== '/bench/demo-without-widgets.html') return next();
        context.type = 'html';
        context.body = readFileSync('demo/index.html', 'utf8')
          .replace(/<script[^>]*><\/script>|<link rel="stylesheet" href="..\/dist\/[^"]*" \/>/g, '')
          .replace('<head>', '<head><base href="/demo/" />');
        return undefined;
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

const browser = await puppeteer.launch({
  executablePath: chromePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
});

try {
  const sizes = distSizes();
  const results = {
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: await browser.version(),
      date: new Date().toISOString().slice(0, 10),
    },
    sizes,
    oneFile: await oneFileSizes(sizes.pages),
    floors: await sizeFloors(),
    pictures: await picturesSize(),
    hydration: await hydrationSize(),
  };
  console.log('render…');
  results.render = await benchRender(browser, origin);
  console.log('host page…');
  results.hostPage = await benchHostPage(browser, origin);
  console.log('glossary at scale…');
  results.glossary = await benchGlossary(browser, origin);
  console.log('glossify…');
  results.glossify = await benchGlossify(browser, origin);
  console.log('memory…');
  results.memory = await benchMemory(browser, origin);
  console.log('lighthouse…');
  results.lighthouse = {
    demo: await benchLighthouse(
      { 'demo without widgets': `${origin}/bench/demo-without-widgets.html`, demo: `${origin}/demo/` },
      chromePath,
    ),
    hostPage: await benchLighthouse(await hostPageUrls(origin), chromePath),
  };
  writeFileSync('BENCHMARKS.md', writeReport(results));
  console.log('BENCHMARKS.md written');
} finally {
  await browser.close();
  await server.stop();
}
