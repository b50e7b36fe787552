/**
 * The static embed pages (scripts/embed-pages.mjs writes them): their names, which are part of
 * addresses hosts link to, the element each shows, and the height a frame gives it.
 */
import { moduleUrl } from '../cdn/pinned-snippet.js';
import { therapyTypes } from '../content/therapies.js';
import { reservedRoom } from '../generated/reserved-room.js';
import { reservedHeight, reservedSelector } from '../reserve/reserve-css.js';

export interface EmbedPage {
  /** In the address: dist/embed/<lang>/<name>.html. */
  readonly name: string;
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
}

export const embedLanguages: Readonly<Record<string, string>> = { en: 'English', es: 'español' };

export const embedPages: readonly EmbedPage[] = [
  ...therapyTypes.map((type) => ({
    name: `her2-therapy-card-${type}`,
    tag: 'her2-therapy-card',
    attributes: { type },
  })),
  ...[
    'her2-status-explainer',
    'her2-therapy-overview',
    'treatment-decisions',
    'biomarker-glossary',
    'source-list',
    'related-reading',
    'her2-article',
  ].map((tag) => ({ name: tag, tag, attributes: {} })),
];

/** The page's padding around the widget, and the most a framed page may be: WordPress's limit. */
export const embedPagePadding = 16;
export const framedHeight = 1000;

/** The page that shows `<tag attributes>`: one whose own attributes all match; none for inline elements. */
export function embedPageFor(tag: string, attributes: Readonly<Record<string, string>> = {}): EmbedPage | undefined {
  return embedPages.find(
    (page) => page.tag === tag && Object.entries(page.attributes).every(([name, value]) => attributes[name] === value),
  );
}

/** The address of a page under the public address of the package's folder. */
export function embedUrl(base: string, lang: string, page: EmbedPage): string {
  return moduleUrl(base, `embed/${lang}/${page.name}.html`);
}

/** The height of a frame `width` px wide for the page: the widget's, with the page's padding, within 1000 px. */
export function frameHeight(page: EmbedPage, width: number): number {
  const room = reservedRoom[reservedSelector(reservedRoom, page.tag, page.attributes) ?? page.tag];
  const widget = reservedHeight(room, width - 2 * embedPagePadding);
  return Math.min(Math.ceil(widget + 2 * embedPagePadding), framedHeight);
}
