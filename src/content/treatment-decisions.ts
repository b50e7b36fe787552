import { deepFreeze } from './freeze.js';
import type { ArticleSection } from './types.js';

export const treatmentDecisions: ArticleSection = deepFreeze({
  heading: { text: 'Making treatment decisions', seed: [15] },
  paragraphs: [
    {
      text: 'It is important to remember that every case of MBC is different, that treatment is an ongoing process, and there are many factors to consider when making treatment decisions. Targeted therapies can be effective against HER2-positive MBC, but also come with a risk of side effects, and some of those side effects can be serious. The best thing a person with MBC can do is work closely with a healthcare team to understand their treatment options, how those treatment options work, and how a therapy aligns with treatment goals.',
      seed: [16],
    },
  ],
});
