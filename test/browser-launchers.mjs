/**
 * The three engines the suite runs on, each driven the way that works with Debian's packages
 * and no network (see README, "Test"): Chromium through puppeteer-core (CDP), Firefox ESR
 * through puppeteer (WebDriver BiDi, no geckodriver) and WebKitGTK, Safari's engine, through
 * WebKitWebDriver (WebDriver classic), with a launcher of our own over webdriverio.
 * `BROWSERS=chromium,firefox` picks a subset.
 */
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { remote } from 'webdriverio';
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

const heartbeatMs = 60_000;
const hungPage = Symbol('hung page');
const mouseButtons = { left: 0, middle: 1, right: 2 };

/**
 * The WebKit launcher, ours: @web/test-runner-core's BrowserLauncher over webdriverio, with the
 * WebKitWebDriver it talks to. The driver starts on a free port when the run begins, inside
 * `xvfb-run -a` (MiniBrowser has no headless mode), and stops, with its whole process group,
 * when the run ends. One page at a time, in one browser session, which is replaced when it ends
 * (MiniBrowser crashed) or when a page does not stop.
 *
 * `type` is 'webdriver', so @web/test-runner-commands' send-keys and send-mouse commands (and
 * test/a11y/key-chord-plugin.mjs) call sendKeys, sendMouse… and resetMouse here, as they would
 * on @web/test-runner-webdriver's launcher. This one was that launcher, subclassed; replacing a
 * session meant writing its private `driver` and `driverManager` fields, which any release
 * could rename.
 *
 * @implements {import('@web/test-runner-core').BrowserLauncher}
 */
export class WebKitLauncher {
  name = 'WebKit';
  type = 'webdriver';
  concurrency = 1;

