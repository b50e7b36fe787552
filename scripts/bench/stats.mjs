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
