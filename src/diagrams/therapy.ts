import type { TemplateResult } from 'lit';
import type { TherapyType } from '../content/types.js';
import { adcFigure } from './adc.js';
import { mabFigure } from './mab.js';
import { tkiFigure } from './tki.js';

/** How each type of targeted therapy works, as the article explains it. */
export const therapyFigures: Readonly<Record<TherapyType, () => TemplateResult>> = {
  mab: mabFigure,
  adc: adcFigure,
  tki: tkiFigure,
};
