import { html, nothing, type TemplateResult } from 'lit';
import { her2StatusDiagram } from '../../content/diagrams.js';
import { her2Status } from '../../content/her2-status.js';
import { diagramStyles } from '../../diagrams/diagram.styles.js';
import { her2StatusFigure } from '../../diagrams/her2-status.js';
import { Her2Block } from '../../shared/her2-block.js';
import { ReviewedContent } from '../../shared/reviewed-content.js';
import { cardStyles } from '../../shared/theme.styles.js';

/**
 * @summary Understanding HER2 status: what HER2 is, what HER2-positive means, how HER2 status is tested, HER2 as a cancer biomarker and what targeted therapies are.
 *
 * @tagname her2-status-explainer
 *
 * @csspart card - The card container.
 * @csspart heading - "Understanding HER2 status".
 * @csspart body - Everything between the heading and the footer.
 * @csspart diagram - The picture of HER2 proteins on cancer cells, with its caption.
 */
export class Her2StatusExplainer extends Her2Block {
  static override styles = [Her2Block.styles, cardStyles, diagramStyles];

  static override properties = {
    noDiagram: { type: Boolean, attribute: 'no-diagram' },
  };

  /** Hides the picture of HER2 proteins on cancer cells; its words stay in the text. */
  noDiagram = false;

  protected readonly reviewed = new ReviewedContent(this, { her2Status, her2StatusDiagram });

  protected override render(): TemplateResult {
    const { heading, paragraphs } = this.reviewed.get('her2Status');
    const [whatHer2Is, ...rest] = paragraphs;
    return this.renderCard(html`${heading ? this.heading(heading.text) : nothing}
      <div part="body" class="body">
        <p>${whatHer2Is.text}</p>
        ${this.renderDiagram()}
        ${rest.map((paragraph) => html`<p>${paragraph.text}</p>`)}
      </div>`);
  }

  /** The picture of HER2 proteins on cancer cells, right after the paragraph that describes them. */
  private renderDiagram(): TemplateResult | typeof nothing {
    return this.noDiagram ? nothing : her2StatusFigure(this.reviewed.get('her2StatusDiagram'));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'her2-status-explainer': Her2StatusExplainer;
  }
}
