import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { articleMeta } from '../content/article.js';
import type { ContentShown } from './content-pack-registry.js';
import { renderHeading } from './heading.js';
import { clampHeadingLevel, defaultHeadingLevel } from './heading-level.js';
import { Her2Element, type Theme } from './her2-element.js';
import { careTeamNoticeText, monthYearText } from './i18n.js';
import { renderReviewFooter } from './review-footer.js';
import { ReviewStatus } from './review-status.js';
import type { ReviewedContent } from './reviewed-content.js';

/**
 * A card of reviewed content: its top heading at `heading-level`, and the review footer unless
 * `no-footer`. Subclasses give the content they show (`reviewed`) and render through
 * `renderCard()`, which puts the body between the card and its footer.
 *
 * @csspart footer - When the text was last reviewed and is next due for review, and the source count.
 * @csspart review-notice - In the footer, once the next review is past: the information is due for review.
 *
 * @event her2-invalid - The page's review record (`registerReviewRecord`) was refused: attribute `reviewRecord`, value the reasons. Detail: `{tag, attribute, value}`.
 * @event her2-review-overdue - The text shown is past its next review date; once per connection. Detail: `{reviewed, nextReview}`.
 */
export abstract class Her2Block extends Her2Element {
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    noFooter: { type: Boolean, attribute: 'no-footer' },
  };

  /** Level of the element's top heading, clamped to 2–6. */
  headingLevel: number | string = defaultHeadingLevel;

  /** Hides the footer with the review date and source count. */
  noFooter = false;

  /** The content the card shows; its footer names the review of what it shows. */
  protected abstract readonly reviewed: ReviewedContent<ContentShown>;

  private readonly review = new ReviewStatus(this);

  protected get level(): number {
    return clampHeadingLevel(this.headingLevel, this.fallbackHeadingLevel);
  }

  /** The top heading's level when `heading-level` is not a number: the element's default. */
  protected get fallbackHeadingLevel(): number {
    return defaultHeadingLevel;
  }

  /**
   * What a composite hands each card it nests, as the card's `heading-level`, `theme` and `lang`
   * (with `no-footer`: the composite's own footer covers them): one heading level deeper, the
   * theme in use, and the composite's language.
   */
  protected get nested(): { readonly headingLevel: number; readonly theme: Theme; readonly lang: string } {
    return { headingLevel: this.level + 1, theme: this.themeName, lang: this.locale };
  }

  protected heading(content: unknown, levelOffset = 0, className?: string): TemplateResult {
    return renderHeading(this.level + levelOffset, content, className);
  }

  /** The month and year of the medical review, in the element's locale. */
  protected get reviewDate(): string {
    return monthYearText(articleMeta.reviewed);
  }

  /** The card around `body`, in the language of its medical text, with the footer after it. */
  protected renderCard(body: unknown, as: 'div' | 'article' = 'div'): TemplateResult {
    const { themeClass } = this;
    const lang = this.reviewed.locale;
    return as === 'article'
      ? html`<article part="card" class="card ${themeClass}" lang=${lang}>${body}${this.renderFooter()}</article>`
      : html`<div part="card" class="card ${themeClass}" lang=${lang}>${body}${this.renderFooter()}</div>`;
  }

  /** Whether the card names drugs or regimens, and so ends with the care-team note. */
  protected get namesTreatments(): boolean {
    return false;
  }

  /** The footer, after the care-team note where the card names treatments; neither on a nested card. */
  private renderFooter(): TemplateResult | typeof nothing {
    if (this.noFooter) return nothing;
    const careNote = this.namesTreatments
      ? html`<p part="care-notice" class="care-notice" role="note" lang=${this.locale}>${careTeamNoticeText()}</p>`
      : nothing;
    return html`${careNote}${renderReviewFooter(this.review, this.reviewed.pack, this.locale)}`;
  }
}
