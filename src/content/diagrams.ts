import { deepFreeze } from './freeze.js';
import { therapies } from './therapies.js';
import type { ReviewedText, SeedParagraphs, TherapyType } from './types.js';

/** A label's lines: one string is one line. */
export type DiagramLabel = string | readonly string[];

/** The words of one picture: it shows only what these sentences say. */
export interface DiagramText<Key extends string> {
  /** Short visible labels, words of the seed, by the shape they name. */
  readonly labels: Readonly<Record<Key, DiagramLabel>>;
  /** Shown under the picture, and its accessible name. */
  readonly caption: ReviewedText;
  /** The picture's text alternative: the article's own sentences that it shows. */
  readonly description: readonly ReviewedText[];
  readonly seed: SeedParagraphs;
}

export type StatusDiagramLabel = 'cell' | 'her2' | 'hormones' | 'normal' | 'excess';
/** The labels of each therapy's picture. */
export interface TherapyDiagramLabels {
  mab: 'cell' | 'her2' | 'hormones' | 'antibody';
  adc: 'cell' | 'her2' | 'antibody' | 'drug';
  tki: 'cell' | 'kinase' | 'tki' | 'grow';
}

export type TherapyDiagrams = { readonly [T in TherapyType]: DiagramText<TherapyDiagramLabels[T]> };

const cell = 'cancer cell';
const her2 = 'HER2 proteins';
const hormones = 'growth hormones';
const antibody = 'monoclonal antibody';

/** HER2 proteins on cancer cells: a normal amount beside an excess, attracting growth hormones. */
export const her2StatusDiagram: DiagramText<StatusDiagramLabel> = deepFreeze({
  labels: { cell, her2, hormones, normal: 'normal amount', excess: ['excess:', 'HER2-positive'] },
  caption: { text: 'HER2 proteins on the outside of cancer cells attract growth hormones.', seed: [4] },
  description: [
    {
      text: 'Some breast cancers produce excess amounts of HER2 proteins. These proteins are located on the outside of cancer cells and attract growth hormones that the cancer cells can use to promote their growth, division, and spread.',
      seed: [4],
    },
  ],
  // "HER2-positive", which names the excess, comes from ¶6.
  seed: [4, 6],
});

/** How each type of targeted therapy works; the description is the card's own text. */
export const therapyDiagrams: TherapyDiagrams = deepFreeze({
  mab: {
    labels: { cell, her2, hormones, antibody },
    caption: {
      text: 'Monoclonal antibodies attaching to HER2 proteins block these proteins from attracting growth hormones.',
      seed: [11],
    },
    description: therapies.mab.standalone?.howItWorks ?? therapies.mab.howItWorks,
    seed: [11],
  },
  adc: {
    labels: { cell, her2, antibody, drug: 'anti-cancer drug' },
    caption: {
      text: 'ADCs include monoclonal antibodies and anti-cancer drugs, and release these drugs directly into HER2-positive cancer cells.',
      seed: [11, 12],
    },
    description: therapies.adc.howItWorks,
    // The antibody of an ADC attaches to HER2 proteins as ¶11 explains.
    seed: [11, 12],
  },
  tki: {
    labels: { cell, kinase: 'tyrosine kinase', tki: 'TKI', grow: 'grow and divide' },
    caption: { text: 'TKIs block tyrosine kinase, enzymes that cells need to grow and divide.', seed: [13] },
    description: [therapies.tki.whatItIs, ...therapies.tki.howItWorks],
    seed: [13],
  },
});
