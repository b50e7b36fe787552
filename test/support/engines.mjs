/**
 * Where each engine of the suite comes from and how it is found: Debian's packages, on PATH or
 * through an environment variable. test/browser-launchers.mjs starts them;
 * scripts/install-browsers.mjs installs what is missing. Node built-ins only: the installer
 * runs before anything is built.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

export function which(...names) {
  for (const name of names) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`])
        .toString()
        .trim();
    } catch {
      // try the next name
    }
  }
  return undefined;
}

function miniBrowser() {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  for (const libdir of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib64', '/usr/lib']) {
    const path = `${libdir}/webkit2gtk-4.1/MiniBrowser`;
    if (existsSync(path)) return path;
  }
  return undefined;
}

const hasDisplay = () => Boolean(which('xvfb-run') || process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

/** Per engine: its Debian packages, and what must be found for each. */
export const engineSources = {
  chromium: {
    packages: ['chromium'],
    find: () => ({ chromium: process.env.CHROME_PATH ?? which('chromium', 'chromium-browser', 'google-chrome') }),
  },
  firefox: {
    packages: ['firefox-esr'],
    find: () => ({ 'firefox-esr': process.env.FIREFOX_PATH ?? which('firefox-esr', 'firefox') }),
  },
  webkit: {
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    find: () => ({
      WebKitWebDriver: process.env.WEBKIT_WEBDRIVER ?? which('WebKitWebDriver'),
      MiniBrowser: miniBrowser(),
      'a display (xvfb-run)': hasDisplay() ? 'yes' : undefined,
    }),
  },
};

/** The engines named in `BROWSERS` (comma or space separated), all three when it is unset. */
export function selectedEngines(value = process.env.BROWSERS) {
  const names = (value ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((name) => name.toLowerCase());
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`BROWSERS: unknown ${unknown.join(', ')}; use ${ENGINES.join(', ')}`);
  return names.length ? ENGINES.filter((name) => names.includes(name)) : ENGINES;
}

/** The Debian packages of the given engines that are not found, in a stable order. */
export function missingPackages(engines) {
  return engines.flatMap((engine) => {
    const found = Object.values(engineSources[engine].find());
    return found.every(Boolean) ? [] : engineSources[engine].packages;
  });
}
