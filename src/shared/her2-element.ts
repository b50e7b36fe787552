import { adoptStyles, LitElement, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LocaleController } from './locale-controller.js';
import { themeStyles } from './theme.styles.js';
import { themes } from './themes.js';

export type Theme = (typeof themes)[number];

/**
 * What every her2-widgets element is: themed, and in its own language. The rest is composed:
 * `ReviewedContent` (the medical text, or a host's reviewed translation of it),
 * `InputProblems` (the invalid-input behaviour) and, for cards, `Her2Block`.
 *
 * @attribute {string} lang - The language: the element's own `lang`, else its nearest ancestor's; unsupported languages fall back to `en`.
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
 */
export class Her2Element extends LitElement {
  static override styles: CSSResultGroup = [themeStyles];

  // Declared here rather than with decorators, whose helpers would add to every bundle.
  static override properties: PropertyDeclarations = {
    theme: {},
  };

  /** `light` (default), `dark`, or `auto` to follow the reader's colour-scheme preference. */
  theme: Theme = 'light';

  /** @internal The element's language, which its controllers read. */
  readonly localeScope = new LocaleController(this);

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.localeScope.langAttributeChanged();
  }

  /**
   * A pre-rendered shadow root, which hydration takes over, holds the styles the server wrote, or
   * on a page that writes each sheet once (src/ssr/shared-styles.ts) names sheets an inline script
   * may not have been allowed to share: the element adopts its own, so it is styled either way.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const preRendered = this.shadowRoot;
    const root = super.createRenderRoot();
    if (preRendered) adoptStyles(preRendered, (this.constructor as typeof LitElement).elementStyles);
    return root;
  }

  /** The supported locale resolved from `lang` on the element or its nearest ancestor. */
  protected get locale(): string {
    return this.localeScope.locale;
  }

  /** The theme in use: an unknown one is light. Pass this, not `theme`, on to nested elements. */
  protected get themeName(): Theme {
    return themes.includes(this.theme) ? this.theme : 'light';
  }

  /** Classes for the element's themed root node. */
  protected get themeClass(): string {
    return `themed theme-${this.themeName}`;
  }

  /** Holds the first render until the strings of the element's language are loaded. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.localeScope.whenStringsLoaded();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    this.localeScope.renderIn(() => super.update(changed));
  }
}
