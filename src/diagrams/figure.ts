import { html, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { DiagramText } from '../content/diagrams.js';

/**
 * A picture with its visible caption, which is also its accessible name; its description
 * repeats the article's sentences, so a reader who cannot see it loses nothing. One picture
 * per shadow root, so the ids are unique.
 */
export function renderFigure(text: DiagramText<string>, viewBox: string, shapes: SVGTemplateResult): TemplateResult {
  return html`<figure part="diagram" class="diagram">
    <svg role="img" viewBox=${viewBox} aria-labelledby="diagram-caption" aria-describedby="diagram-description">
      <desc id="diagram-description">${text.description.map((item) => item.text).join(' ')}</desc>
      ${shapes}
    </svg>
    <figcaption id="diagram-caption">${text.caption.text}</figcaption>
  </figure>`;
}
