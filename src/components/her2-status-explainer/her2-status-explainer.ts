import { html, nothing, type TemplateResult } from 'lit';
import { her2Status } from '../../content/her2-status.js';
import { Her2Element } from '../../shared/her2-element.js';
import { cardStyles } from '../../shared/theme.styles.js';

/**
 * @summary Understanding HER2 status: what HER2 is, what HER2-positive means, how HER2 status is tested, HER2 as a cancer biomarker and what targeted therapies are.
 *
 * @tagname her2-status-explainer
 *
 * @csspart card - The card container.
 * @csspart heading - "Understanding HER2 status".
 * @csspart body - Everything between the heading and the footer.
 */
export class Her2StatusExplainer extends Her2Element {
  static override styles = [Her2Element.styles, cardStyles];

  protected override render(): TemplateResult {
    const { heading, paragraphs } = her2Status;
    const [whatHer2Is, ...rest] = paragraphs;
    return html`<div part="card" class="card ${this.themeClass}" lang=${this.locale}>
      ${heading ? this.heading(heading.text) : nothing}
      <div part="body" class="body">
        <p>${whatHer2Is.text}</p>
        ${this.renderDiagram()}
        ${rest.map((paragraph) => html`<p>${paragraph.text}</p>`)}
      </div>
      ${this.renderFooter()}
    </div>`;
  }

  /**
   * Where the picture of HER2 proteins on a cancer cell will go, right after the paragraph
   * that describes them: an accessible inline SVG that `no-diagram` hides (issue 10).
   * Renders nothing until then.
   */
  private renderDiagram(): typeof nothing {
    return nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'her2-status-explainer': Her2StatusExplainer;
  }
}
