import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { articleMeta } from '../../content/article.js';
import { glossary } from '../../content/glossary.js';
import { her2Status } from '../../content/her2-status.js';
import { combinationTherapy, therapies, therapyTypes, therapyTypesIntro } from '../../content/therapies.js';
import { treatmentDecisions } from '../../content/treatment-decisions.js';
import type { ReviewedText, Therapy } from '../../content/types.js';
import { Her2Element } from '../../shared/her2-element.js';
import { TermMatcher } from '../../shared/term-matcher.js';
import { hrefsConverter, type RelatedReadingHrefs } from '../related-reading/related-hrefs.js';
import { cardStyles } from '../../shared/theme.styles.js';
import { articleStyles } from './her2-article.styles.js';

let builtInMatcher: TermMatcher | undefined;
const termMatcher = () => (builtInMatcher ??= new TermMatcher(glossary));

/**
 * @summary The whole reviewed article in its own order, every glossary term defined in place where it first appears.
 *
 * @tagname her2-article
 *
 * @csspart card - The article container.
 * @csspart heading - The article's title.
 * @csspart body - Everything between the header and the footer.
 * @csspart care-notice - "This information does not replace advice from your care team."
 *
 * Uses `<glossary-term>`, `<source-list>` and `<related-reading>`; `her2-widgets/define/her2-article.js`
 * registers them too. A host that registers this class under another name must register those three.
 * The host's URLs for the featured items go to `relatedReadingHrefs` (property) or `related-hrefs` (JSON attribute).
 */
export class Her2Article extends Her2Element {
  static override styles = [Her2Element.styles, cardStyles, articleStyles];

  /** The article's title is an h2 by default; its sections go one level deeper. */
  override headingLevel: number | string = 2;

  /** Where each featured item lives on the host's site: `{id: url}`, as `<related-reading>`'s `hrefs`. */
  @property({ attribute: 'related-hrefs', converter: hrefsConverter })
  relatedHrefs?: RelatedReadingHrefs;

  /** Where source and featured-item links open, as `<source-list>`'s `link-target`. */
  @property({ attribute: 'link-target' })
  linkTarget?: string;

  protected override render(): TemplateResult {
    const defined = new Set<string>();
    const text = (item: ReviewedText) => this.renderWithTerms(item.text, defined);
    return html`<article part="card" class="card ${this.themeClass}" lang=${this.locale}>
      <header>
        ${this.heading(articleMeta.title.text, 0, 'heading title')}
        <p class="subtitle">${text(articleMeta.subtitle)}</p>
        <p class="reviewed">${this.strings.reviewedIn(this.reviewDate)}</p>
      </header>
      <div part="body" class="body">
        ${her2Status.paragraphs.map((paragraph) => html`<p>${text(paragraph)}</p>`)}
        <section>
          ${this.heading(therapyTypesIntro.heading?.text, 1)}
          ${therapyTypesIntro.paragraphs.map((paragraph) => html`<p>${text(paragraph)}</p>`)}
          <ul>
            ${therapyTypes.map((type) => html`<li>${this.renderTherapy(therapies[type], text)}</li>`)}
          </ul>
          <p>${text(combinationTherapy)}</p>
        </section>
        <section>
          ${this.heading(treatmentDecisions.heading?.text, 1)}
          ${treatmentDecisions.paragraphs.map((paragraph) => html`<p>${text(paragraph)}</p>`)}
          <p part="care-notice" class="care-notice">${this.strings.careTeamNotice}</p>
        </section>
        <source-list
          class="nested"
          heading-level=${this.level + 1}
          theme=${this.theme}
          link-target=${this.linkTarget ?? nothing}
          no-footer
        ></source-list>
        <related-reading
          class="nested"
          heading-level=${this.level + 1}
          theme=${this.theme}
          link-target=${this.linkTarget ?? nothing}
          no-footer
          .hrefs=${this.relatedHrefs}
        ></related-reading>
      </div>
      ${this.renderFooter()}
    </article>`;
  }

  private renderTherapy(therapy: Therapy, text: (item: ReviewedText) => unknown): TemplateResult {
    const lead = therapy.abbreviation
      ? html`<strong>${therapy.name} (${therapy.abbreviation}).</strong> `
      : nothing;
    const sentences = [therapy.whatItIs, ...therapy.howItWorks, therapy.givenWhen];
    return html`${lead}${sentences.map((item) => (item ? html`${text(item)} ` : nothing))}`;
  }

  /** The text with the first occurrence in the article of each glossary term defined in place. */
  private renderWithTerms(text: string, defined: Set<string>): unknown[] {
    return termMatcher()
      .split(text, defined, true)
      .map((segment) =>
        segment.termId
          ? html`<glossary-term term=${segment.termId} theme=${this.theme}>${segment.text}</glossary-term>`
          : segment.text,
      );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'her2-article': Her2Article;
  }
}
