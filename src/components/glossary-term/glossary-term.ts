import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { articleMeta } from '../../content/article.js';
import { glossary } from '../../content/glossary.js';
import type { GlossaryEntry } from '../../content/types.js';
import { resolveTerms } from '../../glossary/resolve-terms.js';
import { hostText } from '../../shared/describe-value.js';
import { emit, type Her2TermToggleDetail } from '../../shared/events.js';
import { hostTermShapeText, monthYearText, msg, str } from '../../shared/i18n.js';
import { Her2Element } from '../../shared/her2-element.js';
import { InputProblems, type InvalidInput } from '../../shared/input-problems.js';
import { ReviewedContent } from '../../shared/reviewed-content.js';
import { glossaryTermStyles } from './glossary-term.styles.js';
import {
  claimOpen,
  hoverCloseDelay,
  hoverOpenDelay,
  releaseOpen,
  shiftIntoView,
  type Closable,
} from './term-popover.js';

/**
 * Keyboard: Enter or Space on the term toggles the definition; Escape closes it from anywhere
 * and puts focus back on the term if it was inside. Mouse: resting on the term opens it, and it
 * stays open while the pointer is over the term or the definition; a click keeps it open until
 * the reader closes it (term, close button, Escape or a click elsewhere). One definition is
 * open per page. On paper every definition is printed in brackets after its term.
 *
 * Unknown `term`: the host's text stays plain, readable text with no button, so the reader's
 * sentence is untouched; a console.warn and `her2-invalid` tell the page's author. The notice
 * text is the text's `title` (part `notice`, which an authoring preview can outline) rather
 * than text in the sentence: patients and their screen readers are not handed an error meant
 * for the author.
 *
 * @summary A term inside the host's own sentence whose definition opens in place.
 *
 * @tagname glossary-term
 *
 * @slot - The term as the host's sentence words it; the glossary's name for it when empty.
 *
 * @csspart term - The button around the host's text that opens and closes the definition.
 * @csspart popover - The box with the term's name and definition, right after the term.
 * @csspart origin - In the box, under a built-in definition: the article it comes from and its review date.
 * @csspart notice - The host's text, when the term is unknown (see above).
 *
 * @event her2-term-toggle - The definition opened or closed. Detail: `{term, open}`.
 * @event her2-invalid - `term` is not a known id, or `extraTerms` holds a term of the wrong shape. Detail: `{tag, attribute, value}`.
 */
export class GlossaryTerm extends Her2Element implements Closable {
  static override styles = [Her2Element.styles, glossaryTermStyles];

  static override properties = {
    term: {},
    extraTerms: { attribute: false },
    open: { type: Boolean, reflect: true },
    entry: { state: true, attribute: false },
    unknownTerm: { state: true, attribute: false },
  };

  /** The id of a built-in term (`her2`, `tki`, …) or of one of `extraTerms`. */
  term?: string;

  /** Host terms: `[{id, term, definition, abbreviation?}]`. Shown as text, never as HTML. */
  extraTerms: readonly GlossaryEntry[] = [];

  /** Whether the definition is shown. */
  open = false;

  private readonly reviewed = new ReviewedContent(this, { glossary });
  private readonly problems = new InputProblems(this);
  private entry?: GlossaryEntry;
  private unknownTerm?: InvalidInput;

  /** Opened by the pointer resting on the term, so it closes when the pointer leaves. */
  private openedByHover = false;
  private hoverTimer?: ReturnType<typeof setTimeout>;

  private get termButton(): HTMLButtonElement | null {
    return this.renderRoot?.querySelector('.term');
  }

  private get box(): HTMLElement | null {
    return this.renderRoot?.querySelector('.popover');
  }

