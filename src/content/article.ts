import { deepFreeze } from './freeze.js';
import type { ArticleMeta } from './types.js';

export const articleMeta: ArticleMeta = deepFreeze({
  title: {
    text: 'Targeted Therapies for HER2-Positive Metastatic Breast Cancer',
    seed: [1],
  },
  subtitle: {
    text: 'Understanding HER2 status, types of targeted therapies, and how targeted therapy might fit into a treatment plan.',
    seed: [2],
  },
  reviewed: { year: 2022, month: 5, seed: [3] },
  nextReview: {
    year: 2025,
    month: 5,
    basis: 'A 3-year review cycle, as health publishers plan theirs (drug-examples.md, "Review cycle").',
  },
  sourceCount: 14,
});
