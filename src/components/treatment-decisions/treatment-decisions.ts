import { html, nothing, type TemplateResult } from 'lit';
import { treatmentDecisions } from '../../content/treatment-decisions.js';
import { careTeamNoticeText } from '../../shared/i18n.js';
import { Her2Element } from '../../shared/her2-element.js';
import { cardStyles } from '../../shared/theme.styles.js';
import { treatmentDecisionsStyles } from './treatment-decisions.styles.js';

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
export class TreatmentDecisions extends Her2Element {
  static override styles = [Her2Element.styles, cardStyles, treatmentDecisionsStyles];
  static override contentShown = { treatmentDecisions };

  protected override render(): TemplateResult {
    const { heading, paragraphs } = this.content(treatmentDecisions);
    return html`<div part="card" class="card ${this.themeClass}" lang=${this.contentLocale}>
      ${heading ? this.heading(heading.text) : nothing}
      <div part="body" class="body">
        ${paragraphs.map((paragraph) => html`<p>${paragraph.text}</p>`)}
        <p part="care-notice" class="care-notice" role="note" lang=${this.locale}>${careTeamNoticeText()}</p>
      </div>
      ${this.renderFooter()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'treatment-decisions': TreatmentDecisions;
  }
}