  /** Hides the definition; focus inside it goes back to the term. */
  close(): void {
    this.clearHoverTimer();
    this.openedByHover = false;
    if (this.box?.contains(this.shadowRoot?.activeElement ?? null)) this.termButton?.focus();
    this.open = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clearHoverTimer();
    this.stopListening();
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('term') || changed.has('extraTerms') || this.reviewed.changedIn(changed)) {
      const selection = resolveTerms({
        builtIn: this.reviewed.get('glossary'),
        hostTerms: this.extraTerms,
        ids: [hostText(this.term)],
      });
      this.entry = selection.unknownIds.length ? undefined : selection.entries[0];
      this.unknownTerm = this.entry ? undefined : this.problems.unknown('term', this.term, selection.validIds);
      if (changed.has('extraTerms') && selection.refusedHostTerms.length) {
        this.problems.malformed('extraTerms', selection.refusedHostTerms[0], hostTermShapeText);
      }
    }
    if (!this.entry) this.open = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open')) {
      if (this.open) this.startListening();
      else this.stopListening();
      if (changed.get('open') !== undefined && this.isConnected && this.entry) {
        emit<Her2TermToggleDetail>(this, 'her2-term-toggle', { term: this.entry.id, open: this.open });
      }
    }
    if (this.open) this.placeInViewport();
  }

  // No white space between nodes: the element sits inside the host's sentence.
  protected override render(): TemplateResult {
    const { entry } = this;
    if (!entry) {
      return html`<span part="notice" title=${this.unknownTerm?.describe() ?? ''}><slot></slot></span>`;
    }
    const name = entry.abbreviation ? `${entry.term} (${entry.abbreviation})` : entry.term;
    return html`<span class="root ${this.themeClass}" @pointerenter=${this._onPointerEnter} @pointerleave=${this._onPointerLeave}><button
        type="button"
        part="term"
        class="term"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="popover"
        @click=${this._onTermClick}
      ><slot>${entry.term}</slot></button><span
        part="popover"
        id="popover"
        class="popover ${this.open ? 'open' : ''}"
        lang=${this.reviewed.locale}
      ><span class="name">${name}</span><span class="definition">${entry.definition}</span>${this.renderOrigin(entry)}<button
        type="button"
        class="close"
        aria-label=${msg(str`Close the definition of ${entry.term}`)}
        @click=${this._onCloseClick}
      ><span aria-hidden="true">×</span></button></span></span>`;
  }

  /** Where a built-in definition comes from; a host's own terms are the host's to vouch for. */
  private renderOrigin(entry: GlossaryEntry): TemplateResult | typeof nothing {
    if (!entry.seed) return nothing;
    const review = monthYearText(articleMeta.reviewed);
    return html`<span part="origin" class="origin" lang=${this.locale}
      >${msg(str`From the article “${articleMeta.title.text}”, medically reviewed ${review}`)}</span
    >`;
  }

  private startListening(): void {
    claimOpen(this);
    document.addEventListener('keydown', this._onDocumentKeydown);
    document.addEventListener('click', this._onDocumentClick);
    window.addEventListener('resize', this._onResize);
  }

  private stopListening(): void {
    releaseOpen(this);
    document.removeEventListener('keydown', this._onDocumentKeydown);
    document.removeEventListener('click', this._onDocumentClick);
    window.removeEventListener('resize', this._onResize);
  }

  /**
   * Moves the definition sideways so that all of it stays on screen. A margin, not a transform:
   * after a transform change Chromium keeps the page's old scroll width, so a 320 px page
   * would still scroll sideways.
   */
  private placeInViewport(): void {
    const popover = this.box;
    if (!popover) return;
    popover.style.removeProperty('margin-left');
    const { left, width } = popover.getBoundingClientRect();
    const margin = parseFloat(getComputedStyle(popover).fontSize) / 2;
    const shift = shiftIntoView(left, width, document.documentElement.clientWidth, margin);
    if (shift) popover.style.setProperty('margin-left', `${Math.round(shift)}px`);
  }

  private clearHoverTimer(): void {
    clearTimeout(this.hoverTimer);
    this.hoverTimer = undefined;
  }

  private _onTermClick(): void {
    this.clearHoverTimer();
    // A click on what hovering opened keeps it open instead of closing it under the pointer.
    if (this.open && this.openedByHover) this.openedByHover = false;
    else if (this.open) this.close();
    else this.open = true;
  }

  private _onCloseClick(): void {
    this.close();
  }

  private _onPointerEnter(event: PointerEvent): void {
    if (event.pointerType !== 'mouse') return;
    this.clearHoverTimer();
    if (this.open) return;
    this.hoverTimer = setTimeout(() => {
      this.openedByHover = true;
      this.open = true;
    }, hoverOpenDelay);
  }

  private _onPointerLeave(event: PointerEvent): void {
    if (event.pointerType !== 'mouse') return;
    this.clearHoverTimer();
    if (this.open && this.openedByHover) this.hoverTimer = setTimeout(() => this.close(), hoverCloseDelay);
  }

  private _onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.close();
  };

  private _onDocumentClick = (event: MouseEvent): void => {
    if (!event.composedPath().includes(this)) this.close();
  };

  private _onResize = (): void => {
    this.placeInViewport();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-term': GlossaryTerm;
  }
}
