import {
  LitElement,
  html,
  isServer,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { articleMeta } from '../content/article.js';
import { followAncestorLang, type LangFollower } from './ancestor-lang.js';
import {
  packCovering,
  readContentPacks,
  type ContentReader,
  type ContentShown,
  type RegisteredPack,
} from './content-pack-registry.js';
import { emit } from './events.js';
import { describeValue } from './describe-value.js';
import { clampHeadingLevel, defaultHeadingLevel, renderHeading } from './heading.js';
import {
  currentRenderLocale,
  defaultLocale,
  monthYearText,
  msg,
  renderInLocale,
  reviewedText,
  sourceCountText,
  str,
  supportedLocale,
  uiStringsLoading,
} from './i18n.js';
import { themeStyles } from './theme.styles.js';

export type Theme = 'light' | 'dark' | 'auto';

/** A value the element could not use, and how to explain it in the element's language. */
export interface InvalidInput {
  readonly attribute: string;
  readonly value: string;
  /** The notice's text; call while rendering, so that it is in the element's language. */
  describe(): string;
}

/** Long hostile values are cut for notices and warnings; the event keeps them whole. */
const shownValueLength = 60;
const shownValidValues = 12;

function shorten(value: string): string {
  return value.length > shownValueLength ? `${value.slice(0, shownValueLength)}…` : value;
}

function listValues(values: readonly string[]): string {
  const shown = values.slice(0, shownValidValues).join(', ');
  return values.length > shownValidValues ? `${shown}, …` : shown;
}

/**
 * What every her2-widgets element shares: theme, locale, heading level, the review footer
 * and the invalid-input behaviour. Nothing here touches the DOM before the element connects.
 *
 * @attribute {string} lang - The language: the element's own `lang`, else its nearest ancestor's; unsupported languages fall back to `en`.
 *
 * @csspart footer - Review date and source count.
 *
 * @cssproperty --her2-font-family - Font; inherits the page's by default.
 * @cssproperty --her2-font-size - Base text size; `1em` by default.
 * @cssproperty --her2-color-text - Text colour.
 * @cssproperty --her2-color-muted - Secondary text: footer, sources of examples.
 * @cssproperty --her2-color-surface - Background.
 * @cssproperty --her2-color-border - Borders and rules.
 * @cssproperty --her2-color-accent - Links, buttons, the notice's bar.
 * @cssproperty --her2-color-accent-contrast - Text on the accent colour.
 * @cssproperty --her2-color-focus - Focus ring.
 * @cssproperty --her2-radius - Corner radius.
 * @cssproperty --her2-space - Padding and gaps.
 *
 * @event her2-invalid - An attribute or property has a value the element cannot show. Detail: `{tag, attribute, value}`.
 */
export class Her2Element extends LitElement implements ContentReader, LangFollower {
  static override styles: CSSResultGroup = [themeStyles];

  /** The content exports the element shows, by name: a content pack is used only if it translates all. */
  static contentShown: ContentShown = {};

  // Declared here rather than with decorators, whose helpers would add to every bundle. Lit
  // implies `attribute: false` for `state: true`; the manifest analyzer needs it spelled out.
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    theme: {},
    noFooter: { type: Boolean, attribute: 'no-footer' },
    locale: { state: true, attribute: false },
    contentRevision: { state: true, attribute: false },
  };

  /** Level of the element's top heading, clamped to 2–6. */
  headingLevel: number | string = defaultHeadingLevel;

  /** `light` (default), `dark`, or `auto` to follow the reader's colour-scheme preference. */
  theme: Theme = 'light';

  /** Hides the footer with the review date and source count. */
  noFooter = false;

  /** The supported locale resolved from `lang` on the element or its nearest ancestor. */
  protected locale = defaultLocale;

  /** Counts content packs registered since the element connected; content may have changed with each. */
  protected contentRevision = 0;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = this.resolveLocale();
    readContentPacks(this, true);
    followAncestorLang(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    readContentPacks(this, false);
    followAncestorLang(this, false);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.locale = this.resolveLocale();
  }

  /** Holds the first render until the strings of the element's language are loaded. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = uiStringsLoading(this.locale);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    renderInLocale(this.locale, () => super.update(changed));
  }

  /**
   * @internal The server connects no element, so nothing reads `lang` there: the server
   * renderer hands over the element's own `lang`, else the language being rendered.
   */
  takeServerLocale(lang: string | null): void {
    this.locale = supportedLocale(lang ?? currentRenderLocale());
  }

  /** @internal */
  ancestorLangChanged(): void {
    this.locale = this.resolveLocale();
  }

  /** @internal */
  contentPackRegistered(): void {
    this.contentRevision++;
  }

  /** The host's reviewed translation for the element's language, if it covers all the element shows. */
  protected get pack(): RegisteredPack | undefined {
    return this.locale === defaultLocale ? undefined : packCovering(this.locale, this.contentShown);
  }

  /** Whether `changed` may have changed what `content()` returns: a new language, or a pack registered. */
  protected contentMayHaveChanged(changed: PropertyValues): boolean {
    return changed.has('locale') || changed.has('contentRevision');
  }

  /** The language of the medical text the element shows. */
  protected get contentLocale(): string {
    return this.pack ? this.locale : defaultLocale;
  }

  /** A content export as the element shows it: the pack's translation, or the reviewed English. */
  protected content<T extends object>(english: T): T {
    const pack = this.pack;
    const shown = this.contentShown;
    const name = pack && Object.keys(shown).find((key) => shown[key] === english);
    return (name && pack.translated(name, english)) || english;
  }

  private get contentShown(): ContentShown {
    return (this.constructor as typeof Her2Element).contentShown;
  }

  /** A UI string, marked with its language when the medical text around it is in another. */
  protected uiText(text: string): TemplateResult | string {
    return this.locale === this.contentLocale ? text : html`<span lang=${this.locale}>${text}</span>`;
  }

  protected get level(): number {
    return clampHeadingLevel(this.headingLevel);
  }

  /** The theme in use: an unknown one is light. Pass this, not `theme`, on to nested elements. */
  protected get themeName(): Theme {
    return this.theme === 'dark' || this.theme === 'auto' ? this.theme : 'light';
  }

  /** Classes for the element's themed root node. */
  protected get themeClass(): string {
    return `themed theme-${this.themeName}`;
  }

  protected heading(content: unknown, levelOffset = 0, className?: string): TemplateResult {
    return renderHeading(this.level + levelOffset, content, className);
  }

  /** The month and year of the medical review, in the element's locale. */
  protected get reviewDate(): string {
    return monthYearText(articleMeta.reviewed);
  }

  protected renderFooter(): TemplateResult | typeof nothing {
    if (this.noFooter) return nothing;
    const pack = this.pack;
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

  /** An unknown value of an attribute that takes one of a fixed set. */
  protected flagUnknown(attribute: string, value: unknown, valid: readonly string[]): InvalidInput {
    const text = shorten(describeValue(value ?? ''));
    const shown = listValues(valid);
    return this.flagInvalid(attribute, value, `Valid values: ${shown}.`, () =>
      text
        ? msg(str`Unknown ${attribute} “${text}”. Use one of: ${shown}.`)
        : msg(str`Missing ${attribute}. Use one of: ${shown}.`),
    );
  }

  /** Host data of the wrong shape; what was valid is still shown. */
  protected flagMalformed(attribute: string, value: unknown, expected: () => string): InvalidInput {
    const text = shorten(describeValue(value));
    return this.flagInvalid(attribute, value, `Expected ${renderInLocale(defaultLocale, expected)}.`, () =>
      msg(str`Ignored ${attribute} value “${text}”: expected ${expected()}.`),
    );
  }

  /** Warns once, tells the host page through `her2-invalid`, and returns what the notice shows. */
  private flagInvalid(attribute: string, value: unknown, hint: string, describe: () => string): InvalidInput {
    const text = describeValue(value);
    console.warn(`<${this.localName}>: cannot use ${attribute} "${shorten(text)}". ${hint}`);
    if (!isServer) emit(this, 'her2-invalid', { tag: this.localName, attribute, value: text });
    return { attribute, value: text, describe };
  }

  protected renderNotice(invalid: InvalidInput | undefined): TemplateResult | typeof nothing {
    if (!invalid) return nothing;
    return html`<p part="notice" class="notice" lang=${this.locale}>${invalid.describe()}</p>`;
  }

  private resolveLocale(): string {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the walk up the tree starts at the element
    let node: Node | null = this;
    while (node) {
      if (node instanceof Element && node.hasAttribute('lang')) {
        return supportedLocale(node.getAttribute('lang'));
      }
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return defaultLocale;
  }
}
