import type { GlossaryEntry } from '../content/types.js';

/** A piece of text, and the glossary term id where the piece is a term. */
export interface TextSegment {
  readonly text: string;
  readonly termId?: string;
}

const separator = '[\\s\\u00a0\\-\\u2010\\u2011]+';
const wordCharacter = '[\\p{L}\\p{N}]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lower case, with any run of spaces or hyphens as one space: "HER2-Positive" → "her2 positive". */
function normalizeForm(text: string): string {
  return text.toLowerCase().split(new RegExp(separator, 'u')).join(' ');
}

function formsOf(entry: GlossaryEntry): string[] {
  return [entry.term, entry.abbreviation ?? '', ...(entry.variants ?? [])].filter((form) => form.trim());
}

/**
 * Finds glossary terms in running text with one combined regular expression: whole words only,
 * any case, spaces and hyphens interchangeable, and the longest form first, so "tyrosine kinase
 * inhibitor" wins over "tyrosine kinase" and "HER2-positive" over "HER2".
 */
export class TermMatcher {
  private readonly pattern: RegExp | undefined;
  private readonly idByForm = new Map<string, string>();

  constructor(entries: readonly GlossaryEntry[]) {
    for (const entry of entries) {
      for (const form of formsOf(entry)) {
        const normalized = normalizeForm(form.trim());
        if (!this.idByForm.has(normalized)) this.idByForm.set(normalized, entry.id);
      }
    }
    const alternatives = [...this.idByForm.keys()]
      .sort((a, b) => b.length - a.length)
      .map((form) => form.split(' ').map(escapeRegExp).join(separator));
    if (alternatives.length > 0) {
      this.pattern = new RegExp(`(?<!${wordCharacter})(?:${alternatives.join('|')})(?!${wordCharacter})`, 'giu');
    }
  }

  /**
   * Splits `text` into plain pieces and term pieces. A term id in `skip` is left as text; with
   * `firstOnly`, each term found is added to `skip`, so only its first occurrence is marked.
   */
  split(text: string, skip: Set<string> = new Set(), firstOnly = false): TextSegment[] {
    if (!this.pattern) return [{ text }];
    const segments: TextSegment[] = [];
    let plainFrom = 0;
    for (const match of text.matchAll(this.pattern)) {
      const termId = this.idByForm.get(normalizeForm(match[0]));
      if (!termId || skip.has(termId)) continue;
      const start = match.index ?? 0;
      if (start > plainFrom) segments.push({ text: text.slice(plainFrom, start) });
      segments.push({ text: match[0], termId });
      plainFrom = start + match[0].length;
      if (firstOnly) skip.add(termId);
    }
    if (plainFrom < text.length) segments.push({ text: text.slice(plainFrom) });
    return segments;
  }
}

const matchers = new WeakMap<readonly GlossaryEntry[], TermMatcher>();

/**
 * The matcher for a list of terms, built once per list: the built-in glossary (in each language
 * it is shown in) is one list that every element on the page shares.
 */
export function matcherFor(entries: readonly GlossaryEntry[]): TermMatcher {
  let matcher = matchers.get(entries);
  if (!matcher) matchers.set(entries, (matcher = new TermMatcher(entries)));
  return matcher;
}
