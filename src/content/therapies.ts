import { deepFreeze } from './freeze.js';
import type { ArticleSection, ReviewedText, Therapy, TherapyType } from './types.js';

export const therapyTypes: readonly TherapyType[] = deepFreeze(['mab', 'adc', 'tki']);

export const therapyTypesIntro: ArticleSection = deepFreeze({
  heading: { text: 'Types of targeted therapy for MBC', seed: [9] },
  paragraphs: [
    {
      text: 'Different targeted therapy drugs work in different ways. There are several types of targeted therapy drugs that can be used to treat HER2-positive MBC:',
      seed: [10],
    },
  ],
});

export const combinationTherapy: ReviewedText = deepFreeze({
  text: 'Targeted therapies can also be used in combination with other therapies, including chemotherapy, endocrine therapy, immunotherapy, and other targeted therapies.',
  seed: [14],
});

/** What the article says of every type's use. */
export const targetedTherapyUse: ReviewedText = deepFreeze({
  text: 'Can be used to treat HER2-positive metastatic breast cancer (MBC).',
  seed: [10],
  edit: {
    from: 'There are several types of targeted therapy drugs that can be used to treat HER2-positive MBC:',
    change:
      'as an item of a type’s "When it is used" list: "can be used to treat HER2-positive MBC" alone, "MBC" spelled out as "metastatic breast cancer (MBC)"',
  },
});

export const therapies: Readonly<Record<TherapyType, Therapy>> = deepFreeze({
  mab: {
    type: 'mab',
    name: 'Monoclonal antibodies',
    whatItIs: {
      text: 'Monoclonal antibodies are synthetic versions of antibodies that occur naturally in the body.',
      seed: [11],
    },
    howItWorks: [
      {
        text: 'They work by attaching to HER2 proteins to block or prevent these proteins from attracting growth hormones. This prevents the cancer cells from dividing, growing, and spreading.',
        seed: [11],
      },
    ],
    standalone: {
      howItWorks: [
        {
          text: 'Monoclonal antibodies work by attaching to HER2 proteins to block or prevent these proteins from attracting growth hormones. This prevents the cancer cells from dividing, growing, and spreading.',
          seed: [11],
          edit: {
            from: 'They work by attaching to HER2 proteins to block or prevent these proteins from attracting growth hormones. This prevents the cancer cells from dividing, growing, and spreading.',
            change: 'subject named ("Monoclonal antibodies") instead of "They"',
          },
        },
      ],
    },
  },
  adc: {
    type: 'adc',
    name: 'Antibody drug conjugates',
    abbreviation: 'ADCs',
    whatItIs: {
      text: 'Some drugs include a combination of monoclonal antibodies and other anti-cancer drugs—such as chemotherapy agents or topoisomerase inhibitors (which work by blocking an enzyme that cancer cells need to replicate DNA). These are called antibody drug conjugates or ADCs.',
      seed: [12],
    },
    howItWorks: [
      {
        text: 'In addition to inhibiting cancer cells from using HER2, ADCs also release anti-cancer drugs directly into HER2-positive cancer cells.',
        seed: [12],
      },
    ],
  },
  tki: {
    type: 'tki',
    name: 'Tyrosine kinase inhibitors',
    abbreviation: 'TKIs',
    whatItIs: {
      text: 'Tyrosine kinase are enzymes that cells need to grow, divide, and signal other cells. Certain cancer cells produce excess levels of these enzymes.',
      seed: [13],
    },
    howItWorks: [
      {
        text: 'TKIs work by blocking these enzymes, preventing cancer cells from growing and dividing.',
        seed: [13],
      },
    ],
    givenWhen: {
      text: 'These drugs may be given when cancer has progressed during initial treatment.',
      seed: [13],
    },
    standalone: {
      givenWhen: {
        text: 'TKIs may be given when cancer has progressed during initial treatment.',
        seed: [13],
        edit: {
          from: 'These drugs may be given when cancer has progressed during initial treatment.',
          change: 'subject named ("TKIs") instead of "These drugs"',
        },
      },
    },
  },
});
