import type { TemplateResult } from 'lit';
import type { TherapyDiagrams } from '../content/therapy-diagrams.js';
import type { TherapyType } from '../content/types.js';
import { adcFigure } from './adc.js';
import { mabFigure } from './mab.js';
import { tkiFigure } from './tki.js';

/** How each type of targeted therapy works, as the article explains it. */
export const therapyFigures: Readonly<Record<TherapyType, (text: TherapyDiagrams) => TemplateResult>> = {
  mab: (text) => mabFigure(text.mab),
  adc: (text) => adcFigure(text.adc),
  tki: (text) => tkiFigure(text.tki),
};
