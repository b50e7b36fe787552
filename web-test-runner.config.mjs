import { execFileSync } from 'node:child_process';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryFileReporter } from './test/summary-file-reporter.mjs';

function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser || command -v google-chrome'])
      .toString()
      .trim();
  } catch {
    throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH.');
  }
}

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', 'test/**/*.test.html'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
      },
    }),
  ],
  concurrency: 1,
  // Lit's dev-mode notices come from the test page's own copy of Lit, not from the widgets.
  filterBrowserLogs: ({ args }) => !/^(Lit is in dev mode|Multiple versions of Lit loaded)/.test(String(args[0])),
  testFramework: { config: { timeout: 5000 } },
  reporters: [defaultReporter(), summaryFileReporter(process.env.TEST_SUMMARY_FILE)],
};
