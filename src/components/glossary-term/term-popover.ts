import { glossary } from '../../content/glossary.js';
import type { GlossaryEntry } from '../../content/types.js';
import { hostText } from '../../shared/describe-value.js';
import { checkHostTerms } from '../../shared/host-terms.js';

/** Pointer resting on a term this long opens its definition. */
export const hoverOpenDelay = 150;
/** Time to cross from the term to its definition (or back) before a hover-opened one closes. */
export const hoverCloseDelay = 300;

const builtInIds = new Set(glossary.map((entry) => entry.id));

export interface TermLookup {
  readonly entry?: GlossaryEntry;
  /** Every id the element can show, for the invalid-input notice. */
  readonly validIds: readonly string[];
  /** Host terms that could not be used, as the host gave them. */
  readonly refused: readonly unknown[];
}

/**
 * Finds a term id among the built-in terms (`builtIn`: the glossary, or its translation) and
 * the host's, ignoring case and outer spaces.
 */
export function lookUpTerm(id: unknown, extraTerms: unknown, builtIn: readonly GlossaryEntry[]): TermLookup {
  const hostTerms = checkHostTerms(extraTerms, builtInIds);
  const all = [...builtIn, ...hostTerms.accepted];
  const wanted = hostText(id).trim().toLowerCase();
  return {
    entry: all.find((entry) => entry.id === wanted),
    validIds: all.map((entry) => entry.id),
    refused: hostTerms.refused,
  };
}

/** Anything that can close its definition; one at a time is open on the page. */
export interface Closable {
  close(): void;
}

let openOne: Closable | undefined;

/** Records `owner` as the open one, closing the one that was open before. */
export function claimOpen(owner: Closable): void {
  if (openOne && openOne !== owner) openOne.close();
  openOne = owner;
}

export function releaseOpen(owner: Closable): void {
  if (openOne === owner) openOne = undefined;
}

/**
 * The horizontal shift, in px, that brings a box starting at `left` and `width` wide inside
 * a viewport `viewportWidth` wide, keeping `margin` to the edges where there is room for it.
 */
export function shiftIntoView(left: number, width: number, viewportWidth: number, margin: number): number {
  const gap = Math.min(margin, Math.max(0, (viewportWidth - width) / 2));
  let shift = 0;
  if (left + width > viewportWidth - gap) shift = viewportWidth - gap - (left + width);
  if (left + shift < gap) shift = gap - left;
  return shift;
}
