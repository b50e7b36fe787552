import { svg, type TemplateResult } from 'lit';
import type { TherapyDiagrams } from '../content/therapy-diagrams.js';
import { renderFigure } from './figure.js';
import { arrow, blocked, label, leader, move } from './shapes.js';
import { cell, large } from './therapy-layout.js';

/** Inside the cell: TKIs fill the tyrosine kinase enzymes, so the cell cannot grow and divide. */
export const tkiFigure = (text: TherapyDiagrams['tki']): TemplateResult => {
  const { labels } = text;
  return renderFigure(
    text,
    '0 0 280 180',
    svg`${cell(6)}
      ${[184, 242].map(
        (
          x,
        ) => svg`<g transform=${large(x, 76)}><path class="kinase" d="M0 0-7-12A14 14 0 1 0 7-12Z"/><path class="tki" d="M0-3-8-17H8Z"/>
          ${arrow('M0 20V46', 0, 46)}${blocked(move(0, 30))}</g>`,
      )}
      ${leader('M48 55h116M136 82h26')}
      ${label(12, 30, labels.cell, 'start')}${label(12, 60, labels.tki, 'start')}
      ${label(12, 87, labels.kinase, 'start')}${label(276, 166, labels.grow, 'end')}`,
  );
};
