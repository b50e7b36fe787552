import type { LocaleModule } from '@lit/localize';
import { msg } from '@lit/localize/init/install.js';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { str } from '@lit/localize/internal/str-tag.js';
import type { ReviewDate } from '../content/types.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

/**
 * UI strings go through @lit/localize's `msg()`. Its runtime locale is page-wide, but each
 * widget follows its own `lang`, so the widgets use the reentrant mode: `msg()` asks which
 * locale is rendering, and every element renders inside `renderInLocale()`.
 */
export const defaultLocale: string = sourceLocale;

// The package's main module also sets up its page-wide mode at import; these two are all we need.
export { msg, str };

const loaders: Readonly<Record<string, () => Promise<LocaleModule>>> = {
  es: () => import('../generated/locales/es.js'),
};

const catalogues = new Map<string, LocaleModule>();
const loading = new Map<string, Promise<void>>();
let renderingLocale = defaultLocale;
let configured = false;

/** The best supported locale for a BCP 47 tag: "es-MX" → "es"; unknown → "en". */
export function supportedLocale(tag: string | null | undefined): string {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return language === sourceLocale || (targetLocales as readonly string[]).includes(language)
    ? language
    : defaultLocale;
}

function configure(): void {
  if (configured) return;
  configured = true;
  try {
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      getLocale: () => renderingLocale,
      loadLocaleSync: (locale) => catalogues.get(locale),
    });
  } catch {
    // The page configured @lit/localize itself; the widgets' strings then follow its locale.
  }
}

/**
 * Resolves once `locale`'s strings can be rendered; undefined when they already can. A
 * catalogue that fails to load leaves the element in English rather than broken.
 */
export function uiStringsLoading(locale: string): Promise<void> | undefined {
  configure();
  const load = loaders[locale];
  if (!load || catalogues.has(locale)) return undefined;
  let pending = loading.get(locale);
  if (!pending) {
    pending = load().then(
      (module) => void catalogues.set(locale, module),
      () => {
        console.warn(`her2-widgets: could not load the "${locale}" strings; showing English.`);
        // An empty catalogue: msg() falls back to English, and no element waits on this again.
        catalogues.set(locale, { templates: {} });
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** The locale `msg()` answers in right now. */
export function currentRenderLocale(): string {
  return renderingLocale;
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
export function monthYearText({ year, month }: ReviewDate): string {
  const inMonth = [
    () => msg(str`January ${year}`),
    () => msg(str`February ${year}`),
    () => msg(str`March ${year}`),
    () => msg(str`April ${year}`),
    () => msg(str`May ${year}`),
    () => msg(str`June ${year}`),
    () => msg(str`July ${year}`),
    () => msg(str`August ${year}`),
    () => msg(str`September ${year}`),
    () => msg(str`October ${year}`),
    () => msg(str`November ${year}`),
    () => msg(str`December ${year}`),
  ];
  return inMonth[month - 1]();
}

// Strings more than one element shows.
export const reviewedText = (date: string) => msg(str`Medically reviewed ${date}`);
export const sourceCountText = (count: number) =>
  count === 1 ? msg('1 source') : msg(str`${count} sources`);
export const opensInNewTabText = () => msg('(opens in a new tab)');
export const careTeamNoticeText = () =>
  msg('This information does not replace advice from your care team.');
export const hostTermShapeText = () =>
  msg('a list of {id, term, definition} with text values and new, lower-case ids such as "my-term"');
