import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { glossary, moreTermsLinks } from '../../content/glossary.js';
import type { GlossaryEntry } from '../../content/types.js';
import { resolveTerms } from '../../glossary/resolve-terms.js';
import { GlossarySearch, indexEntries } from '../../glossary/search-index.js';
import { foldQuery } from '../../glossary/search-text.js';
import { renderExternalLink } from '../../shared/citation.js';
import { hostText } from '../../shared/describe-value.js';
import { emit, type Her2GlossarySearchDetail } from '../../shared/events.js';
import { hostTermShapeText, msg, str } from '../../shared/i18n.js';
import { Her2Block } from '../../shared/her2-block.js';
import { InputProblems, type InvalidInput } from '../../shared/input-problems.js';
import { ReviewedContent } from '../../shared/reviewed-content.js';
import { highlightMatches } from '../../shared/highlight-matches.js';
import { cardStyles } from '../../shared/theme.styles.js';
import { glossaryStyles } from './biomarker-glossary.styles.js';

/** How many matching terms render at once; "Show more" adds another page. */
const pageSize = 50;

function matchCountText(count: number, query: string): string {
  if (!query) return count === 1 ? msg('1 term') : msg(str`${count} terms`);
  return count === 1 ? msg(str`1 term matches “${query}”`) : msg(str`${count} terms match “${query}”`);
}

/**
 * @summary A searchable glossary of every term the article explains, plus any terms the host adds.
 *
 * @tagname biomarker-glossary
 *
 * @csspart card - The glossary container.
 * @csspart heading - The glossary's heading.
 * @csspart body - Search, count and terms.
 * @csspart search - The search box.
 * @csspart term - A term (`<dt>`).
 * @csspart definition - A definition (`<dd>`).
 * @csspart match - Highlighted search match.
 * @csspart show-more - The button that shows the next page of terms.
 * @csspart link - The link to NCI's dictionary.
 * @csspart notice - The message shown for unknown term ids or refused host terms.
 *
 * @event her2-glossary-search - The reader typed in the search box. Detail: `{query, count}`.
 * @event her2-invalid - `terms` names an unknown id, or `extraTerms` holds a term of the wrong shape. Also when the page's review record is refused. Detail: `{tag, attribute, value}`.
 */
export class BiomarkerGlossary extends Her2Block {
  static override styles = [Her2Block.styles, cardStyles, glossaryStyles];

  static override properties = {
    terms: {},
    noSearch: { type: Boolean, attribute: 'no-search' },
    extraTerms: { attribute: false },
    query: { state: true, attribute: false },
    shownCount: { state: true, attribute: false },
    unknownTerms: { state: true, attribute: false },
    refusedTerms: { state: true, attribute: false },
  };

  /** Space-separated term ids to show, built-in and host terms alike; all terms when absent. */
  terms?: string;

  /** Hides the search box. */
  noSearch = false;

  /** Host terms: `[{id, term, definition, abbreviation?}]`. Shown as text, never as HTML. */
  extraTerms: readonly GlossaryEntry[] = [];

  protected readonly reviewed = new ReviewedContent(this, { glossary });
  private readonly problems = new InputProblems(this);
  private query = '';
  private shownCount = pageSize;
  private unknownTerms?: InvalidInput;
  private refusedTerms?: InvalidInput;

  private search!: GlossarySearch;
  private matchingEntries: readonly GlossaryEntry[] = [];

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('terms') || changed.has('extraTerms') || this.reviewed.changedIn(changed)) {
      this.search = new GlossarySearch(indexEntries(this.selectEntries(changed), this.locale));
      this.matchingEntries = this.search.search(this.query);
    }
  }

  private selectEntries(changed: PropertyValues): readonly GlossaryEntry[] {
    const selection = resolveTerms({
      builtIn: this.reviewed.get('glossary'),
      hostTerms: this.extraTerms,
      ids: hostText(this.terms),
    });
    const { refusedHostTerms, unknownIds } = selection;
    if (changed.has('extraTerms')) {
      this.refusedTerms = refusedHostTerms.length
        ? this.problems.malformed('extraTerms', refusedHostTerms[0], hostTermShapeText)
        : undefined;
    }
    if (changed.has('terms') || changed.has('extraTerms')) {
      this.unknownTerms = unknownIds.length
        ? this.problems.unknown('terms', unknownIds.join(' '), selection.validIds)
        : undefined;
    }
    return selection.entries;
  }

  protected override render(): TemplateResult {
    return this.renderCard(html`${this.heading(this.reviewed.uiText(msg('Glossary')))}
      <div part="body" class="body">
        ${this.problems.notice(this.unknownTerms)} ${this.problems.notice(this.refusedTerms)}
        ${this.noSearch ? nothing : this.renderSearch()} ${this.renderEntries()}
        <p class="more-terms">
          ${renderExternalLink(
            moreTermsLinks[this.locale] ?? moreTermsLinks.en,
            this.reviewed.uiText(msg('More terms: NCI Dictionary of Cancer Terms')),
            undefined,
          )}
        </p>
      </div>`);
  }

  private renderSearch(): TemplateResult {
    const query = this.query.trim();
    const count = this.matchingEntries.length;
    return html`<div class="search" lang=${this.locale}>
        <label for="search">${msg('Search the glossary')}</label>
        <input
          part="search"
          id="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          placeholder=${msg('Type a word, for example HER2')}
          .value=${this.query}
          @input=${this._onSearchInput}
        />
      </div>
      <p class="count" role="status" aria-live="polite" lang=${this.locale}>
        ${matchCountText(count, query)}
      </p>`;
  }

  private renderEntries(): TemplateResult {
    if (this.matchingEntries.length === 0) {
      return html`<p class="empty" lang=${this.locale}>${msg(str`No term matches “${this.query.trim()}”. Try a shorter or different word.`)}</p>`;
    }
    const query = foldQuery(this.query);
    const shown = this.matchingEntries.slice(0, this.shownCount);
    const hidden = this.matchingEntries.length - shown.length;
    return html`<dl>
        ${shown.map(
          (entry) => html`<div class="entry">
            <dt part="term" id=${`term-${entry.id}`}>
              ${highlightMatches(entry.term, query)}${
                entry.abbreviation ? html` (${highlightMatches(entry.abbreviation, query)})` : nothing
              }
            </dt>
            <dd part="definition">${highlightMatches(entry.definition, query)}</dd>
          </div>`,
        )}
      </dl>
      ${
        hidden > 0
          ? html`<button part="show-more" type="button" lang=${this.locale} @click=${this._onShowMore}>
            ${msg(str`Show ${Math.min(hidden, pageSize)} more`)}
          </button>`
          : nothing
      }`;
  }

  private _onSearchInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.shownCount = pageSize;
    this.matchingEntries = this.search.search(this.query);
    emit<Her2GlossarySearchDetail>(this, 'her2-glossary-search', {
      query: this.query,
      count: this.matchingEntries.length,
    });
  }

  private async _onShowMore(): Promise<void> {
    const firstNew = this.shownCount;
    this.shownCount += pageSize;
    await this.updateComplete;
    // The button may be gone now: without this, focus would fall back to the page's start.
    const term = this.renderRoot.querySelectorAll<HTMLElement>('dt')[firstNew];
    if (!term) return;
    term.tabIndex = -1;
    term.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'biomarker-glossary': BiomarkerGlossary;
  }
}
