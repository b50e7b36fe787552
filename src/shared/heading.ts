import { html, type TemplateResult } from 'lit';
import { clampHeadingLevel } from './heading-level.js';

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
