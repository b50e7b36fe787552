// The heading-level rule, apart from the heading templates: pages that only list the levels (the
// embed-code builder) read it without loading Lit.
export const minHeadingLevel = 2;
export const maxHeadingLevel = 6;
export const defaultHeadingLevel = 3;

/** Any attribute value to a heading level from 2 to 6; what is not a number gives `fallback`. */
export function clampHeadingLevel(value: unknown, fallback = defaultHeadingLevel): number {
  // Only numbers and numeric text count: Number('  ') is 0 and Number(Symbol()) throws.
  const given = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof given !== 'number' || !Number.isFinite(given)) return fallback;
  return Math.min(maxHeadingLevel, Math.max(minHeadingLevel, Math.round(given)));
}
