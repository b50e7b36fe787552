import { deepFreeze } from './freeze.js';
import type { FeaturedItem, ReviewedText } from './types.js';

export const relatedReadingHeading: ReviewedText = deepFreeze({ text: 'Featured Content', seed: [31] });

/** The article's "Featured Content" items; the host supplies where each one lives. */
export const relatedReading: readonly FeaturedItem[] = deepFreeze([
  {
    id: 'financial-burden',
    title: { text: 'Coping With the Financial Burden of Metastatic Breast Cancer', seed: [32] },
    summary: {
      text: 'Suggestions of where to find information about financial aid, co-pay assistance, and ways of lowering the cost of MBC care.',
      seed: [33],
    },
  },
  {
    id: 'biomarkers',
    title: { text: 'What are the Biomarkers for Metastatic Breast Cancer?', seed: [34] },
    summary: {
      text: 'How hormone receptors and HER2 status may influence treatment decisions for metastatic breast cancer.',
      seed: [35],
    },
  },
  {
    id: 'working',
    title: { text: 'Continuing to Work When You Have Metastatic Breast Cancer', seed: [36] },
    summary: {
      text: 'Seven things people with metastatic breast cancer should consider when making decisions about work.',
      seed: [37],
    },
  },
  {
    id: 'resources',
    title: { text: '5 Resources for Patients With Metastatic Breast Cancer', seed: [38] },
    summary: {
      text: 'Follow these links to finding support and information about living with MBC.',
      seed: [39],
    },
  },
  {
    id: 'self-care',
    title: { text: 'Self-Care with Metastatic Breast Cancer', seed: [40] },
    summary: {
      text: 'Self-care is key during treatment for cancer. Activities like exercise, conversation with family and friends, and hobbies can help take your mind off of a diagnosis.',
      seed: [41],
    },
  },
]);
