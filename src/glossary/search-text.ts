/**
 * Text folded for matching: lower case, accents and other combining marks removed, dashes read
 * as spaces. `origin[i]` is the index in the original text of folded character `i`, so a match in
 * the folded text can be highlighted in the original.
 */
export interface FoldedText {
  readonly folded: string;
  readonly origin: readonly number[];
}

const combiningMarks = /\p{M}/gu;
const dashes = /[-‐‑‒–—]/g;
// Lower case without context: a whole text and its characters one by one fold alike.
const finalSigma = /ς/g;

/** Text folded, as `foldWithOrigin` folds it character by character, without the origins. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(combiningMarks, '').replace(dashes, ' ').toLowerCase().replace(finalSigma, 'σ');
}

export function foldWithOrigin(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const character of text) {
    const piece = foldText(character);
    folded += piece;
    for (let i = 0; i < piece.length; i += 1) origin.push(index);
    index += character.length;
  }
  origin.push(index);
  return { folded, origin };
}

/** A query as matched: folded, with runs of white space as one space. */
export function foldQuery(query: string): string {
  return foldText(query).replace(/\s+/g, ' ').trim();
}

/** A piece of text, and whether it matches the query. */
export interface MatchedPiece {
  readonly text: string;
  readonly matched: boolean;
}

/**
 * `text` split around every match of the folded `query` (see `foldQuery`), matches keeping their
 * original case and accents; one unmatched piece when there is no query or no match.
 */
export function splitAtMatches(text: string, query: string): MatchedPiece[] {
  if (!query) return [{ text, matched: false }];
  const { folded, origin } = foldWithOrigin(text);
  const pieces: MatchedPiece[] = [];
  let shownUpTo = 0;
  for (let at = folded.indexOf(query); at !== -1; at = folded.indexOf(query, at + query.length)) {
    const start = origin[at];
    const end = origin[at + query.length];
    if (start < shownUpTo) continue;
    if (start > shownUpTo) pieces.push({ text: text.slice(shownUpTo, start), matched: false });
    pieces.push({ text: text.slice(start, end), matched: true });
    shownUpTo = end;
  }
  if (shownUpTo < text.length || pieces.length === 0) pieces.push({ text: text.slice(shownUpTo), matched: false });
  return pieces;
}
