import { html, type PropertyValues, type TemplateResult } from 'lit';
import { relatedReading, relatedReadingHeading } from '../../content/related-reading.js';
import type { FeaturedItem } from '../../content/types.js';
import { renderExternalLink } from '../../shared/citation.js';
import { msg } from '../../shared/i18n.js';
import { Her2Block } from '../../shared/her2-block.js';
import { InputProblems, type InvalidInput } from '../../shared/input-problems.js';
import { checkLinkTarget, knownLinkTarget } from '../../shared/link-target.js';
import { ReviewedContent } from '../../shared/reviewed-content.js';
import { cardStyles } from '../../shared/theme.styles.js';
import { checkHrefs, hrefsConverter, type RelatedReadingHrefs } from '../../shared/related-hrefs.js';
import { relatedReadingStyles } from './related-reading.styles.js';

const itemIds = relatedReading.map((item) => item.id);

/**
 * @summary The article's "Featured Content": five further readings, linked where the host says they live.
 *
 * @tagname related-reading
 *
 * @csspart card - The container.
 * @csspart heading - "Featured Content".
 * @csspart body - The list of items.
 * @csspart item - One item (`<li>`): its title, then its summary.
 * @csspart link - An item's title, when the host gave its URL.
 * @csspart notice - The message shown for refused `hrefs` or an unknown `link-target`.
 *
 * @event her2-invalid - `hrefs` is not JSON or not an object, names an unknown id, or gives a URL that is not http(s); or `link-target` is unknown. Also when the page's review record is refused. Detail: `{tag, attribute, value}`.
 */
export class RelatedReading extends Her2Block {
  static override styles = [Her2Block.styles, cardStyles, relatedReadingStyles];

  static override properties = {
    hrefs: { converter: hrefsConverter },
    linkTarget: { attribute: 'link-target' },
    hrefProblems: { state: true, attribute: false },
    invalidTarget: { state: true, attribute: false },
  };

  /**
   * Where each item lives: `{"biomarkers": "https://…"}`, as an object or as JSON in the attribute.
   * Only absolute http(s) URLs are linked; items without one are shown as text.
   * Assign a new object to change it: changes inside the same object are not seen.
   */
  hrefs?: RelatedReadingHrefs;

  /** Where links open: `_self` (default, same tab), `_blank`, `_parent` or `_top`. */
  linkTarget?: string;

  protected readonly reviewed = new ReviewedContent(this, { relatedReading, relatedReadingHeading });
  private readonly problems = new InputProblems(this);
  private hrefProblems: readonly InvalidInput[] = [];
  private invalidTarget?: InvalidInput;

  private links: ReadonlyMap<string, string> = new Map();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('hrefs')) this.applyHrefs();
    if (changed.has('linkTarget')) this.invalidTarget = checkLinkTarget(this.linkTarget, this.problems);
  }

  private applyHrefs(): void {
    const check = checkHrefs(this.hrefs, itemIds);
    const problems: InvalidInput[] = [];
    if (check.unparsable !== undefined) {
      problems.push(
        this.problems.malformed('hrefs', check.unparsable, () => msg('JSON such as {"biomarkers": "https://…"}')),
      );
    }
    if (check.malformed !== undefined) {
      problems.push(
        this.problems.malformed('hrefs', check.malformed, () =>
          msg('an object of item ids and links such as {"biomarkers": "https://…"}'),
        ),
      );
    }
    if (check.unknownIds.length) {
      problems.push(this.problems.unknown('hrefs', check.unknownIds.join(' '), itemIds));
    }
    if (check.refusedUrls !== undefined) {
      problems.push(
        this.problems.malformed('hrefs', check.refusedUrls, () => msg('absolute http:// or https:// links')),
      );
    }
    this.links = check.links;
    this.hrefProblems = problems;
  }

  protected override render(): TemplateResult {
    // role="list": Safari drops list semantics from a list without bullets.
    return this.renderCard(html`${this.problems.notice(this.invalidTarget)}
      ${this.hrefProblems.map((problem) => this.problems.notice(problem))}
      ${this.heading(this.reviewed.get('relatedReadingHeading').text)}
      <ul part="body" class="body" role="list">
        ${this.reviewed.get('relatedReading').map((item) => this.renderItem(item))}
      </ul>`);
  }

  private renderItem(item: FeaturedItem): TemplateResult {
    const url = this.links.get(item.id);
    const title = url ? renderExternalLink(url, item.title.text, knownLinkTarget(this.linkTarget)) : item.title.text;
    return html`<li part="item">
      <p class="title">${title}</p>
      <p class="summary">${item.summary.text}</p>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'related-reading': RelatedReading;
  }
}
