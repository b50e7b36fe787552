import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { glossary } from '../../content/glossary.js';
import type { GlossaryEntry } from '../../content/types.js';
import { resolveTerms } from '../../glossary/resolve-terms.js';
import { matcherFor } from '../../glossary/term-matcher.js';
import { hostText } from '../../shared/describe-value.js';
import { emit, type Her2GlossifiedDetail } from '../../shared/events.js';
import { hostTermShapeText } from '../../shared/i18n.js';
import { Her2Element } from '../../shared/her2-element.js';
import { InputProblems, type InvalidInput } from '../../shared/input-problems.js';
import { ReviewedContent } from '../../shared/reviewed-content.js';
import { createElementBeside } from '../../shared/scoped-registry.js';
import { Glossifier, type GlossifyResult } from './glossify-dom.js';
import { glossifyStyles } from './her2-glossify.styles.js';

/**
 * The first occurrence of each term (every one with `every`) becomes a `<glossary-term>`, whole
 * words in any case, the longest form first, plurals and abbreviations included. Headings, links,
 * buttons, labels, form controls, code, editable regions, existing terms and anything under
 * `[data-no-glossify]` are left alone. Only text nodes are split: the text a reader sees is
 * unchanged. Text added later is defined too; `disabled` or removing the element puts every
 * original node back. Uses `<glossary-term>`: a host that registers this class under another name
 * must register that too.
 *
 * @summary Wraps the host's own text and defines the glossary's terms where they are used.
 *
 * @tagname her2-glossify
 *
 * @dependency glossary-term
 *
 * @slot - The host's content: a post, an article, a comment thread.
 *
 * @csspart notice - The message shown for unknown term ids or refused host terms.
 *
 * @event her2-glossified - A pass defined terms: on connection, after the host's content changed,
 * and after `terms`, `every`, `extraTerms` or `disabled` changed. Detail: `{count, terms}`.
 * @event her2-invalid - `terms` names an unknown id, or `extraTerms` holds a term of the wrong shape. Detail: `{tag, attribute, value}`.
 */
export class Her2Glossify extends Her2Element {
  static override styles = [Her2Element.styles, glossifyStyles];

  static override properties = {
    terms: {},
    every: { type: Boolean },
    disabled: { type: Boolean, reflect: true },
    extraTerms: { attribute: false },
    unknownTerms: { state: true, attribute: false },
    refusedTerms: { state: true, attribute: false },
  };

  /** Space-separated term ids to look for, built-in and host terms alike; all terms when absent. */
  terms?: string;

  /** Defines every occurrence of a term, not only the first. */
  every = false;

  /** Leaves the content exactly as the host wrote it. */
  disabled = false;

  /** Host terms: `[{id, term, definition, abbreviation?}]`. Shown as text, never as HTML. */
  extraTerms: readonly GlossaryEntry[] = [];

  private readonly reviewed = new ReviewedContent(this, { glossary });
  private readonly problems = new InputProblems(this);
  private unknownTerms?: InvalidInput;
  private refusedTerms?: InvalidInput;

  private glossifier?: Glossifier;
  private observer?: MutationObserver;
  /** `terms`, `every` and `extraTerms` as the current glossifier uses them. */
  private appliedSettings?: readonly unknown[];

  // The first pass runs on connection, so content is defined as soon as it is on the page.
  override connectedCallback(): void {
    super.connectedCallback();
    this.sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('terms') && !changed.has('extraTerms')) return;
    const choice = resolveTerms({ builtIn: this.builtInTerms, hostTerms: this.extraTerms, ids: hostText(this.terms) });
    if (changed.has('extraTerms')) {
      this.refusedTerms = choice.refusedHostTerms.length
        ? this.problems.malformed('extraTerms', choice.refusedHostTerms[0], hostTermShapeText)
        : undefined;
    }
    this.unknownTerms = choice.unknownIds.length
      ? this.problems.unknown('terms', choice.unknownIds.join(' '), choice.validIds)
      : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.sync();
    if (changed.has('theme')) {
      for (const term of this.glossifier?.termElements ?? []) term.setAttribute('theme', this.themeName);
    }
  }

  protected override render(): TemplateResult {
    const notices = [this.unknownTerms, this.refusedTerms].filter(Boolean);
    const noticeBox = notices.length
      ? html`<div class=${this.themeClass} lang=${this.locale}>${notices.map((notice) => this.problems.notice(notice))}</div>`
      : nothing;
    return html`${noticeBox}<slot></slot>`;
  }

  /** Starts, restarts or stops glossifying to match the element's state. */
  private sync(): void {
    // A new language makes new terms, which read it as they connect.
    const settings = [this.terms, this.every, this.extraTerms, this.builtInTerms, this.locale];
    const wanted = this.isConnected && !this.disabled;
    const current = this.appliedSettings?.every((value, i) => value === settings[i]);
    if (wanted && current) return;
    this.stop();
    if (wanted) this.start(settings);
  }

  /** The glossary in the element's language: a pack's translation, or the reviewed English. */
  private get builtInTerms(): readonly GlossaryEntry[] {
    return this.reviewed.get('glossary');
  }

  private start(settings: readonly unknown[]): void {
    const builtIn = this.builtInTerms;
    const choice = resolveTerms({ builtIn, hostTerms: this.extraTerms, ids: hostText(this.terms) });
    this.appliedSettings = settings;
    this.glossifier = new Glossifier(this, {
      matcher: matcherFor(choice.entries),
      termCount: choice.entries.length,
      every: this.every,
      createTerm: (termId, text) => this.createTerm(termId, text, choice.hostTerms),
      alsoSkip: this.localName === 'her2-glossify' ? undefined : CSS.escape(this.localName),
    });
    this.report(this.glossifier.glossify());
    this.observer ??= new MutationObserver(this._onMutations);
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  private stop(): void {
    this.observer?.disconnect();
    this.glossifier?.restore();
    this.glossifier = undefined;
    this.appliedSettings = undefined;
  }

  private createTerm(termId: string, text: Text, hostTerms: readonly GlossaryEntry[]): Element {
    const term = createElementBeside(this, 'glossary-term');
    term.setAttribute('term', termId);
    term.setAttribute('theme', this.themeName);
    if (hostTerms.length) term.extraTerms = hostTerms;
    term.append(text);
    return term;
  }

  private report(result: GlossifyResult): void {
    if (result.count === 0) return;
    emit<Her2GlossifiedDetail>(this, 'her2-glossified', { count: result.count, terms: [...result.terms] });
  }

  // The observer's callback is itself batched: many changes in one task arrive as one list.
  private _onMutations = (records: MutationRecord[]): void => {
    if (!this.glossifier) return;
    const result = this.glossifier.update(records);
    this.observer?.takeRecords(); // our own changes
    this.report(result);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'her2-glossify': Her2Glossify;
  }
}
