import { svg, type SVGTemplateResult } from 'lit';
import { move } from './shapes.js';

/*
 * The three therapy pictures share one layout, 280 × 180: labels on the left, the parts they
 * name on the right at the same height, drawn half as large again; the cell's top edge is its
 * membrane.
 */
export const membrane = 140;
export const columns = [196, 254];

/** Moves a part to (x, y) and draws it half as large again. */
export const large = (x: number, y = membrane): string => `${move(x, y)} scale(1.5)`;

/** The cancer cell, from its membrane at `top` to the bottom of the picture. */
export const cell = (top = membrane): SVGTemplateResult =>
  svg`<rect class="cell" x="2" y=${top} width="276" height=${178 - top} rx="12"/>`;
