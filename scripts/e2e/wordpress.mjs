// `npm run e2e:wordpress`: the static embed pages in a real WordPress. As root on Debian it
// installs Debian's wordpress and mariadb-server packages if they are missing, then starts, on
// 127.0.0.1 only and in a folder of its own: MariaDB, WordPress on PHP's built-in server, and
// `npm start`'s server for dist/. For each page checked it publishes a post whose body is just
// the page's address, opens the post in Chromium and checks what a reader gets: WordPress's
// sandboxed frame, shown and sized by the page's own messages, nothing scrolling inside it. The
// one change to WordPress, in the check only: a must-use plugin lets its safe requests reach
// 127.0.0.1 on our port, which WordPress refuses for any local address. The result goes to
// docs/e2e-wordpress.md.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { localBaseUrl } from '../base-url.mjs';

const wordpressRoot = '/usr/share/wordpress';
const wordpressAddress = '127.0.0.1:8081';
const checkedPages = ['en/source-list', 'en/her2-therapy-card-adc', 'en/biomarker-glossary', 'es/her2-article'];
const work = mkdtempSync(join(tmpdir(), 'her2-wordpress-'));
const children = [];

function stop(message) {
  console.error(message);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) stop(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

function ensurePackages() {
  const packages = ['wordpress', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'php-cli', 'php-mysql'];
  const missing = packages.filter((name) => spawnSync('dpkg', ['-s', name], { stdio: 'ignore' }).status !== 0);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) stop(`Run \`sudo apt-get install -y ${missing.join(' ')}\` first.`);
  console.log(`Installing ${missing.join(', ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-q'], { env });
  run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], { env });
}

/** A server for the check, in a process group of its own, so that stopping it stops what it started. */
function startInBackground(command, args) {
  children.push(spawn(command, args, { stdio: 'ignore', detached: true }));
}

async function waitFor(check, what, seconds = 60) {
  for (let second = 0; second < seconds * 4; second += 1) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop(`${what} did not start within ${seconds} s`);
}

/** Stops a server started here, and waits for it to be gone (MariaDB writes to its folder until then). */
function stopChild(child) {
  if (child.exitCode !== null) return Promise.resolve();
  const gone = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  return Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

const answers = (url) => fetch(url).then((response) => response.status < 500);

async function startDatabase() {
  const dataDir = join(work, 'mariadb');
  const socket = join(work, 'mariadb.sock');
  run('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${dataDir}`,
    '--user=root',
    '--auth-root-authentication-method=normal',
  ]);
  startInBackground('mariadbd', [
    '--no-defaults',
    `--datadir=${dataDir}`,
    `--socket=${socket}`,
    '--user=root',
    '--skip-networking',
    '--skip-grant-tables',
  ]);
  const ready = () =>
    Promise.resolve(spawnSync('mariadb', ['-S', socket, '-e', 'SELECT 1'], { stdio: 'ignore' }).status === 0);
  await waitFor(ready, 'MariaDB');
  run('mariadb', ['-S', socket, '-e', 'CREATE DATABASE wordpress']);
  return socket;
}

/** Debian's WordPress reads /etc/wordpress/config-<host>.php; the check's own plugin folder is in its work folder. */
function configureWordPress(socket) {
  const plugins = join(work, 'mu-plugins');
  mkdirSync(plugins);
  const ourPort = Number(new URL(localBaseUrl).port);
  writeFileSync(
    join(plugins, 'her2-widgets-e2e.php'),
    `<?php
// The check's only change: WordPress's safe requests refuse local addresses; allow 127.0.0.1 on our port.
add_filter( 'http_request_host_is_external', function ( $external, $host ) { return $external || '127.0.0.1' === $host; }, 10, 2 );
add_filter( 'http_allowed_safe_ports', function ( $ports ) { return array_merge( $ports, array( ${ourPort} ) ); } );
`,
  );
  writeFileSync(
    '/etc/wordpress/config-127.0.0.1.php',
    `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'WPMU_PLUGIN_DIR', '${plugins}' );
define( 'WP_HOME', 'http://${wordpressAddress}' );
define( 'WP_SITEURL', 'http://${wordpressAddress}' );
`,
  );
}

/** Installs the site and publishes one post per page, each just the page's address; prints the posts' ids. */
function installAndPublish() {
  const urls = checkedPages.map((page) => new URL(`dist/embed/${page}.html`, localBaseUrl).href);
  const php = `
$_SERVER['HTTP_HOST'] = '${wordpressAddress}';
define( 'WP_INSTALLING', true );
require '${wordpressRoot}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( 'her2-widgets check', 'admin', 'admin@example.org', false, '', wp_generate_password() );
$ids = array();
foreach ( json_decode( '${JSON.stringify(urls)}' ) as $url ) {
  $ids[] = wp_insert_post( array( 'post_title' => $url, 'post_content' => $url, 'post_status' => 'publish' ) );
}
echo json_encode( array( 'version' => get_bloginfo( 'version' ), 'ids' => $ids ) );
`;
  return JSON.parse(run('php', ['-r', php]).trim().split('\n').pop());
}

