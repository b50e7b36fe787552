import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { summaryFileReporter } from './test/summary-file-reporter.mjs';
import { cspMiddleware } from './test/reliability/csp-middleware.mjs';
import { cdnMiddleware } from './test/reliability/cdn-middleware.mjs';
import { launchers } from './test/browser-launchers.mjs';
import { reactEsmPlugin, ssrRenderPlugin } from './test/frameworks-plugin.mjs';
import { accessibilityTreePlugin } from './test/a11y/accessibility-tree-plugin.mjs';
import { keyChordPlugin } from './test/a11y/key-chord-plugin.mjs';

// Chromium, Firefox ESR and WebKitGTK by default; `BROWSERS=chromium npm test` for a quick run.
const engines = launchers();

// Accessibility-tree snapshots come from Chromium's CDP, so *.chromium.test.ts files run in a
// group of their own, on Chromium only. A run given test files on the command line runs just
// those files: on Chromium alone if they are all *.chromium.test.ts files.
const CHROMIUM_ONLY = 'test/**/*.chromium.test.ts';
const givenFiles = process.argv.slice(2).filter((arg) => !arg.startsWith('-') && /\.test\.(ts|html)$|\*/.test(arg));
const groups =
  engines.chromium && givenFiles.length === 0
    ? [{ name: 'chromium-only', files: [CHROMIUM_ONLY], browsers: [engines.chromium] }]
    : [];
const onlyChromiumFiles = givenFiles.length > 0 && givenFiles.every((file) => file.endsWith('.chromium.test.ts'));

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', 'test/**/*.test.html', `!${CHROMIUM_ONLY}`],
  nodeResolve: true,
  // Sends the strict Content-Security-Policy headers of test/reliability/csp.test.ts, and serves
  // the build as a CDN would, tampered with or not, for test/reliability/integrity.test.ts.
  middleware: [cspMiddleware, cdnMiddleware],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    reactEsmPlugin(),
    ssrRenderPlugin(),
    accessibilityTreePlugin(),
    keyChordPlugin(),
  ],
  browsers: onlyChromiumFiles && engines.chromium ? [engines.chromium] : Object.values(engines),
  groups,
  concurrency: 1,
  // One page at a time per browser, but the three engines side by side.
  concurrentBrowsers: 3,
  // Lit's dev-mode notices come from the test page's own copy of Lit, not from the widgets.
  filterBrowserLogs: ({ args }) => !/^(Lit is in dev mode|Multiple versions of Lit loaded)/.test(String(args[0])),
  testFramework: { config: { timeout: 5000 } },
  // A UI string asked for outside an element's locale scope throws here (src/shared/i18n.ts).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>globalThis[Symbol.for('her2-widgets.strict-locale-scope')] = true;</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [defaultReporter(), summaryFileReporter(process.env.TEST_SUMMARY_FILE)],
};
