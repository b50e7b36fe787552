import { html, nothing, type TemplateResult } from 'lit';
import { treatmentDecisions } from '../../content/treatment-decisions.js';
import { careTeamNoticeText } from '../../shared/i18n.js';
import { Her2Block } from '../../shared/her2-block.js';
import { ReviewedContent } from '../../shared/reviewed-content.js';
import { cardStyles } from '../../shared/theme.styles.js';

/**
 * @summary "Making treatment decisions": guidance on side effects and working with the healthcare team, with a note that it does not replace advice from the reader's care team.
 *
 * @tagname treatment-decisions
 *
 * @csspart card - The card container.
 * @csspart heading - "Making treatment decisions".
 * @csspart body - The guidance and the care-team note.
 * @csspart care-notice - "This information does not replace advice from your care team."
 */
export class TreatmentDecisions extends Her2Block {
  static override styles = [Her2Block.styles, cardStyles];

  protected readonly reviewed = new ReviewedContent(this, { treatmentDecisions });

  protected override render(): TemplateResult {
    const { heading, paragraphs } = this.reviewed.get('treatmentDecisions');
    return this.renderCard(html`${heading ? this.heading(heading.text) : nothing}
      <div part="body" class="body">
        ${paragraphs.map((paragraph) => html`<p>${paragraph.text}</p>`)}
        <p part="care-notice" class="care-notice" role="note" lang=${this.locale}>${careTeamNoticeText()}</p>
      </div>`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'treatment-decisions': TreatmentDecisions;
  }
}
