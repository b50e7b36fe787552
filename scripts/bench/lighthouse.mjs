// Lighthouse on the demo page, and on the same page without the widgets' script as baseline.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const categories = ['performance', 'accessibility', 'best-practices'];

async function audit(url, chromePath) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    return {
      scores: Object.fromEntries(categories.map((id) => [id, Math.round(lhr.categories[id].score * 100)])),
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      failing: Object.values(lhr.audits)
        .filter((item) => item.score !== null && item.score < 1 && item.scoreDisplayMode === 'binary')
        .map((item) => item.id),
    };
  } finally {
    await chrome.kill();
  }
}

export async function benchLighthouse(origin, chromePath) {
  return {
    demo: await audit(`${origin}/demo/`, chromePath),
    baseline: await audit(`${origin}/bench/demo-without-widgets.html`, chromePath),
  };
}
