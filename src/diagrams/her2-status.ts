import { svg, type TemplateResult } from 'lit';
import type { her2StatusDiagram } from '../content/diagrams.js';
import { renderFigure } from './figure.js';
import { around, attracted, her2, label, leader } from './shapes.js';

const r = 48;
const cy = 130;
const normal = 70;
const excess = 208;

/** Two cancer cells: a normal amount of HER2 proteins, and an excess that attracts growth hormones. */
export const her2StatusFigure = (text: typeof her2StatusDiagram): TemplateResult => {
  const { labels } = text;
  return renderFigure(
    text,
    '0 0 280 226',
    svg`<circle class="cell" cx=${normal} cy=${cy} r=${r}/><circle class="cell" cx=${excess} cy=${cy} r=${r}/>
      ${[-35, 35].map((angle) => her2(around(normal, cy, r, angle)))}
      ${[-80, -60, -40, -20, 0, 20, 40, 60, 80].map((angle) => her2(around(excess, cy, r, angle)))}
      ${attracted(around(normal, cy, r + 24, -35))}
      ${[-40, 0, 40].map((angle) => attracted(around(excess, cy, r + 24, angle)))}
      ${leader('M60 22l44 40M252 22l12 26')}
      ${label(4, 16, labels.her2, 'start')}${label(276, 16, labels.hormones, 'end')}
      ${label(normal, 135, labels.cell)}${label(excess, 135, labels.cell)}
      ${label(normal, 202, labels.normal)}${label(excess, 202, labels.excess)}`,
  );
};
