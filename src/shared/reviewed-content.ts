import { html, type PropertyValues, type ReactiveController, type TemplateResult } from 'lit';
import {
  packCovering,
  readContentPacks,
  type ContentReader,
  type ContentShown,
  type RegisteredPack,
} from './content-pack-registry.js';
import { defaultLocale } from './i18n.js';
import type { Her2Element } from './her2-element.js';

/** The key under which a newly registered content pack shows in an update's changed properties. */
const packsKey = Symbol('content packs');

/**
 * The reviewed content an element shows, named by its exports (`{ sources }`): each comes back
 * as the host's reviewed translation for the element's language when a registered content pack
 * translates every one of them, else as the reviewed English. The keys are the names in
 * content.json, so a pack and the element agree on what is shown.
 */
export class ReviewedContent<Shown extends ContentShown> implements ReactiveController, ContentReader {
  constructor(
    private readonly host: Her2Element,
    private readonly shown: Shown,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    readContentPacks(this, true);
  }

  hostDisconnected(): void {
    readContentPacks(this, false);
  }

  contentPackRegistered(): void {
    this.host.requestUpdate(packsKey, null);
  }

  /** The content export `name` as the element shows it. */
  get<Name extends keyof Shown & string>(name: Name): Shown[Name] {
    return this.pack?.translated(name, this.shown[name]) ?? this.shown[name];
  }

  /** The host's reviewed translation in use, if one covers all the element shows. */
  get pack(): RegisteredPack | undefined {
    const { locale } = this.host.localeScope;
    return locale === defaultLocale ? undefined : packCovering(locale, this.shown);
  }

  /** The language of the medical text shown. */
  get locale(): string {
    return this.pack ? this.host.localeScope.locale : defaultLocale;
  }

  /** Whether what `get()` returns may differ since the last update: a new language, or a pack registered. */
  changedIn(changed: PropertyValues): boolean {
    return this.host.localeScope.changedIn(changed) || changed.has(packsKey);
  }

  /** A UI string, marked with its language when the medical text around it is in another. */
  uiText(text: string): TemplateResult | string {
    const uiLocale = this.host.localeScope.locale;
    return uiLocale === this.locale ? text : html`<span lang=${uiLocale}>${text}</span>`;
  }
}
