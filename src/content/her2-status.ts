import { deepFreeze } from './freeze.js';
import type { ArticleSection, ReviewedText } from './types.js';

/** What HER2 is, HER2-positive, testing, targeted therapies and cancer biomarkers. */
export const her2Status: ArticleSection = deepFreeze({
  heading: {
    text: 'Understanding HER2 status',
    seed: [2],
    edit: {
      from: 'Understanding HER2 status, types of targeted therapies, and how targeted therapy might fit into a treatment plan.',
      change: 'its first three words only, as the heading of this section',
    },
  },
  paragraphs: [
    {
      text: 'HER2 status is an important piece of information when deciding how to treat metastatic breast cancer. HER2, or “human epidermal growth factor receptor 2,” is a protein the body uses to grow and repair breast tissue. Some breast cancers produce excess amounts of HER2 proteins. These proteins are located on the outside of cancer cells and attract growth hormones that the cancer cells can use to promote their growth, division, and spread.',
      seed: [4],
    },
    {
      text: 'Healthcare providers can order tests to determine if breast cancer is HER2-positive. These tests involve taking a sample of breast cancer cells, which are then examined in a lab.',
      seed: [5],
    },
    {
      text: 'There are a number of cancer drugs that can target cancer cells that are HER2-positive. These drugs are referred to as targeted therapies and are potential treatment options for HER2-positive metastatic breast cancer.',
      seed: [6],
    },
    {
      text: 'HER2 proteins are one example of a cancer biomarker. Cancer biomarkers are molecules that are produced by cancer cells, or by the body in response to the presence of cancer cells. Targeted therapies are drugs that identify and act on cells with a particular biomarker.',
      seed: [8],
    },
  ],
});

/**
 * The article's promise of what follows it, between `her2Status`'s third and fourth paragraphs
 * (seed order). Only `<her2-article>` shows it: it goes on to explain how targeted therapies
 * work, and a block shown on its own does not.
 */
export const articleLookAhead: ReviewedText = deepFreeze({
  text: 'Here, we will look at how targeted therapies work to treat metastatic breast cancer (MBC) that is HER2-positive.',
  seed: [7],
});