  /** `openSession` (webdriverio's `remote`) and `pageStopTimeoutMs` are there for test/node/webkit-launcher.test.mjs. */
  constructor(driverPath, binary, { openSession = remote, pageStopTimeoutMs = 30_000 } = {}) {
    this.driverPath = driverPath;
    this.openSession = openSession;
    this.pageStopTimeoutMs = pageStopTimeoutMs;
    this.capabilities = {
      // Without it webdriverio asks for a BiDi session, which WebKitWebDriver refuses
      // ("Failed to match capabilities").
      'wdio:enforceWebDriverClassic': true,
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary, args: ['--automation'] },
    };
    /** Test session id → the URL its page was opened at. */
    this.urls = new Map();
  }

  async initialize(config) {
    this.config = config;
    const port = await freePort();
    const command = [this.driverPath, `--port=${port}`];
    // A virtual display of its own even on a desktop: MiniBrowser windows on the reader's screen
    // would take the keyboard focus that the keyboard tests rely on, and the other way round.
    const xvfbRun = which('xvfb-run'); // found('webkit') made sure there is a display either way
    const [file, ...args] = xvfbRun ? [xvfbRun, '-a', ...command] : command;
    this.driverProcess = spawn(file, args, { detached: true, stdio: 'ignore' });
    process.once('exit', () => this.killDriver());
    this.connection = { automationProtocol: 'webdriver', hostname: '127.0.0.1', port, logLevel: 'error' };
    await waitForPort(port, this.driverProcess);
  }

  /** The browser session, started on first use: one MiniBrowser for every test file. */
  async browser() {
    if (this.driver) return this.driver;
    this.starting ??= this.openSession({ ...this.connection, capabilities: this.capabilities }).then(
      (driver) => {
        this.driver = driver;
        this.starting = undefined;
        // A session left idle through a long file must not time out.
        this.heartbeat = setInterval(() => {
          driver.getTitle().catch(() => clearInterval(this.heartbeat));
        }, heartbeatMs);
        return driver;
      },
      (error) => {
        this.starting = undefined;
        throw error;
      },
    );
    return this.starting;
  }

  async startSession(id, url) {
    await this.replaceEndedSession();
    const driver = await this.browser();
    this.urls.set(id, url);
    // The runner waits for the page to connect; a navigation that fails shows up as that timeout.
    driver.navigateTo(url).catch((error) => console.warn(`WebKit: could not open ${url}: ${error}`));
  }

  isActive(id) {
    return this.urls.has(id);
  }

  getBrowserUrl(id) {
    return this.urls.get(id);
  }

  /**
   * WebKitWebDriver ends the session when MiniBrowser's web process crashes (WebKitGTK 2.50's
   * did, now and then, while a test rewrote style sheets that many shadow roots had adopted; see
   * test/support/media-emulation.ts). The file that was running then fails as "browser
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
   * Reads the page's coverage and loads about:blank, which stops whatever the page still runs.
   * Now and then WebKitGTK never answers (seen once in a full run, after a file's tests had all
   * passed and reported). The results are in by then, so the page is left behind and the next
   * file gets a new browser, instead of the run waiting two minutes and failing a file that passed.
   */
  async stopSession(id) {
    const driver = this.driver;
    const stop = async () => {
      const { testCoverage } = await driver.execute(
        'return (function () { return { testCoverage: window.__coverage__ }; })();',
      );
      await driver.navigateTo('about:blank');
      return { testCoverage: this.config.coverage ? testCoverage : undefined };
    };
    let timer;
    const hung = new Promise((resolve) => {
      timer = setTimeout(resolve, this.pageStopTimeoutMs, hungPage);
    });
    try {
      if (!driver) throw new Error('WebKit: no browser session to stop the page in');
      const stopped = await Promise.race([stop(), hung]);
      if (stopped !== hungPage) return stopped;
    } finally {
      clearTimeout(timer);
      this.urls.delete(id);
    }
    console.warn(`WebKit: the page did not stop within ${this.pageStopTimeoutMs / 1000} s; starting a new browser.`);
    driver.deleteSession().catch(() => {});
    this.forgetSession();
    return {};
  }

  /** A second browser, for `web-test-runner --manual`-style debugging of one file. */
  async startDebugSession(_id, url) {
    await this.debugDriver?.deleteSession().catch(() => {});
    this.debugDriver = await this.openSession({ ...this.connection, capabilities: this.capabilities });
    await this.debugDriver.navigateTo(url);
  }

  forgetSession() {
    clearInterval(this.heartbeat);
    this.driver = undefined;
  }

  async stop() {
    const sessions = [this.driver, this.debugDriver].filter(Boolean);
    this.forgetSession();
    this.debugDriver = undefined;
    await Promise.all(sessions.map((driver) => driver.deleteSession().catch(() => {})));
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

  // What @web/test-runner-commands asks of a 'webdriver' launcher. Keys: WebDriver's key
  // actions press each key of the list down, then release them all.
  sendKeys(_id, keys) {
    return this.driver.keys(keys);
  }

  pointer(actions) {
    return this.driver.performActions([{ type: 'pointer', id: 'finger1', actions }]);
  }

  sendMouseMove(_id, x, y) {
    return this.pointer([{ type: 'pointerMove', duration: 0, x, y }]);
  }

  sendMouseClick(_id, x, y, button = 'left') {
    const code = mouseButtons[button];
    return this.pointer([
      { type: 'pointerMove', duration: 0, x, y },
      { type: 'pointerDown', button: code },
      { type: 'pointerUp', button: code },
    ]);
  }

  sendMouseDown(_id, button = 'left') {
    return this.pointer([{ type: 'pointerDown', button: mouseButtons[button] }]);
  }

  sendMouseUp(_id, button = 'left') {
    return this.pointer([{ type: 'pointerUp', button: mouseButtons[button] }]);
  }

  resetMouse() {
    return this.pointer([
      { type: 'pointerUp', button: mouseButtons.left },
      { type: 'pointerUp', button: mouseButtons.middle },
      { type: 'pointerUp', button: mouseButtons.right },
      { type: 'pointerMove', duration: 0, x: 0, y: 0 },
    ]);
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
