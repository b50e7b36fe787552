// The two statistics the benchmarks report: the median, and nearest-rank percentiles (p25/p75 of
// the render pairs' ratios, p95 of keystroke times). Ours rather than tachometer's: tachometer
// drives Chrome through chromedriver, which it downloads on first use and which Debian's
// chromium does not ship here, and most suites need what it does not measure (CDP heap after GC,
// per-keystroke times inside one page, Lighthouse runs).
export function median(values) {
  return percentile(values, 50);
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export const ms = (value) => `${value.toFixed(2)} ms`;
export const ratio = (value, baseline) => `${(value / baseline).toFixed(2)}×`;
