import { deepFreeze } from './freeze.js';
import { sharedLabels, type DiagramText } from './diagrams.js';
import { therapies } from './therapies.js';
import type { TherapyType } from './types.js';

/** The labels of each therapy's picture. */
export interface TherapyDiagramLabels {
  mab: 'cell' | 'her2' | 'hormones' | 'antibody';
  adc: 'cell' | 'her2' | 'antibody' | 'drug';
  tki: 'cell' | 'kinase' | 'tki' | 'grow';
}

export type TherapyDiagrams = { readonly [T in TherapyType]: DiagramText<TherapyDiagramLabels[T]> };

const { cell, her2, hormones, antibody } = sharedLabels;

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
