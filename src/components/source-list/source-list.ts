import { html, type PropertyValues, type TemplateResult } from 'lit';
import { sources } from '../../content/sources.js';
import { linkTargets, renderCitation, type LinkTarget } from '../../shared/citation.js';
import { msg, str } from '../../shared/i18n.js';
import { Her2Element, type InvalidInput } from '../../shared/her2-element.js';
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
 */
export class SourceList extends Her2Element {
  static override styles = [Her2Element.styles, cardStyles, sourceListStyles];
  static override contentShown = { sources };

  static override properties = {
    collapsed: { type: Boolean, reflect: true },
    linkTarget: { attribute: 'link-target' },
    invalidTarget: { state: true, attribute: false },
  };

  /** Renders the list closed inside a "Sources (14)" disclosure. */
  collapsed = false;

  /** Where source links open: `_self` (default, same tab), `_blank`, `_parent` or `_top`. */
  linkTarget?: string;

  private invalidTarget?: InvalidInput;

  private get target(): LinkTarget | undefined {
    return linkTargets.find((target) => target === this.linkTarget);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('linkTarget')) {
      const unknown = this.linkTarget !== undefined && this.linkTarget !== null && !this.target;
      this.invalidTarget = unknown ? this.flagUnknown('link-target', this.linkTarget, linkTargets) : undefined;
    }
  }

  protected override render(): TemplateResult {
    const shown = this.content(sources);
    const list = html`<ol part="body" class="body">
      ${shown.map((source) => html`<li part="source">${renderCitation(source, this.target)}</li>`)}
    </ol>`;
    return html`<div part="card" class="card ${this.themeClass}" lang=${this.contentLocale}>
      ${this.renderNotice(this.invalidTarget)}
      ${
        this.collapsed
          ? html`<details>
            <summary part="heading">${this.uiText(msg(str`Sources (${shown.length})`))}</summary>
            ${list}
          </details>`
          : html`${this.heading(this.uiText(msg('Sources')))}${list}`
      }
      ${this.renderFooter()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'source-list': SourceList;
  }
}
