import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { articleMeta } from '../content/article.js';
import type { ContentShown } from './content-pack-registry.js';
import { clampHeadingLevel, defaultHeadingLevel, renderHeading } from './heading.js';
import { Her2Element, type Theme } from './her2-element.js';
import { monthYearText, msg, reviewedText, sourceCountText, str } from './i18n.js';
import type { ReviewedContent } from './reviewed-content.js';

/**
 * A card of reviewed content: its top heading at `heading-level`, and the review footer unless
 * `no-footer`. Subclasses give the content they show (`reviewed`) and render through
 * `renderCard()`, which puts the body between the card and its footer.
 *
 * @csspart footer - Review date and source count.
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

  private renderFooter(): TemplateResult | typeof nothing {
    if (this.noFooter) return nothing;
    const pack = this.reviewed.pack;
    const review = pack
      ? `${msg(str`Translation reviewed by ${pack.reviewer}, ${monthYearText(pack.reviewed)}`)} · ${msg(
          str`Original text medically reviewed ${this.reviewDate}`,
        )}`
      : reviewedText(this.reviewDate);
    // Not <footer>: in a shadow root it is a page-level contentinfo landmark, one per widget.
    return html`<div part="footer" class="footer" lang=${this.locale}>
      <p>${review} · ${sourceCountText(articleMeta.sourceCount)}</p>
    </div>`;
  }
}
