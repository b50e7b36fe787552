import type { ReviewDate } from '../content/types.js';
import { registry, type RegisteredPack } from './content-pack-registry.js';
import { defaultLocale, supportedLocale } from './i18n.js';
import { isReviewDate } from './review-record.js';

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

/**
 * Keys that identify, cite or link, or record the seed's English a text was edited from (`edit`,
 * which no element shows): they keep the reviewed English value in every language.
 */
const untranslatedKeys: ReadonlySet<string> = new Set(['id', 'type', 'seed', 'url', 'edit']);

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
    if (!isReviewDate(reviewed)) problems.push('reviewed must be {year, month}, month 1–12.');
    if (!content || typeof content !== 'object') problems.push('content must be an object of content exports.');
    if (problems.length === 0) {
      registry().packs.set(locale, registeredPack(reviewer, { year: reviewed.year, month: reviewed.month }, content));
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

/** A pack as elements use it: each export overlaid on the English once, when first shown. */
function registeredPack(reviewer: string, reviewed: ReviewDate, content: ContentPack['content']): RegisteredPack {
  const texts = new Map(Object.entries(content));
  const translations = new Map<string, object | null>();
  return {
    reviewer,
    reviewed,
    translated<T extends object>(name: string, english: T): T | null {
      if (!texts.has(name)) return null;
      let result = translations.get(name);
      if (result === undefined) {
        result = translatedExport(name, english, texts.get(name));
        translations.set(name, result);
      }
      return result as T | null;
    },
  };
}

/** `english` with the translation's text in place, ids, seeds and links kept; null if any text is missing. */
function translatedExport(name: string, english: object, translation: unknown): object | null {
  const missing: string[] = [];
  let result: unknown;
  try {
    result = overlay(english, translation, name, missing);
  } catch {
    missing.push(name);
  }
  if (missing.length === 0) return result as object;
  console.warn(
    `her2-widgets: the "${name}" translation has no text for ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}; showing English.`,
  );
  return null;
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
