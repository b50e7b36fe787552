// The "Host page" benchmark: what the widgets do to the first paint and the layout of a blog post
// (scripts/bench/host-page/pages.mjs) in Chromium with the CPU slowed 4×, the library's files
// arriving 300 ms after the page, at a phone's width and a desktop's.
import { median } from '../stats.mjs';
import { measurePage, openMeasuringTab } from './measure.mjs';
import { cdnPrefix, hostPages } from './pages.mjs';

const runs = 21;
export const cdnDelayMs = 300;
export const viewports = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

const slug = (name) => name.toLowerCase().replace(/[^a-z]+/g, '-');

/**
 * Dev-server middleware: the host pages at /bench/host-page/<slug>.html, and every file under
 * /cdn/ (the repository's own, such as /cdn/dist/her2-widgets.js) held back 300 ms.
 */
export async function hostPageMiddleware() {
  const pages = Object.fromEntries(Object.entries(await hostPages()).map(([name, html]) => [slug(name), html]));
  return async function hostPage(context, next) {
    const page = context.path.match(/^\/bench\/host-page\/([a-z-]+)\.html$/)?.[1];
    if (page && pages[page]) {
      context.type = 'html';
      context.body = pages[page];
      return undefined;
    }
    if (context.path.startsWith(cdnPrefix)) {
      await new Promise((resolve) => setTimeout(resolve, cdnDelayMs));
      context.url = context.url.slice(cdnPrefix.length - 1);
    }
    return next();
  };
}

/** Page name → its URL on the benchmark's server, the baseline first. */
export async function hostPageUrls(origin) {
  const names = Object.keys(await hostPages());
  return Object.fromEntries(names.map((name) => [name, `${origin}/bench/host-page/${slug(name)}.html`]));
}

/**
 * Each page at each width, the pages taking turns in both orders. Per page: the median first
 * paint, the median of its ratios to the baseline load of the same turn, the median and
 * worst layout shift, and its median height.
 */
export async function benchHostPage(browser, origin) {
  const urls = await hostPageUrls(origin);
  const [baseline, ...names] = Object.keys(urls);
  const results = [];
  for (const viewport of viewports) {
    const tab = await openMeasuringTab(browser, viewport);
    const samples = Object.fromEntries([baseline, ...names].map((name) => [name, []]));
    for (let run = 0; run < runs; run += 1) {
      const order = run % 2 === 0 ? [baseline, ...names] : [...names, baseline].reverse();
      for (const name of order) samples[name].push(await measurePage(tab, urls[name]));
    }
    await tab.page.close();
    const fcpOf = (name) => samples[name].map((sample) => sample.fcp);
    const pages = [baseline, ...names].map((name) => ({
      name,
      fcp: median(fcpOf(name)),
      fcpRatio: median(fcpOf(name).map((fcp, run) => fcp / fcpOf(baseline)[run])),
      cls: median(samples[name].map((sample) => sample.cls)),
      worstCls: Math.max(...samples[name].map((sample) => sample.cls)),
      height: median(samples[name].map((sample) => sample.height)),
    }));
    results.push({ viewport, pages });
  }
  return { runs, cdnDelayMs, results };
}
