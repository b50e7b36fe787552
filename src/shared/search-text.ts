import { html, type TemplateResult } from 'lit';

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

function foldCharacter(character: string): string {
  return character.normalize('NFD').replace(combiningMarks, '').replace(dashes, ' ').toLowerCase();
}

export function foldWithOrigin(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const character of text) {
    const piece = foldCharacter(character);
    folded += piece;
    for (let i = 0; i < piece.length; i += 1) origin.push(index);
    index += character.length;
  }
  origin.push(index);
  return { folded, origin };
}

/** A query as matched: folded, with runs of white space as one space. */
export function foldQuery(query: string): string {
  return foldWithOrigin(query).folded.replace(/\s+/g, ' ').trim();
}

export function foldText(text: string): string {
  return foldWithOrigin(text).folded;
}

/** `text` with every match of the folded `query` wrapped in `<mark part="match">`. */
export function highlightMatches(text: string, query: string): TemplateResult | string {
  if (!query) return text;
  const { folded, origin } = foldWithOrigin(text);
  const pieces: Array<TemplateResult | string> = [];
  let shownUpTo = 0;
  for (let at = folded.indexOf(query); at !== -1; at = folded.indexOf(query, at + query.length)) {
    const start = origin[at];
    const end = origin[at + query.length];
    if (start < shownUpTo) continue;
    pieces.push(text.slice(shownUpTo, start), html`<mark part="match">${text.slice(start, end)}</mark>`);
    shownUpTo = end;
  }
  if (pieces.length === 0) return text;
  pieces.push(text.slice(shownUpTo));
  return html`${pieces}`;
}