/** A reader opens the post: what WordPress made of the address, and the frame's own page. */
async function checkPost(browser, id) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.goto(`http://${wordpressAddress}/?p=${id}`, { waitUntil: 'load' });
  const frameHandle = await tab
    .waitForSelector('iframe.wp-embedded-content', { timeout: 30_000 })
    .catch(async (error) => {
      const shown = await tab.evaluate(() => document.body.innerText.slice(0, 800));
      throw new Error(`post ${id} shows no embed frame, only:\n${shown}`, { cause: error });
    });
  await tab.waitForFunction((frame) => !frame.hasAttribute('style'), { timeout: 30_000 }, frameHandle);
  // The page posts again a moment after any change of its size; let the last one arrive.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const shown = await tab.evaluate((frame) => {
    const quote = document.querySelector(`blockquote[data-secret="${frame.dataset.secret}"]`);
    return {
      src: frame.getAttribute('src'),
      sandbox: frame.getAttribute('sandbox'),
      title: frame.title,
      height: Number(frame.getAttribute('height')),
      quoteHidden: !quote || getComputedStyle(quote).display === 'none',
    };
  }, frameHandle);
  const frame = await frameHandle.contentFrame();
  const inside = await frame.evaluate(() => ({
    bodyHeight: Math.ceil(document.body.getBoundingClientRect().height),
    scrollsDown: document.documentElement.scrollHeight > document.documentElement.clientHeight,
    scrollsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    cut: document.documentElement.classList.contains('cut'),
  }));
  await tab.close();
  return { ...shown, ...inside };
}

function report(wordpressVersion, results) {
  const yes = (value) => (value ? 'yes' : 'no');
  const rows = results.map(
    ({ page, src, sandbox, height, bodyHeight, quoteHidden, scrollsDown, scrollsSideways, cut, passed }) =>
      `| \`${page}\` | ${src.includes('#?secret=') ? 'yes' : 'no'} | \`${sandbox}\` | ${height} px (page ${bodyHeight} px${cut ? ', cut with "Continue reading"' : ''}) | ${yes(quoteHidden)} | ${yes(!scrollsDown && !scrollsSideways)} | ${passed ? 'pass' : '**fail**'} |`,
  );
  return `# End to end: the embed pages in a real WordPress

Made by \`npm run e2e:wordpress\` (scripts/e2e/wordpress.mjs) on ${new Date().toISOString().slice(0, 10)}: Debian's
WordPress ${wordpressVersion} and MariaDB on 127.0.0.1, \`npm start\`'s server for dist/, and Chromium as the reader.
Each post's whole body is one embed page's address. The only change to WordPress is the check's
must-use plugin that lets its safe requests reach 127.0.0.1 on our port.

| page | frame has a secret | frame's sandbox | frame's height (set by the page's messages) | fallback hidden | nothing scrolls inside the frame | result |
|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
}

try {
  ensurePackages();
  run('npm', ['run', 'build'], { stdio: 'inherit' });
  // The pages are served before the posts are saved: WordPress asks for their oEmbed on saving.
  startInBackground('npx', ['web-dev-server', '--config', 'web-dev-server.config.mjs']);
  await waitFor(() => answers(new URL('dist/embed/index.html', localBaseUrl).href), 'the embed pages');
  const socket = await startDatabase();
  configureWordPress(socket);
  const { version, ids } = installAndPublish();
  startInBackground('php', ['-S', wordpressAddress, '-t', wordpressRoot]);
  await waitFor(() => answers(`http://${wordpressAddress}/`), 'WordPress');
  const chromium = process.env.CHROME_PATH ?? execFileSync('sh', ['-c', 'command -v chromium']).toString().trim();
  const browser = await puppeteer.launch({ executablePath: chromium, args: ['--no-sandbox', '--disable-gpu'] });
  const results = [];
  for (const [index, id] of ids.entries()) {
    const result = await checkPost(browser, id);
    const passed =
      result.src.startsWith(new URL(`dist/embed/${checkedPages[index]}.html#?secret=`, localBaseUrl).href) &&
      result.sandbox === 'allow-scripts' &&
      result.height === Math.min(Math.max(result.bodyHeight, 200), 1000) &&
      result.quoteHidden &&
      !result.scrollsDown &&
      !result.scrollsSideways;
    results.push({ page: checkedPages[index], ...result, passed });
  }
  await browser.close();
  writeFileSync('docs/e2e-wordpress.md', report(version, results));
  console.log(readFileSync('docs/e2e-wordpress.md', 'utf8'));
  process.exitCode = results.every((result) => result.passed) ? 0 : 1;
} finally {
  await Promise.all(children.map(stopChild));
  rmSync('/etc/wordpress/config-127.0.0.1.php', { force: true });
  rmSync(work, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}
