import type { GlossaryEntry } from '../content/types.js';
import { foldQuery, foldText } from './search-text.js';

/** How long one slice of an index's preparation may hold the page: well inside a frame. */
const sliceMs = 4;

/**
 * A glossary's entries in the order they are shown, and the folded text each is searched by:
 * term, abbreviation and definition, folded once so that a keystroke only scans. The order is
 * ready at once (the list shows it); the folding, which takes long for thousands of host terms,
 * is done a slice at a time while the page is idle, so it never delays a render or a keystroke.
 * A search before it is done finishes it first, and so finds what a finished index would.
 */
export class GlossaryIndex {
  readonly entries: readonly GlossaryEntry[];
  private readonly haystacks: string[] = [];
  private scheduled = false;

  constructor(entries: readonly GlossaryEntry[], collator: Intl.Collator) {
    this.entries = [...entries].sort((a, b) => collator.compare(a.term, b.term));
    this.prepareWhenIdle();
  }

  get prepared(): boolean {
    return this.haystacks.length === this.entries.length;
  }

  /** The folded text of every entry, in `entries`' order; folds what is left first. */
  allHaystacks(): readonly string[] {
    this.prepareUntil(Infinity);
    return this.haystacks;
  }

  private prepareUntil(deadline: number): void {
    const { entries, haystacks } = this;
    while (haystacks.length < entries.length && performance.now() < deadline) {
      haystacks.push(haystackOf(entries[haystacks.length]));
    }
  }

  private prepareWhenIdle(): void {
    if (this.prepared || this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      this.prepareUntil(performance.now() + sliceMs);
      this.prepareWhenIdle();
    });
  }
}

// A page with many glossaries makes each collator, folds each built-in entry and sorts the
// built-in list once.
const collators = new Map<string, Intl.Collator>();
const haystacks = new WeakMap<GlossaryEntry, string>();
const indexes = new WeakMap<readonly GlossaryEntry[], Map<string, GlossaryIndex>>();

function haystackOf(entry: GlossaryEntry): string {
  let haystack = haystacks.get(entry);
  if (haystack === undefined) {
    haystack = foldText(`${entry.term}\n${entry.abbreviation ?? ''}\n${entry.definition}`);
    haystacks.set(entry, haystack);
  }
  return haystack;
}

/** The index of `entries`, sorted by term in `locale`'s order; the same list gives the same index. */
export function indexEntries(entries: readonly GlossaryEntry[], locale: string): GlossaryIndex {
  let byLocale = indexes.get(entries);
  if (!byLocale) indexes.set(entries, (byLocale = new Map<string, GlossaryIndex>()));
  let index = byLocale.get(locale);
  if (!index) {
    let collator = collators.get(locale);
    if (!collator) collators.set(locale, (collator = new Intl.Collator(locale, { sensitivity: 'base' })));
    byLocale.set(locale, (index = new GlossaryIndex(entries, collator)));
  }
  return index;
}

/**
 * Filters an index as the reader types. When the new query contains the previous one, only the
 * previous matches can still match, so typing more scans less.
 */
export class GlossarySearch {
  private lastQuery = '';
  private lastMatches: readonly number[] | undefined;

  constructor(private readonly index: GlossaryIndex) {}

  search(query: string): readonly GlossaryEntry[] {
    const folded = foldQuery(query);
    const { entries } = this.index;
    if (!folded) {
      this.lastQuery = '';
      this.lastMatches = undefined;
      return entries;
    }
    const haystacks = this.index.allHaystacks();
    const pool = this.lastMatches && folded.includes(this.lastQuery) ? this.lastMatches : entries.keys();
    const matches: number[] = [];
    for (const position of pool) if (haystacks[position].includes(folded)) matches.push(position);
    this.lastQuery = folded;
    this.lastMatches = matches;
    return matches.map((position) => entries[position]);
  }
}
