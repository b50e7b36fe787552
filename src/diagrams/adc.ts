import { svg, type TemplateResult } from 'lit';
import type { TherapyDiagrams } from '../content/therapy-diagrams.js';
import { renderFigure } from './figure.js';
import { antibody, arrow, drug, her2, label, leader, move } from './shapes.js';
import { cell, columns, large } from './therapy-layout.js';

/** An antibody carrying a drug holds a HER2 protein; beside it, the drug has gone into the cell. */
export const adcFigure = (text: TherapyDiagrams['adc']): TemplateResult => {
  const { labels } = text;
  const [carrying, released] = columns;
  return renderFigure(
    text,
    '0 50 280 130',
    svg`${cell()}
      <g transform=${large(carrying)}>${her2()}${antibody('', true)}</g>
      <g transform=${large(released)}>${her2()}${antibody()}
        ${drug(move(0, -48), 'gone')}${arrow('M-7-48H-18V8', -18, 8)}${drug(move(-18, 16))}</g>
      ${leader('M130 68h54M172 88h20M120 117h66')}
      ${label(4, 73, labels.drug, 'start')}${label(4, 93, labels.antibody, 'start')}
      ${label(4, 122, labels.her2, 'start')}${label(12, 166, labels.cell, 'start')}`,
  );
};
