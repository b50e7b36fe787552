// test/browser-launchers.mjs's WebKit launcher, over a stand-in for webdriverio's session: a new
// browser after the session ended (MiniBrowser crashed), a page that does not stop left behind,
// and what @web/test-runner-commands calls on a 'webdriver' launcher.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WebKitLauncher } from '../browser-launchers.mjs';

/** A webdriverio session that records its calls; `ended` makes it answer as a dead session does. */
function fakeSession(id, calls) {
  const session = {
    id,
    ended: false,
    hangOnStop: false,
    async getTitle() {
      if (session.ended) throw new Error('WebDriverError: invalid session id');
      return '';
    },
    async navigateTo(url) {
      calls.push([id, 'navigateTo', url]);
    },
    async execute() {
      if (session.hangOnStop) return new Promise(() => {});
      return { testCoverage: { file: {} } };
    },
    async deleteSession() {
      calls.push([id, 'deleteSession']);
    },
    async keys(keys) {
      calls.push([id, 'keys', keys]);
    },
    async performActions(actions) {
      calls.push([id, 'performActions', actions]);
    },
  };
  return session;
}

function launcher(options = {}) {
  const calls = [];
  const sessions = [];
  const openSession = async ({ capabilities }) => {
    calls.push(['open', capabilities.browserName, capabilities['wdio:enforceWebDriverClassic']]);
    const session = fakeSession(sessions.length + 1, calls);
    sessions.push(session);
    return session;
  };
  const webkit = new WebKitLauncher('/usr/bin/WebKitWebDriver', '/usr/lib/MiniBrowser', { openSession, ...options });
  webkit.config = { coverage: false };
  webkit.connection = { automationProtocol: 'webdriver', hostname: '127.0.0.1', port: 1, logLevel: 'error' };
  return { webkit, calls, sessions };
}

const quietly = async (run) => {
  const warn = console.warn;
  const warnings = [];
  console.warn = (message) => warnings.push(message);
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return warnings;
};

test('is a webdriver launcher named WebKit, one page at a time, in one browser session', async () => {
  const { webkit, calls, sessions } = launcher();
  assert.equal(webkit.type, 'webdriver');
  assert.equal(webkit.name, 'WebKit');
  assert.equal(webkit.concurrency, 1);
  await webkit.startSession('a', 'http://localhost/a');
  assert.ok(webkit.isActive('a'));
  assert.equal(webkit.getBrowserUrl('a'), 'http://localhost/a');
  assert.deepEqual(await webkit.stopSession('a'), { testCoverage: undefined });
  assert.ok(!webkit.isActive('a'));
  await webkit.startSession('b', 'http://localhost/b');
  await webkit.stopSession('b');
  assert.equal(sessions.length, 1);
  assert.deepEqual(calls.slice(0, 3), [
    ['open', 'MiniBrowser', true],
    [1, 'navigateTo', 'http://localhost/a'],
    [1, 'navigateTo', 'about:blank'],
  ]);
  await webkit.stop();
  assert.deepEqual(calls.at(-1), [1, 'deleteSession']);
});

test('starts a new browser session when the last one ended', async () => {
  const { webkit, sessions } = launcher();
  await webkit.startSession('a', 'http://localhost/a');
  sessions[0].ended = true;
  const warnings = await quietly(() => webkit.startSession('b', 'http://localhost/b'));
  assert.equal(sessions.length, 2);
  assert.match(warnings[0], /session ended/);
  assert.equal(webkit.driver, sessions[1]);
  await webkit.stop();
});

test('leaves a page that does not stop, and gives the next file a new browser', async () => {
  const { webkit, calls, sessions } = launcher({ pageStopTimeoutMs: 20 });
  await webkit.startSession('a', 'http://localhost/a');
  sessions[0].hangOnStop = true;
  let result;
  const warnings = await quietly(async () => {
    result = await webkit.stopSession('a');
  });
  assert.deepEqual(result, {});
  assert.match(warnings[0], /did not stop within 0.02 s/);
  assert.ok(calls.some(([id, call]) => id === 1 && call === 'deleteSession'));
  assert.ok(!webkit.isActive('a'));
  await webkit.startSession('b', 'http://localhost/b');
  assert.equal(sessions.length, 2);
  await webkit.stop();
});

test('keys and mouse go to the session as WebDriver actions', async () => {
  const { webkit, calls } = launcher();
  await webkit.startSession('a', 'http://localhost/a');
  await webkit.sendKeys('a', ['Shift', 'Tab']);
  await webkit.sendMouseClick('a', 3, 4, 'right');
  await webkit.resetMouse('a');
  assert.deepEqual(calls[2], [1, 'keys', ['Shift', 'Tab']]);
  assert.deepEqual(calls[3], [
    1,
    'performActions',
    [
      {
        type: 'pointer',
        id: 'finger1',
        actions: [
          { type: 'pointerMove', duration: 0, x: 3, y: 4 },
          { type: 'pointerDown', button: 2 },
          { type: 'pointerUp', button: 2 },
        ],
      },
    ],
  ]);
  assert.equal(calls[4][2][0].actions.at(-1).type, 'pointerMove');
  await webkit.stop();
});
