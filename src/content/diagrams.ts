import { deepFreeze } from './freeze.js';
import type { ReviewedText, SeedParagraphs } from './types.js';

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

/** Labels of shapes that several pictures draw: one name for one shape in every picture. */
export const sharedLabels = {
  cell: 'cancer cell',
  her2: 'HER2 proteins',
  hormones: 'growth hormones',
  // The pictures draw two antibodies each.
  antibody: 'monoclonal antibodies',
} as const;
const { cell, her2, hormones } = sharedLabels;

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
