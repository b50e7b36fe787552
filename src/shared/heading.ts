import { html, type TemplateResult } from 'lit';

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

/**
 * One heading element per level: Lit cannot bind a tag name, and lit/static-html would cost
 * every bundle more than these five lines.
 */
export function renderHeading(level: number, content: unknown, className = 'heading'): TemplateResult {
  switch (clampHeadingLevel(level)) {
    case 2:
      return html`<h2 part="heading" class=${className}>${content}</h2>`;
    case 3:
      return html`<h3 part="heading" class=${className}>${content}</h3>`;
    case 4:
      return html`<h4 part="heading" class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 part="heading" class=${className}>${content}</h5>`;
    default:
      return html`<h6 part="heading" class=${className}>${content}</h6>`;
  }
}
