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

export type StatusDiagramLabel = 'cell' | 'her2' | 'hormones';
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
// The pictures draw two antibodies each.
const antibody = 'monoclonal antibodies';

/** A cancer cell with excess amounts of HER2 proteins on its outside, attracting growth hormones (¶4). */
export const her2StatusDiagram: DiagramText<StatusDiagramLabel> = deepFreeze({
  labels: { cell, her2: ['excess amounts of', her2], hormones },
  caption: {
    text: 'HER2 proteins on the outside of cancer cells attract growth hormones.',
    seed: [4],
    edit: {
      from: 'These proteins are located on the outside of cancer cells and attract growth hormones that the cancer cells can use to promote their growth, division, and spread.',
      change:
        'subject named ("HER2 proteins") instead of "These proteins"; "are located" and what the cancer cells use the hormones for left out, as a caption',
    },
  },
  description: [
    {
      text: 'Some breast cancers produce excess amounts of HER2 proteins. These proteins are located on the outside of cancer cells and attract growth hormones that the cancer cells can use to promote their growth, division, and spread.',
      seed: [4],
    },
  ],
  seed: [4],
});

/** How each type of targeted therapy works; the description is the card's own text. */
export const therapyDiagrams: TherapyDiagrams = deepFreeze({
  mab: {
    labels: { cell, her2, hormones, antibody },
    caption: {
      text: 'Monoclonal antibodies attaching to HER2 proteins block these proteins from attracting growth hormones.',
      seed: [11],
      edit: {
        from: 'They work by attaching to HER2 proteins to block or prevent these proteins from attracting growth hormones.',
        change:
          'subject named ("Monoclonal antibodies") instead of "They", and "work by attaching … to block or prevent" shortened to "attaching … block", as a caption',
      },
    },
    description: therapies.mab.standalone?.howItWorks ?? therapies.mab.howItWorks,
    seed: [11],
  },
  adc: {
    labels: { cell, her2, antibody, drug: 'anti-cancer drug' },
    caption: {
      text: 'ADCs include monoclonal antibodies and anti-cancer drugs, and release these drugs directly into HER2-positive cancer cells.',
      seed: [11, 12],
      edit: {
        from: 'Some drugs include a combination of monoclonal antibodies and other anti-cancer drugs—such as chemotherapy agents or topoisomerase inhibitors (which work by blocking an enzyme that cancer cells need to replicate DNA). These are called antibody drug conjugates or ADCs. In addition to inhibiting cancer cells from using HER2, ADCs also release anti-cancer drugs directly into HER2-positive cancer cells.',
        change:
          'shortened to one sentence, as a caption: what ADCs include ("monoclonal antibodies and anti-cancer drugs") and that they release these drugs directly into HER2-positive cancer cells',
      },
    },
    description: therapies.adc.howItWorks,
    // The antibody of an ADC attaches to HER2 proteins as ¶11 explains.
    seed: [11, 12],
  },
  tki: {
    labels: { cell, kinase: 'tyrosine kinase', tki: 'TKI', grow: 'growing and dividing' },
    caption: {
      text: 'TKIs block tyrosine kinase, enzymes that cells need to grow and divide.',
      seed: [13],
      edit: {
        from: 'Tyrosine kinase are enzymes that cells need to grow, divide, and signal other cells. Certain cancer cells produce excess levels of these enzymes. TKIs work by blocking these enzymes, preventing cancer cells from growing and dividing.',
        change:
          'shortened to one sentence, as a caption: "TKIs block tyrosine kinase" for "TKIs work by blocking these enzymes", with what the enzymes are ("signal other cells", the excess levels and the rest left out)',
      },
    },
    description: [therapies.tki.whatItIs, ...therapies.tki.howItWorks],
    seed: [13],
  },
});
