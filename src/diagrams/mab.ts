import { svg, type TemplateResult } from 'lit';
import type { TherapyDiagrams } from '../content/therapy-diagrams.js';
import { renderFigure } from './figure.js';
import { antibody, attracted, blocked, her2, label, leader, move } from './shapes.js';
import { cell, columns, large } from './therapy-layout.js';

/** Antibodies hold the HER2 proteins, so growth hormones cannot reach them. */
export const mabFigure = (text: TherapyDiagrams['mab']): TemplateResult => {
  const { labels } = text;
  return renderFigure(
    text,
    '0 0 280 180',
    svg`${cell()}
      ${columns.map(
        (x) =>
          svg`<g transform=${large(x)}>${her2()}${antibody()}${attracted(move(0, -44), 28)}${blocked(move(0, -62))}</g>`,
      )}
      ${leader('M132 17h48M172 88h20M120 117h66')}
      ${label(4, 22, labels.hormones, 'start')}${label(4, 93, labels.antibody, 'start')}
      ${label(4, 122, labels.her2, 'start')}${label(12, 166, labels.cell, 'start')}`,
  );
};
