import { html, nothing, type TemplateResult } from 'lit';
import { articleMeta } from '../../content/article.js';
import { articleLookAhead, her2Status } from '../../content/her2-status.js';
import { combinationTherapy, therapies, therapyTypes, therapyTypesIntro } from '../../content/therapies.js';
import { treatmentDecisions } from '../../content/treatment-decisions.js';
import type { ReviewedText, Therapy } from '../../content/types.js';
import { hostText } from '../../shared/describe-value.js';
import { careTeamNoticeText, msg, str } from '../../shared/i18n.js';
import { Her2Block } from '../../shared/her2-block.js';
import { ReviewedContent } from '../../shared/reviewed-content.js';
import { renderInOwnRegistry, withOwnRegistry } from '../../shared/scoped-registry.js';
import { GlossaryTerm } from '../glossary-term/glossary-term.js';
import { Her2Glossify } from '../her2-glossify/her2-glossify.js';
import { RelatedReading } from '../related-reading/related-reading.js';
import { SourceList } from '../source-list/source-list.js';
import { hrefsConverter, type RelatedReadingHrefs } from '../../shared/related-hrefs.js';
import { cardStyles } from '../../shared/theme.styles.js';
import { articleStyles } from './her2-article.styles.js';

/** The level of the article's title unless `heading-level` sets another. */
export const articleHeadingLevel = 2;

/**
 * Its text is plain text inside a `<her2-glossify>`, which defines each glossary term where it first
 * appears (the same mechanism a host uses for its own text), so `her2-glossified` bubbles out of it.
 * `her2-widgets/define/her2-article.js` registers the elements it uses too. A host that registers
 * this class under another name must register the four it depends on.
 * The host's URLs for the featured items go to `relatedHrefs` (property) or `related-hrefs` (JSON attribute).
 *
 * @summary The whole reviewed article in its own order, every glossary term defined in place where it first appears.
 *
 * @tagname her2-article
 *
 * @dependency her2-glossify
 * @dependency glossary-term
 * @dependency source-list
 * @dependency related-reading
 *
 * @csspart card - The article container.
 * @csspart heading - The article's title.
 * @csspart body - Everything between the header and the footer.
 * @csspart care-notice - "This information does not replace advice from your care team."
 *
 * @event her2-glossified - From the article's own text, as `<her2-glossify>`'s. Detail: `{count, terms}`.
 * @event her2-invalid - From its nested lists: `link-target` is unknown, or `related-hrefs` is refused as `<related-reading>` refuses `hrefs`. Also when the page's review record is refused. Detail: `{tag, attribute, value}`.
 */
export class Her2Article extends Her2Block {
  static override styles = [Her2Block.styles, cardStyles, articleStyles];
  /** @internal Its shadow root holds a registry of its own for the elements it renders, where the engine can. */
  static override shadowRootOptions = withOwnRegistry(Her2Block.shadowRootOptions, {
    'her2-glossify': Her2Glossify,
    'glossary-term': GlossaryTerm,
    'source-list': SourceList,
    'related-reading': RelatedReading,
  });

  static override properties = {
    relatedHrefs: { attribute: 'related-hrefs', converter: hrefsConverter },
    linkTarget: { attribute: 'link-target' },
  };

  /** The article's title is an h2 by default; its sections go one level deeper. */
  override headingLevel: number | string = articleHeadingLevel;

  protected override get fallbackHeadingLevel(): number {
    return articleHeadingLevel;
  }

  /** Where each featured item lives on the host's site: `{id: url}`, as `<related-reading>`'s `hrefs`. */
  relatedHrefs?: RelatedReadingHrefs;

  /** Where source and featured-item links open, as `<source-list>`'s `link-target`. */
  linkTarget?: string;

  constructor() {
    super();
    renderInOwnRegistry(this);
  }

  protected readonly reviewed = new ReviewedContent(this, {
    articleMeta,
    her2Status,
    articleLookAhead,
    therapyTypesIntro,
    therapies,
    combinationTherapy,
    treatmentDecisions,
  });

  /** `linkTarget` as text for the nested lists, which check it; a host may have set any value. */
  private get forwardedTarget(): string | typeof nothing {
    return this.linkTarget === undefined || this.linkTarget === null ? nothing : hostText(this.linkTarget);
  }

  // UI strings (review date, care notice) and the therapy names that lead each item are not
  // glossified: the terms are defined in the article's own sentences.
  // The glossary follows the text it defines; nested lists follow the element's own language.
  protected override render(): TemplateResult {
    const meta = this.reviewed.get('articleMeta');
    const intro = this.reviewed.get('therapyTypesIntro');
    const decisions = this.reviewed.get('treatmentDecisions');
    const therapyByType = this.reviewed.get('therapies');
    const { headingLevel, theme, lang } = this.nested;
    return this.renderCard(
      html`<her2-glossify theme=${this.themeName} lang=${this.reviewed.locale}>
        <header>
          ${this.heading(meta.title.text, 0, 'heading title')}
          <p class="subtitle">${meta.subtitle.text}</p>
          <p class="reviewed" data-no-glossify lang=${this.locale}>${msg(str`Medically reviewed in ${this.reviewDate}`)}</p>
        </header>
        <div part="body" class="body">
          ${this.statusParagraphs().map((paragraph) => html`<p>${paragraph.text}</p>`)}
          <section>
            ${this.heading(intro.heading?.text, 1)}
            ${intro.paragraphs.map((paragraph) => html`<p>${paragraph.text}</p>`)}
            <ul>
              ${therapyTypes.map((type) => html`<li>${this.renderTherapy(therapyByType[type])}</li>`)}
            </ul>
            <p>${this.reviewed.get('combinationTherapy').text}</p>
          </section>
          <section>
            ${this.heading(decisions.heading?.text, 1)}
            ${decisions.paragraphs.map((paragraph) => html`<p>${paragraph.text}</p>`)}
            <p part="care-notice" class="care-notice" data-no-glossify lang=${this.locale}>${careTeamNoticeText()}</p>
          </section>
          <source-list
            class="nested"
            heading-level=${headingLevel}
            theme=${theme}
            lang=${lang}
            link-target=${this.forwardedTarget}
            no-footer
          ></source-list>
          <related-reading
            class="nested"
            heading-level=${headingLevel}
            theme=${theme}
            lang=${lang}
            link-target=${this.forwardedTarget}
            no-footer
            .hrefs=${this.relatedHrefs}
          ></related-reading>
        </div>
      </her2-glossify>`,
      'article',
    );
  }

  /** `her2Status` with the article's look-ahead in its place: the seed's order. */
  private statusParagraphs(): ReviewedText[] {
    const paragraphs = [...this.reviewed.get('her2Status').paragraphs, this.reviewed.get('articleLookAhead')];
    return paragraphs.sort((a, b) => a.seed[0] - b.seed[0]);
  }

  private renderTherapy(therapy: Therapy): TemplateResult {
    const lead = therapy.abbreviation
      ? html`<strong data-no-glossify>${therapy.name} (${therapy.abbreviation}).</strong> `
      : nothing;
    const sentences = [therapy.whatItIs, ...therapy.howItWorks, therapy.givenWhen];
    return html`${lead}${sentences.map((item) => (item ? html`${item.text} ` : nothing))}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'her2-article': Her2Article;
  }
}
