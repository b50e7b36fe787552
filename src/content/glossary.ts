import { deepFreeze } from './freeze.js';
import type { GlossaryEntry } from './types.js';

/**
 * The terms the article explains, each defined with the article's own sentences (light edits
 * recorded). A term the article uses without explaining it (metastatic breast cancer) is not
 * here: `moreTermsLinks` points readers to NCI's dictionary.
 */
export const glossary: readonly GlossaryEntry[] = deepFreeze([
  {
    id: 'her2',
    term: 'HER2',
    definition:
      'HER2, or “human epidermal growth factor receptor 2,” is a protein the body uses to grow and repair breast tissue.',
    variants: ['human epidermal growth factor receptor 2'],
    seed: [4],
  },
  {
    id: 'her2-positive',
    term: 'HER2-positive',
    definition:
      'Healthcare providers can order tests to determine if breast cancer is HER2-positive. These tests involve taking a sample of breast cancer cells, which are then examined in a lab. There are a number of cancer drugs that can target cancer cells that are HER2-positive.',
    variants: ['HER2 positive'],
    seed: [5, 6],
  },
  {
    id: 'biomarker',
    term: 'cancer biomarker',
    definition:
      'A molecule that is produced by cancer cells, or by the body in response to the presence of cancer cells. HER2 proteins are one example of a cancer biomarker.',
    variants: ['cancer biomarkers', 'biomarker', 'biomarkers'],
    seed: [8],
    edit: {
      from: 'HER2 proteins are one example of a cancer biomarker. Cancer biomarkers are molecules that are produced by cancer cells, or by the body in response to the presence of cancer cells.',
      change:
        'singular to agree with the term ("A molecule that is produced" for "Cancer biomarkers are molecules that are produced"), and the example sentence put after the definition',
    },
  },
  {
    id: 'targeted-therapy',
    term: 'targeted therapy',
    definition: 'A drug that identifies and acts on cells with a particular biomarker.',
    variants: ['targeted therapies'],
    seed: [8],
    edit: {
      from: 'Targeted therapies are drugs that identify and act on cells with a particular biomarker.',
      change:
        'singular to agree with the term ("A drug that identifies and acts" for "Targeted therapies are drugs that identify and act")',
    },
  },
  {
    id: 'monoclonal-antibody',
    term: 'monoclonal antibody',
    definition:
      'A synthetic version of antibodies that occur naturally in the body. It works by attaching to HER2 proteins to block or prevent these proteins from attracting growth hormones.',
    variants: ['monoclonal antibodies'],
    seed: [11],
    edit: {
      from: 'Monoclonal antibodies are synthetic versions of antibodies that occur naturally in the body. They work by attaching to HER2 proteins to block or prevent these proteins from attracting growth hormones.',
      change:
        'singular to agree with the term ("A synthetic version" for "Monoclonal antibodies are synthetic versions", "It works" for "They work")',
    },
  },
  {
    id: 'adc',
    term: 'antibody drug conjugate',
    abbreviation: 'ADC',
    definition:
      'A combination of monoclonal antibodies and other anti-cancer drugs, such as chemotherapy agents or topoisomerase inhibitors. In addition to inhibiting cancer cells from using HER2, ADCs also release anti-cancer drugs directly into HER2-positive cancer cells.',
    variants: ['antibody drug conjugates', 'ADCs'],
    seed: [12],
    edit: {
      from: 'Some drugs include a combination of monoclonal antibodies and other anti-cancer drugs—such as chemotherapy agents or topoisomerase inhibitors (which work by blocking an enzyme that cancer cells need to replicate DNA). These are called antibody drug conjugates or ADCs. In addition to inhibiting cancer cells from using HER2, ADCs also release anti-cancer drugs directly into HER2-positive cancer cells.',
      change:
        '"A combination of" for "Some drugs include a combination of", the dash as a comma; the parenthesis (topoisomerase inhibitor has its own entry) and "These are called antibody drug conjugates or ADCs." (the term names it) left out',
    },
  },
  {
    id: 'topoisomerase-inhibitor',
    term: 'topoisomerase inhibitor',
    definition: 'A drug that works by blocking an enzyme that cancer cells need to replicate DNA.',
    variants: ['topoisomerase inhibitors'],
    seed: [12],
    edit: {
      from: 'Some drugs include a combination of monoclonal antibodies and other anti-cancer drugs—such as chemotherapy agents or topoisomerase inhibitors (which work by blocking an enzyme that cancer cells need to replicate DNA).',
      change:
        'the parenthesis on topoisomerase inhibitors as a sentence of its own, singular to agree with the term: "A drug that works by blocking" for "(which work by blocking"',
    },
  },
  {
    id: 'tyrosine-kinase',
    term: 'tyrosine kinase',
    definition:
      'An enzyme that cells need to grow, divide, and signal other cells. Certain cancer cells produce excess levels of tyrosine kinase.',
    variants: ['tyrosine kinases'],
    seed: [13],
    edit: {
      from: 'Tyrosine kinase are enzymes that cells need to grow, divide, and signal other cells. Certain cancer cells produce excess levels of these enzymes.',
      change:
        'singular to agree with the term ("An enzyme that" for "Tyrosine kinase are enzymes that"), and "tyrosine kinase" named instead of "these enzymes"',
    },
  },
  {
    id: 'tki',
    term: 'tyrosine kinase inhibitor',
    abbreviation: 'TKI',
    definition:
      'A drug that works by blocking tyrosine kinase enzymes, preventing cancer cells from growing and dividing.',
    variants: ['tyrosine kinase inhibitors', 'TKIs'],
    seed: [13],
    edit: {
      from: 'TKIs work by blocking these enzymes, preventing cancer cells from growing and dividing.',
      change:
        'singular to agree with the term ("A drug that works" for "TKIs work"), and "these enzymes" named as "tyrosine kinase enzymes"',
    },
  },
]);

/** NCI's own dictionaries, for readers who want a term this glossary does not have. */
export const moreTermsLinks: Readonly<Record<string, string>> = deepFreeze({
  en: 'https://www.cancer.gov/publications/dictionaries/cancer-terms',
  es: 'https://www.cancer.gov/espanol/publicaciones/diccionario',
});
