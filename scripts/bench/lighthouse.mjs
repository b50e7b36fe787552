// Lighthouse on the demo page and on the host page's blog post (scripts/bench/host-page), each
// beside its baseline: the same page without the widgets. One audit is one sample of a noisy
// machine, so each page is audited several times, the pages taking turns, and the report keeps
// the median of each score and metric.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from './stats.mjs';

const runs = 3;
const categories = ['performance', 'accessibility', 'best-practices'];
const metricAudits = {
  firstContentfulPaint: 'first-contentful-paint',
  totalBlockingTime: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
};

async function audit(url, chromePath) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    return {
      scores: Object.fromEntries(categories.map((id) => [id, Math.round(lhr.categories[id].score * 100)])),
      metrics: Object.fromEntries(Object.entries(metricAudits).map(([key, id]) => [key, lhr.audits[id].numericValue])),
      failing: Object.values(lhr.audits)
        .filter((item) => item.score !== null && item.score < 1 && item.scoreDisplayMode === 'binary')
        .map((item) => item.id),
    };
  } finally {
    await chrome.kill();
  }
}

function summary(audits) {
  const medianOf = (pick) => median(audits.map(pick));
  const failing = [...new Set(audits.flatMap((result) => result.failing))];
  return {
    scores: Object.fromEntries(categories.map((id) => [id, medianOf((result) => result.scores[id])])),
    performanceEachRun: audits.map((result) => result.scores.performance),
    ...Object.fromEntries(Object.keys(metricAudits).map((key) => [key, medianOf((result) => result.metrics[key])])),
    failing: failing.map(
      (id) => `${id} (${audits.filter((result) => result.failing.includes(id)).length}/${audits.length})`,
    ),
  };
}

/** `pages`: name → URL, the baseline first. Returns each page's name and summary, in that order. */
export async function benchLighthouse(pages, chromePath) {
  const audits = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  for (let run = 0; run < runs; run += 1) {
    for (const [name, url] of Object.entries(pages)) audits[name].push(await audit(url, chromePath));
  }
  return { runs, pages: Object.entries(audits).map(([name, results]) => ({ name, ...summary(results) })) };
}
