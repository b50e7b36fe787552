// Loads pages in one tab with the CPU slowed 4× and the HTTP cache off, and reports each page's
// first contentful paint and cumulative layout shift (every shift without recent input, added
// up) once each widget on it has rendered and the page has had time to settle. One tab for all
// the loads of a viewport keeps the noise of starting a renderer process out of the timings.
const settleMs = 1000;

export async function openMeasuringTab(browser, { width, height }) {
  const page = await browser.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluateOnNewDocument(() => {
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return page;
}

export async function measurePage(tab, url) {
  await tab.goto('about:blank');
  await tab.goto(url, { waitUntil: 'load' });
  await tab.evaluate(async () => {
    if (!document.querySelector('script[type="module"]')) return;
    const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
    await Promise.all(widgets.map((el) => customElements.whenDefined(el.localName)));
    await Promise.all(widgets.map((el) => el.updateComplete));
  });
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  return tab.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    cls: window.__layoutShift,
  }));
}
