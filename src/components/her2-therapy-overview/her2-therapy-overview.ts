import { html, nothing, type TemplateResult } from 'lit';
import { combinationTherapy, therapyTypes, therapyTypesIntro } from '../../content/therapies.js';
import type { TherapyType } from '../../content/types.js';
import { Her2Block } from '../../shared/her2-block.js';
import { ReviewedContent } from '../../shared/reviewed-content.js';
import { renderInOwnRegistry, withOwnRegistry } from '../../shared/scoped-registry.js';
import { Her2TherapyCard } from '../her2-therapy-card/her2-therapy-card.js';
import { cardStyles } from '../../shared/theme.styles.js';
import { therapyOverviewStyles } from './her2-therapy-overview.styles.js';

/** The nested cards' parts, renamed so a host can style them from outside the overview. */
const therapyCardParts = [
  'card: therapy-card',
  'heading: therapy-heading',
  'body: therapy-body',
  'link: therapy-link',
  'diagram: therapy-diagram',
].join(', ');

/**
 * The cards are `<her2-therapy-card>` elements, one heading level below the overview's
 * heading, in the overview's theme and language. `her2-widgets/define/her2-therapy-overview.js`
 * registers `<her2-therapy-card>` too; a host that registers this class under another name
 * must also register `her2-therapy-card` (import `her2-widgets/define/her2-therapy-card.js`, or
 * `customElements.define('her2-therapy-card', Her2TherapyCard)`), or the cards stay empty.
 *
 * @summary The three types of HER2-targeted therapy, each as a `<her2-therapy-card>`, and how targeted therapy is combined with other treatments.
 *
 * @tagname her2-therapy-overview
 *
 * @csspart card - The card container.
 * @csspart heading - "Types of targeted therapy for MBC".
 * @csspart body - Everything between the heading and the footer.
 * @csspart therapy - Each nested `<her2-therapy-card>` element.
 * @csspart therapy-card - A nested card's `card` part.
 * @csspart therapy-heading - A nested card's `heading` part.
 * @csspart therapy-body - A nested card's `body` part.
 * @csspart therapy-link - A nested card's `link` part.
 * @csspart therapy-diagram - A nested card's `diagram` part: its picture.
 * @csspart care-notice - "This information does not replace advice from your care team."
 */
export class Her2TherapyOverview extends Her2Block {
  static override styles = [Her2Block.styles, cardStyles, therapyOverviewStyles];
  /** @internal Its shadow root holds a registry of its own for the elements it renders, where the engine can. */
  static override shadowRootOptions = withOwnRegistry(Her2Block.shadowRootOptions, {
    'her2-therapy-card': Her2TherapyCard,
  });

  constructor() {
    super();
    renderInOwnRegistry(this);
  }

  protected readonly reviewed = new ReviewedContent(this, { therapyTypesIntro, combinationTherapy });

  protected override render(): TemplateResult {
    const { heading, paragraphs } = this.reviewed.get('therapyTypesIntro');
    return this.renderCard(html`${heading ? this.heading(heading.text) : nothing}
      <div part="body" class="body">
        ${paragraphs.map((paragraph) => html`<p>${paragraph.text}</p>`)}
        <div class="therapies">${therapyTypes.map((type) => this.renderTherapy(type))}</div>
        <p>${this.reviewed.get('combinationTherapy').text}</p>
      </div>`);
  }

  protected override get namesTreatments(): boolean {
    return true;
  }

  // What the article says of every type (it can be used to treat HER2-positive MBC, and in
  // combination with other therapies) the introduction and the last paragraph say once for all.
  private renderTherapy(type: TherapyType): TemplateResult {
    const { headingLevel, theme, lang } = this.nested;
    return html`<her2-therapy-card
      part="therapy"
      exportparts=${therapyCardParts}
      type=${type}
      heading-level=${headingLevel}
      theme=${theme}
      lang=${lang}
      no-footer
      .showsSharedUse=${false}
    ></her2-therapy-card>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'her2-therapy-overview': Her2TherapyOverview;
  }
}
