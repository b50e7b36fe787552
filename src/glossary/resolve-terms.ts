import type { GlossaryEntry } from '../content/types.js';
import { builtInIds } from './built-in-ids.js';
import { checkHostTerms } from './host-terms.js';
import { normalizeTermId, splitTermIds } from './term-ids.js';

export interface TermRequest {
  /** The built-in terms in the language shown: the reviewed glossary, or a content pack's translation. */
  readonly builtIn: readonly GlossaryEntry[];
  /** The host's `extraTerms`, unchecked: anything a host may set. */
  readonly hostTerms?: unknown;
  /**
   * The terms wanted: a space-separated list (the `terms` attribute) or a list of single ids
   * (`[term]`). A list that names no id wants every term; an empty single id names no term.
   */
  readonly ids?: string | readonly string[];
}

export interface TermSelection {
  /** The terms wanted, in the order asked for, each once. */
  readonly entries: readonly GlossaryEntry[];
  /** The ids asked for that name no term, as the host wrote them (trimmed), each once. */
  readonly unknownIds: readonly string[];
  /** Every id that can be asked for, built-in then host, for the invalid-input notice. */
  readonly validIds: readonly string[];
  /** The host terms that can be shown. */
  readonly hostTerms: readonly GlossaryEntry[];
  /** The host terms that cannot, as the host gave them (see `checkHostTerms`). */
  readonly refusedHostTerms: readonly unknown[];
}

/**
 * Picks glossary terms by id from the built-in terms and the host's, by one rule for every
 * element (see `normalizeTermId`). When every term is wanted and the host adds none, `entries`
 * is `builtIn` itself, so what is cached per list (search index, matcher) is built once.
 */
export function resolveTerms({ builtIn, hostTerms, ids = [] }: TermRequest): TermSelection {
  const { accepted, refused } = checkHostTerms(hostTerms, builtInIds);
  const all = accepted.length ? [...builtIn, ...accepted] : builtIn;
  const byId = new Map(all.map((entry) => [normalizeTermId(entry.id), entry]));
  const wanted = typeof ids === 'string' ? splitTermIds(ids) : ids;
  const entries: GlossaryEntry[] = [];
  const unknownIds: string[] = [];
  const seen = new Set<string>();
  for (const id of wanted) {
    const key = normalizeTermId(id);
    if (seen.has(key)) continue;
    seen.add(key);
    const entry = byId.get(key);
    if (entry) entries.push(entry);
    else unknownIds.push(id.trim());
  }
  return {
    entries: wanted.length ? entries : all,
    unknownIds,
    validIds: all.map((entry) => entry.id),
    hostTerms: accepted,
    refusedHostTerms: refused,
  };
}
