import { svg, type TemplateResult } from 'lit';
import type { her2StatusDiagram } from '../content/diagrams.js';
import { renderFigure } from './figure.js';
import { attracted, her2, label, leader, move } from './shapes.js';

const membrane = 110;
/** Excess amounts: a HER2 protein every 30 units along the cell's outside. */
const proteins = [20, 50, 80, 110, 140, 170, 200, 230, 260];
/** The proteins shown attracting a growth hormone. */
const attracting = [80, 170, 260];

/** One cancer cell, excess amounts of HER2 proteins on its outside, some attracting growth hormones. */
export const her2StatusFigure = (text: typeof her2StatusDiagram): TemplateResult => {
  const { labels } = text;
  return renderFigure(
    text,
    '0 0 280 180',
    svg`<rect class="cell" x="2" y=${membrane} width="276" height=${178 - membrane} rx="12"/>
      ${proteins.map((x) => her2(move(x, membrane)))}
      ${attracting.map((x) => attracted(move(x, membrane - 24)))}
      ${leader(`M20 42V${membrane - 26}M260 26V${membrane - 56}`)}
      ${label(4, 18, labels.her2, 'start')}${label(276, 18, labels.hormones, 'end')}
      ${label(140, 152, labels.cell)}`,
  );
};
