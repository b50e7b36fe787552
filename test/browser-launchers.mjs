/**
 * The three engines the suite runs on, each driven the way that works with Debian's packages
 * and no network (see README, "Test"): Chromium through puppeteer-core (CDP), Firefox ESR
 * through puppeteer (WebDriver BiDi, no geckodriver) and WebKitGTK, Safari's engine, through
 * WebKitWebDriver (WebDriver classic). `BROWSERS=chromium,firefox` picks a subset.
 */
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { engineSources, selectedEngines, which } from './support/engines.mjs';

/** What `engineSources` finds for the engine; stops with the package to install if it is missing. */
function found(engine) {
  const paths = engineSources[engine].find();
  const missing = Object.keys(paths).filter((name) => !paths[name]);
  if (missing.length) {
    throw new Error(
      `${missing.join(', ')} not found: apt-get install -y ${engineSources[engine].packages.join(' ')} (or pick other engines with BROWSERS=).`,
    );
  }
  return paths;
}

function chromium() {
  const launcher = chromeLauncher({
    launchOptions: {
      executablePath: found('chromium').chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    },
  });
  launcher.name = 'Chromium';
  return launcher;
}

function firefox() {
  const executablePath = found('firefox')['firefox-esr'];
  return puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath, headless: true } });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, child, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within ${timeoutMs} ms`);
}

const pageStopTimeoutMs = 30_000;
const hungPage = Symbol('hung page');

/**
 * @web/test-runner-webdriver's launcher, plus the WebKitWebDriver it talks to: started on a
 * free port when the run begins, inside `xvfb-run -a` (MiniBrowser has no headless mode), and
 * stopped, with its whole process group, when the run ends.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor(driverPath, binary) {
    super({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: 0,
      capabilities: {
        // Without it webdriverio asks for a BiDi session, which WebKitWebDriver refuses
        // ("Failed to match capabilities").
        'wdio:enforceWebDriverClassic': true,
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      },
    });
    this.driverPath = driverPath;
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
    const port = await freePort();
    const command = [this.driverPath, `--port=${port}`];
    // A virtual display of its own even on a desktop: MiniBrowser windows on the reader's screen
    // would take the keyboard focus that the keyboard tests rely on, and the other way round.
    const xvfbRun = which('xvfb-run'); // found('webkit') made sure there is a display either way
    const [file, ...args] = xvfbRun ? [xvfbRun, '-a', ...command] : command;
    this.driverProcess = spawn(file, args, { detached: true, stdio: 'ignore' });
    const stopDriver = () => this.killDriver();
    process.once('exit', stopDriver);
    this.options.port = port;
    await waitForPort(port, this.driverProcess);
  }

  async startSession(id, url) {
    await this.replaceEndedSession();
    return super.startSession(id, url);
  }

  /**
   * WebKitWebDriver ends the session when MiniBrowser's web process crashes (WebKitGTK 2.50's
   * did, now and then, while a test rewrote style sheets that many shadow roots had adopted; see
   * emulateMedia in test/helpers.ts). The file that was running then fails as "browser
   * disconnected"; this gives the next file a new browser, instead of every later WebKit file
   * failing with "invalid session id" and the run ending early.
   */
  async replaceEndedSession() {
    if (!this.driver) return;
    try {
      await this.driver.getTitle();
      return;
    } catch (error) {
      if (!/invalid session id|no such window|session (is )?(not|deleted|ended)/i.test(String(error))) return;
    }
    console.warn('WebKit: the browser session ended (did MiniBrowser crash?); starting a new one.');
    this.forgetSession();
  }

  /**
   * Stopping a page reads its coverage and loads about:blank. Now and then WebKitGTK never
   * answers (seen once in a full run, after a file's tests had all passed and reported). The
   * results are in by then, so the page is left behind and the next file gets a new browser,
   * instead of the run waiting two minutes and failing a file that passed.
   */
  async stopSession(id) {
    let timer;
    const hung = new Promise((resolve) => {
      timer = setTimeout(resolve, pageStopTimeoutMs, hungPage);
    });
    try {
      const stopped = await Promise.race([super.stopSession(id), hung]);
      if (stopped !== hungPage) return stopped;
    } finally {
      clearTimeout(timer);
    }
    console.warn(`WebKit: the page did not stop within ${pageStopTimeoutMs / 1000} s; starting a new browser.`);
    this.driver?.deleteSession().catch(() => {});
    this.forgetSession();
    return {};
  }

  forgetSession() {
    clearInterval(this.pendingHeartbeat);
    this.driver = undefined;
    this.driverManager = undefined;
  }

  async stop() {
    await super.stop();
    this.killDriver();
  }

  killDriver() {
    const child = this.driverProcess;
    this.driverProcess = undefined;
    if (!child || child.exitCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM'); // the group: xvfb-run, Xvfb, the driver, MiniBrowser
    } catch {
      // already gone
    }
  }
}

function webkit() {
  const { WebKitWebDriver, MiniBrowser } = found('webkit');
  return new WebKitLauncher(WebKitWebDriver, MiniBrowser);
}

const factories = { chromium, firefox, webkit };

/** One launcher per selected engine, keyed by engine name. */
export function launchers(engines = selectedEngines()) {
  return Object.fromEntries(engines.map((name) => [name, factories[name]()]));
}
