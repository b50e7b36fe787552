import { deepFreeze } from './freeze.js';
import type { GlossaryEntry } from './types.js';

/** Every term the article explains, defined with the article's own sentences. */
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
      'Describes a breast cancer that produces excess amounts of HER2 proteins. These proteins are located on the outside of cancer cells and attract growth hormones that the cancer cells can use to promote their growth, division, and spread. Tests on a sample of breast cancer cells, examined in a lab, determine if breast cancer is HER2-positive.',
    variants: ['HER2 positive'],
    seed: [4, 5],
  },
  {
    id: 'biomarker',
    term: 'cancer biomarker',
    definition:
      'Molecules that are produced by cancer cells, or by the body in response to the presence of cancer cells. HER2 proteins are one example of a cancer biomarker.',
    variants: ['cancer biomarkers', 'biomarker', 'biomarkers'],
    seed: [8],
  },
  {
    id: 'targeted-therapy',
    term: 'targeted therapy',
    definition: 'Drugs that identify and act on cells with a particular biomarker.',
    variants: ['targeted therapies'],
    seed: [8],
  },
  {
    id: 'monoclonal-antibody',
    term: 'monoclonal antibody',
    definition:
      'Synthetic versions of antibodies that occur naturally in the body. They work by attaching to HER2 proteins to block or prevent these proteins from attracting growth hormones.',
    variants: ['monoclonal antibodies'],
    seed: [11],
  },
  {
    id: 'adc',
    term: 'antibody drug conjugate',
    abbreviation: 'ADC',
    definition:
      'A combination of monoclonal antibodies and other anti-cancer drugs, such as chemotherapy agents or topoisomerase inhibitors. In addition to inhibiting cancer cells from using HER2, ADCs also release anti-cancer drugs directly into HER2-positive cancer cells.',
    variants: ['antibody drug conjugates', 'ADCs'],
    seed: [12],
  },
  {
    id: 'topoisomerase-inhibitor',
    term: 'topoisomerase inhibitor',
    definition: 'A drug that works by blocking an enzyme that cancer cells need to replicate DNA.',
    variants: ['topoisomerase inhibitors'],
    seed: [12],
  },
  {
    id: 'tyrosine-kinase',
    term: 'tyrosine kinase',
    definition:
      'Enzymes that cells need to grow, divide, and signal other cells. Certain cancer cells produce excess levels of these enzymes.',
    variants: ['tyrosine kinases'],
    seed: [13],
  },
  {
    id: 'tki',
    term: 'tyrosine kinase inhibitor',
    abbreviation: 'TKI',
    definition:
      'A drug that works by blocking tyrosine kinase enzymes, preventing cancer cells from growing and dividing.',
    variants: ['tyrosine kinase inhibitors', 'TKIs'],
    seed: [13],
  },
  {
    id: 'mbc',
    term: 'metastatic breast cancer',
    abbreviation: 'MBC',
    definition:
      'HER2 status is an important piece of information when deciding how to treat metastatic breast cancer (MBC). Every case of MBC is different, and treatment is an ongoing process.',
    seed: [4, 7, 16],
  },
]);

/** NCI's own dictionaries, for readers who want a term this glossary does not have. */
export const moreTermsLinks: Readonly<Record<string, string>> = deepFreeze({
  en: 'https://www.cancer.gov/publications/dictionaries/cancer-terms',
  es: 'https://www.cancer.gov/espanol/publicaciones/diccionario',
});
