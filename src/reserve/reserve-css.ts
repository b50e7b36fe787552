/**
 * The CSS that keeps a widget's room on the page until its module has run, so that nothing moves
 * when it appears: the page carries it inline (README, the embed-code builder), because a
 * stylesheet from the CDN would hold up the first paint. While an element is not yet defined,
 * an empty float as tall as the widget will be holds it open, beside any fallback of the host's
 * inside the tag. The height comes from the formula
 * scripts/reserve-room.mjs fits to measured heights, in the element's own width (a container
 * query unit) and its font's `em` and `ch`:
 *
 *   fixed·em + text·em·ch / (width − inset·em) + picture·min(width − 2em, 22em)
 *
 * Engines that cannot divide one length by another (Firefox 153) take `ch` as 0.55em, a typical
 * font's, and the text's 1/width curve from its tangents at a few widths: the largest of those
 * straight lines is never more than a little below the curve.
 */

/** One fit of the formula, for widths from `from` em up to the next fit's. */
export interface RoomFormula {
  readonly from: number;
  readonly a: number;
  readonly b: number;
  readonly p: number;
  readonly r: number;
}

/** Per selector (`source-list[collapsed]`), its fits from the narrowest width up. */
export type ReservedRoom = Readonly<Record<string, readonly RoomFormula[]>>;

const fixedAndPicture = (text: string) => `calc(var(--fixed)*1em + ${text} + var(--picture)*min(100cqw - 2em,22em))`;

const height = fixedAndPicture('var(--text)*1em*1ch/(100cqw - var(--inset)*1em)');

/** The text's term tangent to its curve at a width of `k` em, with `ch` = 0.55em. */
const tangent = (k: number) => `(${2 * k}em - var(--inset)*1em - 100cqw)*var(--text)*.55/pow(${k} - var(--inset),2)`;

const heightWithoutDivision = fixedAndPicture(`max(${[20, 26, 36, 54].map(tangent).join(',')})`);

function formulaRule(selector: string, { a, b, p, r }: RoomFormula): string {
  return `${selector}:not(:defined)::before{--fixed:${a};--text:${b};--inset:${p};--picture:${r}}`;
}

/**
 * The widget's height in px, by its formula, in a column `width` px wide with text of `fontSize`
 * px in a font whose `ch` is `chPerEm` em: for a frame's height, where no browser measures it.
 */
export function reservedHeight(fits: readonly RoomFormula[], width: number, fontSize = 16, chPerEm = 0.55): number {
  const widthEm = width / fontSize;
  const { a, b, p, r } = [...fits].reverse().find((fit) => widthEm >= fit.from) ?? fits[0];
  return fontSize * (a + (b * chPerEm) / (widthEm - p) + r * Math.min(widthEm - 2, 22));
}

/**
 * The selector of `room` that holds the room of `<tag attributes>`: the one for its attribute
 * (`her2-therapy-card[type="adc"]`, `source-list[collapsed]`) if there is one, else the tag's
 * own; undefined for an element whose room is not reserved (an inline term).
 */
export function reservedSelector(
  room: ReservedRoom,
  tag: string,
  attributes: Readonly<Record<string, string>> = {},
): string | undefined {
  for (const [name, value] of Object.entries(attributes)) {
    for (const selector of [`${tag}[${name}="${value}"]`, `${tag}[${name}]`]) if (selector in room) return selector;
  }
  return tag in room ? tag : undefined;
}

/** The reserving CSS for the widgets `selectors` match (each a key of `room`), all by default. */
export function reserveCss(room: ReservedRoom, selectors: readonly string[] = Object.keys(room)): string {
  const tags = [...new Set(selectors.map((selector) => selector.replace(/\[.*$/, '')))].join(',');
  const waiting = `:is(${tags}):not(:defined)`;
  const rules = [
    `${waiting}{display:flow-root;container-type:inline-size}`,
    `${waiting}::before{content:"";float:left;height:${height}}`,
    `@supports not (width:calc(1em*1ch/1px)){${waiting}::before{height:${heightWithoutDivision}}}`,
  ];
  for (const selector of selectors) {
    const [first, ...wider] = room[selector];
    rules.push(formulaRule(selector, first));
    for (const formula of wider) rules.push(`@container (width>=${formula.from}em){${formulaRule(selector, formula)}}`);
  }
  return `${rules.join('\n')}\n`;
}
