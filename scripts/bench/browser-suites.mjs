// The benchmarks that run in Chromium: render, glossary at scale, memory, glossify.
import { median, percentile } from './stats.mjs';

const renderRuns = 11;
const memoryCycles = 10_000;

async function fresh(browser, url) {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

export async function benchRender(browser, origin) {
  const widgetTimes = [];
  const staticTimes = [];
  for (let run = 0; run < renderRuns; run += 1) {
    const widgets = await fresh(browser, `${origin}/scripts/bench/pages/render-widgets.html`);
    await widgets.waitForFunction(() => window.__benchResult, { timeout: 60_000 });
    const result = await widgets.evaluate(() => window.__benchResult);
    await widgets.close();
    widgetTimes.push(result.elapsed);

    const page = await fresh(browser, `${origin}/scripts/bench/pages/render-static.html`);
    await page.waitForFunction(() => window.__render);
    staticTimes.push(await page.evaluate((html, css) => window.__render(html, css), result.staticHtml, result.css));
    await page.close();
  }
  return { runs: renderRuns, elements: 200, widgets: median(widgetTimes), static: median(staticTimes) };
}

export async function benchGlossary(browser, origin) {
  const page = await fresh(browser, `${origin}/scripts/bench/pages/glossary-scale.html`);
  await page.waitForFunction(() => window.__run);
  const baseline = await page.evaluate(() => window.__run(0));
  const scaled = await page.evaluate(() => window.__run(10_000));
  await page.close();
  const summary = (times) => ({ keystrokes: times.length, median: median(times), p95: percentile(times, 95) });
  return { terms: 10_000, baseline: summary(baseline), scaled: summary(scaled) };
}

async function heapAfterGc(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await page.metrics()).JSHeapUsedSize;
}

export async function benchMemory(browser, origin) {
  const page = await fresh(browser, `${origin}/scripts/bench/pages/memory.html`);
  const cdp = await page.createCDPSession();
  await page.waitForFunction(() => window.__cycle);
  const measure = async (markup) => {
    await page.evaluate((m) => window.__cycle(m, 50), markup); // warm up: code and caches
    const before = await heapAfterGc(page, cdp);
    await page.evaluate((m, cycles) => window.__cycle(m, cycles), markup, memoryCycles);
    const after = await heapAfterGc(page, cdp);
    return { before, after, growth: (after - before) / before };
  };
  const baseline = await measure('<div><p>HER2</p></div><div><h3>Antibody drug conjugates</h3></div>');
  const widgets = await measure(
    '<glossary-term term="her2">HER2</glossary-term><her2-therapy-card type="adc"></her2-therapy-card>',
  );
  await page.close();
  return { cycles: memoryCycles, baseline, widgets };
}

export async function benchGlossify(browser, origin) {
  const page = await fresh(browser, `${origin}/scripts/bench/pages/glossify.html`);
  await page.waitForFunction(() => window.__benchResult, { timeout: 120_000 });
  const { words, runs, terms, defined, definedEvery, medians } = await page.evaluate(() => window.__benchResult);
  await page.close();
  return { words, runs, terms, defined, definedEvery, medians };
}
