import type { ReviewDate } from '../content/types.js';
import { defaultLocale, supportedLocale } from './i18n.js';

/**
 * A host's own reviewed translation of the widgets' medical text. `content` has the shape of
 * the `content` object in `her2-widgets/content.json`: one entry per content export it translates.
 */
export interface ContentPack {
  /** The language of the translation, as in `lang`: "es". */
  readonly locale: string;
  /** Who reviewed the translation, as the footer names them: "Dr. Ana Ruiz, oncologist". */
  readonly reviewer: string;
  /** When they reviewed it. */
  readonly reviewed: ReviewDate;
  readonly content: { readonly [exportName: string]: unknown };
}

export interface ContentPackResult {
  /** The locale the pack now serves; undefined if it was refused. */
  readonly locale?: string;
  /** Why it was refused. */
  readonly problems: readonly string[];
}

/** The content exports an element shows, by their names in content.json. */
export type ContentShown = Readonly<Record<string, object>>;

export interface RegisteredPack {
  readonly reviewer: string;
  readonly reviewed: ReviewDate;
  readonly content: ReadonlyMap<string, unknown>;
  /** Each export as shown in this language; null where the translation was incomplete. */
  readonly translated: Map<string, object | null>;
}

/** An element that shows content: told when a pack is registered, as its text may change. */
export interface ContentReader {
  contentPackRegistered(): void;
}

interface PageRegistry {
  readonly packs: Map<string, RegisteredPack>;
  readonly readers: Set<ContentReader>;
}

/** Keys that identify, cite or link: they keep the reviewed English value in every language. */
const untranslatedKeys: ReadonlySet<string> = new Set(['id', 'type', 'seed', 'url']);

/** Shared by every copy of this module on the page, so a pack registered through one bundle reaches all. */
const registryKey = Symbol.for('her2-widgets.content-packs');

function registry(): PageRegistry {
  const page = globalThis as unknown as Record<symbol, PageRegistry | undefined>;
  return (page[registryKey] ??= { packs: new Map(), readers: new Set() });
}

/** Connected elements read; disconnected ones stop, so the registry holds none that left the page. */
export function readContentPacks(reader: ContentReader, reading: boolean): void {
  if (reading) registry().readers.add(reader);
  else registry().readers.delete(reader);
}

/**
 * Registers a host's reviewed translation: elements whose `lang` is its locale then show its
 * text, with its reviewer and review date in their footer. An element shows a pack only if the
 * pack translates every text of every content export the element shows; otherwise it stays in
 * English and the console names what is missing. Registering again for a locale replaces its pack.
 */
export function registerContentPack(pack: ContentPack): ContentPackResult {
  const problems: string[] = [];
  let locale: string | undefined;
  try {
    const { reviewer, reviewed, content } = pack;
    locale = typeof pack.locale === 'string' ? supportedLocale(pack.locale) : defaultLocale;
    if (locale === defaultLocale) {
      problems.push('locale must be a language with UI strings other than English: es.');
    }
    if (typeof reviewer !== 'string' || !reviewer.trim()) problems.push('reviewer must name who reviewed it.');
    const { year, month } = reviewed ?? {};
    if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
      problems.push('reviewed must be {year, month}, month 1–12.');
    }
    if (!content || typeof content !== 'object') problems.push('content must be an object of content exports.');
    if (problems.length === 0) {
      const registered = { reviewer, reviewed: { year, month }, content: new Map(Object.entries(content)), translated: new Map() };
      registry().packs.set(locale, registered);
    }
  } catch {
    problems.push('it could not be read: give a plain object.');
  }
  if (problems.length > 0) {
    console.warn(`her2-widgets: content pack refused: ${problems.join(' ')}`);
    return { problems };
  }
  for (const reader of registry().readers) reader.contentPackRegistered();
  return { locale, problems };
}

/** The pack for `locale`, if it translates all of `shown` in full. */
export function packCovering(locale: string, shown: ContentShown): RegisteredPack | undefined {
  const pack = registry().packs.get(locale);
  const names = Object.keys(shown);
  const covered =
    pack &&
    names.length > 0 &&
    names.every((name) => pack.content.has(name)) &&
    names.every((name) => translatedExport(pack, name, shown[name]));
  return covered ? pack : undefined;
}

/** `english` as the pack translates it: its text in place, ids, seeds and links kept. */
export function translatedExport<T extends object>(pack: RegisteredPack, name: string, english: T): T | null {
  let result = pack.translated.get(name);
  if (result === undefined) {
    const missing: string[] = [];
    try {
      result = overlay(english, pack.content.get(name), name, missing) as object;
    } catch {
      missing.push(name);
    }
    if (missing.length) {
      console.warn(`her2-widgets: the "${name}" translation has no text for ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}; showing English.`);
      result = null;
    }
    pack.translated.set(name, result ?? null);
  }
  return result as T | null;
}

function overlay(english: unknown, translation: unknown, path: string, missing: string[]): unknown {
  if (typeof english === 'string') {
    if (isText(translation)) return translation;
  } else if (Array.isArray(english)) {
    if (english.every((item) => typeof item === 'string')) {
      if (Array.isArray(translation) && translation.length > 0 && translation.every(isText)) return [...translation];
    } else if (Array.isArray(translation) && translation.length === english.length) {
      return english.map((item, index) => overlay(item, translation[index], `${path}[${index}]`, missing));
    }
  } else if (english && typeof english === 'object') {
    const source = (translation && typeof translation === 'object' ? translation : {}) as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(english).map(([key, value]) => [
        key,
        untranslatedKeys.has(key) ? value : overlay(value, source[key], `${path}.${key}`, missing),
      ]),
    );
  } else {
    return english;
  }
  missing.push(path);
  return english;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
