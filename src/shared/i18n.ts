/** Every string the widgets show that is not reviewed medical content. */
export interface UiStrings {
  reviewed(date: string): string;
  sourceCount(count: number): string;
  unknownValue(attribute: string, value: string, valid: string): string;
  malformedValue(attribute: string, value: string, expected: string): string;
  hostTermShape: string;
  therapyWhatItIs: string;
  therapyHowItWorks: string;
  therapyWhenUsed: string;
  therapyExamples: string;
  brandNames(names: readonly string[]): string;
  biosimilars(names: readonly string[]): string;
  exampleSource: string;
  glossaryHeading: string;
  glossarySearchLabel: string;
  glossarySearchHint: string;
  glossaryCount(count: number, query: string): string;
  glossaryEmpty(query: string): string;
  glossaryShowMore(count: number): string;
  glossaryMoreTerms: string;
  sourcesHeading: string;
  opensInNewTab: string;
  sourcesSummary(count: number): string;
  // <her2-status-explainer>, <treatment-decisions>, <her2-therapy-overview>
  careTeamNotice: string;
  // <related-reading>
  relatedHrefsJson: string;
  relatedHrefsShape: string;
  relatedHrefsUrl: string;
  // <glossary-term>
  glossaryTermClose(term: string): string;
  // <her2-article>
  reviewedIn(date: string): string;
}

const en: UiStrings = {
  reviewed: (date) => `Medically reviewed ${date}`,
  sourceCount: (count) => `${count} ${count === 1 ? 'source' : 'sources'}`,
  unknownValue: (attribute, value, valid) =>
    `${value ? `Unknown ${attribute} “${value}”` : `Missing ${attribute}`}. Use one of: ${valid}.`,
  malformedValue: (attribute, value, expected) =>
    `Ignored ${attribute} value “${value}”: expected ${expected}.`,
  hostTermShape:
    'a list of {id, term, definition} with text values and new, lower-case ids such as "my-term"',
  therapyWhatItIs: 'What it is',
  therapyHowItWorks: 'How it works',
  therapyWhenUsed: 'When it is used',
  therapyExamples: 'Examples',
  brandNames: (names) => `Brand name: ${names.join(', ')}`,
  biosimilars: (names) => `biosimilars include ${names.join(', ')}`,
  exampleSource: 'Source',
  glossaryHeading: 'Glossary',
  glossarySearchLabel: 'Search the glossary',
  glossarySearchHint: 'Type a word, for example HER2',
  glossaryCount: (count, query) =>
    query
      ? `${count} ${count === 1 ? 'term matches' : 'terms match'} “${query}”`
      : `${count} ${count === 1 ? 'term' : 'terms'}`,
  glossaryEmpty: (query) => `No term matches “${query}”. Try a shorter or different word.`,
  glossaryShowMore: (count) => `Show ${count} more`,
  glossaryMoreTerms: 'More terms: NCI Dictionary of Cancer Terms',
  sourcesHeading: 'Sources',
  opensInNewTab: '(opens in a new tab)',
  sourcesSummary: (count) => `Sources (${count})`,
  // <her2-status-explainer>, <treatment-decisions>, <her2-therapy-overview>
  careTeamNotice: 'This information does not replace advice from your care team.',
  // <related-reading>
  relatedHrefsJson: 'JSON such as {"biomarkers": "https://…"}',
  relatedHrefsShape: 'an object of item ids and links such as {"biomarkers": "https://…"}',
  relatedHrefsUrl: 'absolute http:// or https:// links',
  // <glossary-term>
  glossaryTermClose: (term) => `Close the definition of ${term}`,
  // <her2-article>
  reviewedIn: (date) => `Medically reviewed in ${date}`,
};

const catalogs: Readonly<Record<string, UiStrings>> = { en };

export const defaultLocale = 'en';

/** The best supported locale for a BCP 47 tag: "en-GB" → "en"; unknown → "en". */
export function supportedLocale(tag: string | null | undefined): string {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  // Own keys only: `in` would accept "constructor" or "__proto__" from Object.prototype.
  return language && Object.hasOwn(catalogs, language) ? language : defaultLocale;
}

export function uiStrings(locale: string): UiStrings {
  return catalogs[supportedLocale(locale)];
}
