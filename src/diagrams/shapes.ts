import { svg, type SVGTemplateResult } from 'lit';
import type { DiagramLabel } from '../content/diagrams.js';

/*
 * The parts every picture shares, drawn in user units around an origin that the caller moves
 * with `transform`. Outside the cell is up. Colours come from the stylesheet (diagram.styles.ts).
 */

export const move = (x: number, y: number): string => `translate(${x} ${y})`;

/** Turns a part drawn upright at (cx, cy - r) by `angle` degrees around the centre of a round cell. */
export const around = (cx: number, cy: number, r: number, angle: number): string =>
  `rotate(${angle} ${cx} ${cy}) ${move(cx, cy - r)}`;

/** A HER2 protein standing in the membrane: its stalk crosses it, its head is outside (top at -24). */
export const her2 = (transform = ''): SVGTemplateResult =>
  svg`<g class="her2" transform=${transform}><path d="M0 6V-10"/><rect x="-6" y="-24" width="12" height="15" rx="6"/></g>`;

/** A dashed line `d` that ends pointing down at its tip (x, y). */
export const arrow = (d: string, x: number, y: number): SVGTemplateResult =>
  svg`<path class="arrow" d=${d}/><path d="M${x - 5} ${y - 5}l5 5 5-5"/>`;

/** A growth hormone and the arrow that brings it to whatever stands below (the tip at 0). */
export const attracted = (transform: string, length = 16): SVGTemplateResult =>
  svg`<g transform=${transform}><circle class="hormone" cy=${-length - 10} r="5"/>${arrow(`M0 ${-length - 2}V0`, 0, 0)}</g>`;

/** A monoclonal antibody holding the head of the HER2 protein below it, optionally carrying a drug. */
export const antibody = (transform = '', drug = false): SVGTemplateResult =>
  svg`<g transform=${transform}><path class="antibody" d="M-9-20 0-30 9-20M0-30v-12"/>${
    drug ? svg`<path class="drug" d="M0-54l6 6-6 6-6-6z"/>` : ''
  }</g>`;

/** An anti-cancer drug on its own; with `className` "gone", the outline of where it was. */
export const drug = (transform: string, className = 'drug'): SVGTemplateResult =>
  svg`<path class=${className} transform=${transform} d="M0-6l6 6-6 6-6-6z"/>`;

/** What stops a signal: a cross. */
export const blocked = (transform: string): SVGTemplateResult =>
  svg`<path class="block" transform=${transform} d="M-5-5 5 5M5-5-5 5"/>`;

/** A thin line from a label to the part it names. */
export const leader = (d: string): SVGTemplateResult => svg`<path class="leader" d=${d}/>`;

/** A short visible label; an array is one line each, the first at `y`. */
export const label = (x: number, y: number, text: DiagramLabel, anchor = 'middle'): SVGTemplateResult =>
  svg`<text x=${x} y=${y} text-anchor=${anchor}>${(typeof text === 'string' ? [text] : text).map(
    (line, index) => svg`<tspan x=${x} dy=${index ? '1.2em' : 0}>${line}</tspan>`,
  )}</text>`;
