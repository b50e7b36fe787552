import type { LocaleModule, MsgFn, StrResult, str as strTag } from '@lit/localize';
import type { ReviewDate } from '../content/types.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

/**
 * UI strings are written as `msg('…')` and `msg(str`…${value}`)`, which lit-localize extracts
 * to XLIFF and builds into src/generated/locales/. The runtime is ours rather than
 * @lit/localize's: its locale is page-wide, while each widget follows its own `lang`, and a
 * host page that configures @lit/localize for its own strings must not change the widgets'.
 * `msg()` answers in the locale being rendered: every element renders inside `renderInLocale()`.
 */
export const defaultLocale: string = sourceLocale;

/** Finds a UI string's translation by its English template, or by the id given in msg(). */
type Catalogue = (
  template: string | TemplateStringsArray,
  id?: string,
) => LocaleModule['templates'][string] | undefined;

// Catalogues key translations by a hash of the English template. The hashing is loaded with
// the first catalogue, so a page that shows only English does not download it.
const catalogue = (generated: Promise<LocaleModule>): Promise<Catalogue> =>
  Promise.all([generated, import('./message-id.js')]).then(
    ([{ templates }, { messageId }]) =>
      (template, id) =>
        templates[id ?? messageId(template)],
  );

const loaders: Readonly<Record<string, () => Promise<Catalogue>>> = {
  es: () => catalogue(import('../generated/locales/es.js')),
};

const catalogues = new Map<string, Catalogue>();
const loading = new Map<string, Promise<void>>();
/** The locale of the element rendering now; undefined outside every `renderInLocale()`. */
let renderingLocale: string | undefined;

/**
 * A UI string asked for outside an element's locale scope would silently be English. The test
 * runner's page sets this flag, so there it throws instead and the test that reached it fails.
 */
const strictScopeKey = Symbol.for('her2-widgets.strict-locale-scope');

function localeOfThisMsg(): string {
  if (renderingLocale !== undefined) return renderingLocale;
  if ((globalThis as Record<symbol, unknown>)[strictScopeKey] === true) {
    throw new Error('her2-widgets: msg() called outside renderInLocale(); it would answer in English.');
  }
  return defaultLocale;
}

/** Marks a UI string with values: msg(str`${count} terms`). */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({
  strTag: true,
  strings,
  values,
})) as typeof strTag;

function fill(strings: readonly string[], values: readonly unknown[], order?: readonly number[]): string {
  return strings.reduce((text, part, i) => `${text}${String(values[order ? order[i - 1] : i - 1])}${part}`);
}

/** A UI string in the locale being rendered; English where the catalogue has no translation. */
export const msg = ((template: string | StrResult, options?: { id?: string }): string => {
  const locale = localeOfThisMsg();
  const translated =
    locale === defaultLocale
      ? undefined
      : catalogues.get(locale)?.(typeof template === 'string' ? template : template.strings, options?.id);
  if (typeof translated === 'string') return translated;
  if (typeof template === 'string') return template;
  const localized = translated as StrResult | undefined;
  return localized?.strTag
    ? fill(localized.strings, template.values, localized.values as number[])
    : fill(template.strings, template.values);
}) as MsgFn;

/** The best supported locale for a BCP 47 tag: "es-MX" → "es"; unknown → "en". */
export function supportedLocale(tag: string | null | undefined): string {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return language === sourceLocale || (targetLocales as readonly string[]).includes(language)
    ? language
    : defaultLocale;
}

/**
 * Resolves once `locale`'s strings can be rendered; undefined when they already can. A
 * catalogue that fails to load leaves the element in English rather than broken.
 */
export function uiStringsLoading(locale: string): Promise<void> | undefined {
  const load = loaders[locale];
  if (!load || catalogues.has(locale)) return undefined;
  let pending = loading.get(locale);
  if (!pending) {
    pending = load().then(
      (loaded) => void catalogues.set(locale, loaded),
      () => {
        console.warn(`her2-widgets: could not load the "${locale}" strings; showing English.`);
        // An empty catalogue: msg() falls back to English, and no element waits on this again.
        catalogues.set(locale, () => undefined);
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** The locale `msg()` answers in right now. */
export function currentRenderLocale(): string {
  return renderingLocale ?? defaultLocale;
}

/** Runs `render` with `msg()` answering in `locale`. */
export function renderInLocale<T>(locale: string, render: () => T): T {
  const outer = renderingLocale;
  renderingLocale = locale;
  try {
    return render();
  } finally {
    renderingLocale = outer;
  }
}

/**
 * "May 2022", "mayo de 2022". Month names are UI strings rather than Intl.DateTimeFormat, whose
 * first use costs a page with many widgets more than rendering a dozen of them.
 */
const monthYear = [
  (year: number) => msg(str`January ${year}`),
  (year: number) => msg(str`February ${year}`),
  (year: number) => msg(str`March ${year}`),
  (year: number) => msg(str`April ${year}`),
  (year: number) => msg(str`May ${year}`),
  (year: number) => msg(str`June ${year}`),
  (year: number) => msg(str`July ${year}`),
  (year: number) => msg(str`August ${year}`),
  (year: number) => msg(str`September ${year}`),
  (year: number) => msg(str`October ${year}`),
  (year: number) => msg(str`November ${year}`),
  (year: number) => msg(str`December ${year}`),
];

export function monthYearText({ year, month }: ReviewDate): string {
  return monthYear[month - 1](year);
}

// Strings more than one element shows.
export const reviewedText = (date: string) => msg(str`Medically reviewed ${date}`);
export const sourceCountText = (count: number) => (count === 1 ? msg('1 source') : msg(str`${count} sources`));
export const opensInNewTabText = () => msg('(opens in a new tab)');
export const careTeamNoticeText = () => msg('This information does not replace advice from your care team.');
export const hostTermShapeText = () =>
  msg('a list of {id, term, definition} with text values and new, lower-case ids such as "my-term"');
