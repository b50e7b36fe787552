import type { PropertyValues, ReactiveController, ReactiveElement } from 'lit';
import { followAncestorLang, type LangFollower } from './ancestor-lang.js';
import { currentRenderLocale, defaultLocale, renderInLocale, supportedLocale, uiStringsLoading } from './i18n.js';

/** The key under which a change of locale shows in an update's changed properties. */
const localeKey = Symbol('locale');

/**
 * The element's language: its own `lang`, else its nearest ancestor's (through shadow roots),
 * followed when either changes. The element holds its first render until that language's UI
 * strings are loaded (`whenStringsLoaded`) and renders inside its scope (`renderIn`), the only
 * place where `msg()` answers in it.
 */
export class LocaleController implements ReactiveController, LangFollower {
  private current = defaultLocale;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** The supported locale: "es-MX" on the element or an ancestor gives "es"; anything unknown "en". */
  get locale(): string {
    return this.current;
  }

  get ownerDocument(): Document {
    return this.host.ownerDocument;
  }

  hostConnected(): void {
    this.resolve();
    followAncestorLang(this, true);
  }

  hostDisconnected(): void {
    followAncestorLang(this, false);
  }

  /** The element's own `lang` changed. */
  langAttributeChanged(): void {
    if (this.host.isConnected) this.resolve();
  }

  ancestorLangChanged(): void {
    this.resolve();
  }

  /**
   * The server connects no element, so nothing reads `lang` there: the server renderer hands
   * over the element's own `lang`, else the language being rendered.
   */
  takeServerLocale(lang: string | null): void {
    this.set(supportedLocale(lang ?? currentRenderLocale()));
  }

  /** Whether the locale changed since the last update. */
  changedIn(changed: PropertyValues): boolean {
    return changed.has(localeKey);
  }

  /** Resolves when the locale's UI strings can be rendered; undefined when they already can. */
  whenStringsLoaded(): Promise<void> | undefined {
    return uiStringsLoading(this.current);
  }

  renderIn<T>(render: () => T): T {
    return renderInLocale(this.current, render);
  }

  private resolve(): void {
    let node: Node | null = this.host;
    while (node) {
      if (node instanceof Element && node.hasAttribute('lang')) {
        this.set(supportedLocale(node.getAttribute('lang')));
        return;
      }
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    this.set(defaultLocale);
  }

  private set(locale: string): void {
    if (locale === this.current) return;
    const old = this.current;
    this.current = locale;
    this.host.requestUpdate(localeKey, old);
  }
}
