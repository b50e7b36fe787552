/** Pointer resting on a term this long opens its definition. */
export const hoverOpenDelay = 150;
/** Time to cross from the term to its definition (or back) before a hover-opened one closes. */
export const hoverCloseDelay = 300;

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
