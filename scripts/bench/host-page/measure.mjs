// Loads pages in one tab with the CPU slowed 4× and the HTTP cache off, and reports each page's
// first contentful paint, cumulative layout shift (every shift without recent input, added up)
// and height, once each widget on it has rendered and the page has had time to settle. One tab
// for all the loads of a viewport keeps the noise of starting a renderer process out of the
// timings.
const settleMs = 1000;

/**
 * The first paint comes from the DevTools protocol, in seconds on the browser's own clock: the
 * page's Paint Timing API rounds it to 4 ms, a twentieth of the baseline, too coarse for a 10 % goal.
 */
export async function openMeasuringTab(browser, { width, height }) {
  const page = await browser.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  await cdp.send('Page.enable');
  await cdp.send('Page.setLifecycleEventsEnabled', { enabled: true });
  const firstPaints = [];
  cdp.on('Page.lifecycleEvent', ({ name, timestamp }) => {
    if (name === 'firstContentfulPaint') firstPaints.push(timestamp);
  });
  await page.evaluateOnNewDocument(() => {
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { page, cdp, firstPaints };
}

export async function measurePage({ page, cdp, firstPaints }, url) {
  await page.goto('about:blank');
  firstPaints.length = 0;
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(async () => {
    if (!document.querySelector('script[type="module"]')) return;
    const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
    await Promise.all(widgets.map((el) => customElements.whenDefined(el.localName)));
    await Promise.all(widgets.map((el) => el.updateComplete));
  });
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const { metrics } = await cdp.send('Performance.getMetrics');
  const navigationStart = metrics.find((metric) => metric.name === 'NavigationStart').value;
  if (firstPaints.length !== 1) throw new Error(`${url}: ${firstPaints.length} first contentful paints`);
  return {
    fcp: (firstPaints[0] - navigationStart) * 1000,
    ...(await page.evaluate(() => ({ cls: window.__layoutShift, height: document.documentElement.scrollHeight }))),
  };
}
