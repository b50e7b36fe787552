// The benchmarks that run in Chromium: render, glossary at scale, memory, glossify.
import { median, percentile } from './stats.mjs';

const renderRuns = 21;
const memoryCycles = 10_000;

async function fresh(browser, url) {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

async function renderWidgets(browser, origin) {
  const page = await fresh(browser, `${origin}/scripts/bench/pages/render-widgets.html`);
  await page.waitForFunction(() => window.__benchResult, { timeout: 60_000 });
  const result = await page.evaluate(() => window.__benchResult);
  await page.close();
  return result;
}

async function renderStatic(browser, origin, { staticHtml, css }) {
  const page = await fresh(browser, `${origin}/scripts/bench/pages/render-static.html`);
  await page.waitForFunction(() => window.__render);
  const elapsed = await page.evaluate((html, styles) => window.__render(html, styles), staticHtml, css);
  await page.close();
  return elapsed;
}

export async function benchRender(browser, origin) {
  // A first load of each page, not counted, warms the server and the browser's caches; the
  // widgets' load also gives the markup and styles that the static page draws every time.
  const content = await renderWidgets(browser, origin);
  await renderStatic(browser, origin, content);
  const widgetTimes = [];
  const staticTimes = [];
  for (let run = 0; run < renderRuns; run += 1) {
    // The two pages take turns, in both orders, so both see the same machine load.
    const measureWidgets = async () => widgetTimes.push((await renderWidgets(browser, origin)).elapsed);
    const measureStatic = async () => staticTimes.push(await renderStatic(browser, origin, content));
    const [first, second] = run % 2 === 0 ? [measureWidgets, measureStatic] : [measureStatic, measureWidgets];
    await first();
    await second();
  }
  const pairRatios = widgetTimes.map((time, run) => time / staticTimes[run]);
  return {
    runs: renderRuns,
    elements: content.elements,
    widgets: median(widgetTimes),
    static: median(staticTimes),
    pairRatios: { median: median(pairRatios), p25: percentile(pairRatios, 25), p75: percentile(pairRatios, 75) },
  };
}

export async function benchGlossary(browser, origin) {
  const page = await fresh(browser, `${origin}/scripts/bench/pages/glossary-scale.html`);
  await page.waitForFunction(() => window.__run);
  const baseline = await page.evaluate(() => window.__run(0));
  const scaled = await page.evaluate(() => window.__run(10_000));
  await page.close();
  const summary = (times) => ({
    keystrokes: times.length,
    first: times[0],
    median: median(times),
    p95: percentile(times, 95),
  });
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
    // A second round: what a leak would add again, without the one-time growth of the first.
    await page.evaluate((m, cycles) => window.__cycle(m, cycles), markup, memoryCycles);
    const again = await heapAfterGc(page, cdp);
    return { before, after, growth: (after - before) / before, secondGrowth: (again - after) / after };
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
