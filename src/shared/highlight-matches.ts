import { html, type TemplateResult } from 'lit';
import { splitAtMatches } from '../glossary/search-text.js';

/** `text` with every match of the folded `query` wrapped in `<mark part="match">`. */
export function highlightMatches(text: string, query: string): TemplateResult | string {
  const pieces = splitAtMatches(text, query);
  if (!pieces.some((piece) => piece.matched)) return text;
  return html`${pieces.map((piece) => (piece.matched ? html`<mark part="match">${piece.text}</mark>` : piece.text))}`;
}
