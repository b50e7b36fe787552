import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';

export const minHeadingLevel = 2;
export const maxHeadingLevel = 6;
export const defaultHeadingLevel = 3;

const headingTags: Readonly<Record<number, StaticValue>> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** Any attribute value to a heading level from 2 to 6; what is not a number gives the default. */
export function clampHeadingLevel(value: unknown): number {
  const level = Math.round(Number(value));
  // Number('  ') is 0: a blank value would otherwise clamp to h2 instead of the default.
  if (value === null || String(value).trim() === '' || !Number.isFinite(level)) return defaultHeadingLevel;
  return Math.min(maxHeadingLevel, Math.max(minHeadingLevel, level));
}

export function renderHeading(
  level: number,
  content: unknown,
  options: { part?: string; className?: string; id?: string } = {},
): TemplateResult {
  const tag = headingTags[clampHeadingLevel(level)];
  return html`<${tag} part=${options.part ?? 'heading'} class=${options.className ?? 'heading'}
    id=${options.id ?? ''}>${content}</${tag}>`;
}
