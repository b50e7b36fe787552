import type { GlossaryEntry } from '../content/types.js';
import { foldQuery, foldText } from './search-text.js';

export interface IndexedEntry {
  readonly entry: GlossaryEntry;
  /** Term, abbreviation and definition folded once, so each keystroke only scans. */
  readonly haystack: string;
}

// A page with many glossaries makes each collator, folds each built-in entry and sorts the
// built-in list once.
const collators = new Map<string, Intl.Collator>();
const haystacks = new WeakMap<GlossaryEntry, string>();
const indexes = new WeakMap<readonly GlossaryEntry[], Map<string, readonly IndexedEntry[]>>();

function haystackOf(entry: GlossaryEntry): string {
  let haystack = haystacks.get(entry);
  if (haystack === undefined) {
    haystack = foldText(`${entry.term}\n${entry.abbreviation ?? ''}\n${entry.definition}`);
    haystacks.set(entry, haystack);
  }
  return haystack;
}

/** `entries` sorted by term in `locale`'s order; the same list gives the same index. */
export function indexEntries(entries: readonly GlossaryEntry[], locale: string): readonly IndexedEntry[] {
  let byLocale = indexes.get(entries);
  if (!byLocale) indexes.set(entries, (byLocale = new Map<string, readonly IndexedEntry[]>()));
  let index = byLocale.get(locale);
  if (!index) {
    let collator = collators.get(locale);
    if (!collator) collators.set(locale, (collator = new Intl.Collator(locale, { sensitivity: 'base' })));
    index = [...entries]
      .sort((a, b) => collator.compare(a.term, b.term))
      .map((entry) => ({ entry, haystack: haystackOf(entry) }));
    byLocale.set(locale, index);
  }
  return index;
}

/**
 * Filters an index as the reader types. When the new query contains the previous one, only the
 * previous matches can still match, so typing more scans less.
 */
export class GlossarySearch {
  private lastQuery = '';
  private lastMatches: readonly IndexedEntry[];

  constructor(private readonly index: readonly IndexedEntry[]) {
    this.lastMatches = index;
  }

  search(query: string): readonly IndexedEntry[] {
    const folded = foldQuery(query);
    const pool = folded.includes(this.lastQuery) ? this.lastMatches : this.index;
    this.lastMatches = folded ? pool.filter((item) => item.haystack.includes(folded)) : this.index;
    this.lastQuery = folded;
    return this.lastMatches;
  }
}
