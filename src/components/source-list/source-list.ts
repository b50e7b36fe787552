import { html, type PropertyValues, type TemplateResult } from 'lit';
import { sources } from '../../content/sources.js';
import { renderCitation } from '../../shared/citation.js';
import { checkLinkTarget, knownLinkTarget } from '../../shared/link-target.js';
import { msg, str } from '../../shared/i18n.js';
import { Her2Block } from '../../shared/her2-block.js';
import { InputProblems, type InvalidInput } from '../../shared/input-problems.js';
import { ReviewedContent } from '../../shared/reviewed-content.js';
import { cardStyles } from '../../shared/theme.styles.js';
import { sourceListStyles } from './source-list.styles.js';

/**
 * @summary The article's 14 sources, numbered in the article's order, linked where a URL is verified.
 *
 * @tagname source-list
 *
 * @csspart card - The list container.
 * @csspart heading - "Sources", or the disclosure's summary when `collapsed`.
 * @csspart body - The numbered list.
 * @csspart source - One source (`<li>`).
 * @csspart link - A link to a source.
 * @csspart notice - The message shown for an unknown `link-target`.
 *
 * @event her2-invalid - `link-target` is not one of _self, _blank, _parent, _top. Also when the page's review record is refused. Detail: `{tag, attribute, value}`.
 */
export class SourceList extends Her2Block {
  static override styles = [Her2Block.styles, cardStyles, sourceListStyles];

  static override properties = {
    collapsed: { type: Boolean, reflect: true },
    linkTarget: { attribute: 'link-target' },
    invalidTarget: { state: true, attribute: false },
  };

  /** Renders the list closed inside a "Sources (14)" disclosure. */
  collapsed = false;

  /** Where source links open: `_self` (default, same tab), `_blank`, `_parent` or `_top`. */
  linkTarget?: string;

  protected readonly reviewed = new ReviewedContent(this, { sources });
  private readonly problems = new InputProblems(this);
  private invalidTarget?: InvalidInput;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('linkTarget')) this.invalidTarget = checkLinkTarget(this.linkTarget, this.problems);
  }

  protected override render(): TemplateResult {
    const shown = this.reviewed.get('sources');
    const list = html`<ol part="body" class="body">
      ${shown.map((source) => html`<li part="source">${renderCitation(source, knownLinkTarget(this.linkTarget))}</li>`)}
    </ol>`;
    return this.renderCard(html`${this.problems.notice(this.invalidTarget)}
      ${
        this.collapsed
          ? html`<details>
            <summary part="heading">${this.reviewed.uiText(msg(str`Sources (${shown.length})`))}</summary>
            ${list}
          </details>`
          : html`${this.heading(this.reviewed.uiText(msg('Sources')))}${list}`
      }`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'source-list': SourceList;
  }
}
