import type { GlossaryEntry } from '../../content/types.js';
import { foldQuery, foldText } from '../../shared/search-text.js';

export interface IndexedEntry {
  readonly entry: GlossaryEntry;
  /** Term, abbreviation and definition folded once, so each keystroke only scans. */
  readonly haystack: string;
}

export function indexEntries(entries: readonly GlossaryEntry[], locale: string): IndexedEntry[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...entries]
    .sort((a, b) => collator.compare(a.term, b.term))
    .map((entry) => ({
      entry,
      haystack: foldText(`${entry.term}\n${entry.abbreviation ?? ''}\n${entry.definition}`),
    }));
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
