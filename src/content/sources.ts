import { deepFreeze } from './freeze.js';
import type { Source } from './types.js';

/** The article's 14 sources, in the seed's order. */
export const sources: readonly Source[] = deepFreeze([
  { id: 'her2-status', title: 'HER2 Status.', seed: [17] },
  {
    id: 'mayo-her2-positive',
    publisher: 'Mayo Clinic',
    title: 'HER2-positive breast cancer: What is it?',
    seed: [18],
  },
  {
    id: 'nbcf-targeted-therapy',
    publisher: 'National Breast Cancer Foundation',
    title: 'Targeted Therapy.',
    seed: [19],
  },
  {
    id: 'acs-targeted-therapy',
    publisher: 'American Cancer Society',
    title: 'Targeted Therapy for Breast Cancer.',
    url: 'https://www.cancer.org/cancer/types/breast-cancer/treatment/targeted-therapy-for-breast-cancer.html',
    seed: [20],
  },
  {
    id: 'uptodate-mbc-treatment',
    publisher: 'UpToDate',
    title: 'Patient education: Treatment of metastatic breast cancer (Beyond the Basics).',
    seed: [21],
  },
  {
    id: 'cancer-net-biomarkers',
    publisher: 'Cancer.Net',
    title: 'Biomarkers to Guide Treatment for Metastatic Breast Cancer.',
    seed: [22],
  },
  {
    id: 'nci-targeted-therapy',
    publisher: 'NCI Drug Dictionary',
    title: 'Targeted therapy.',
    seed: [23],
  },
  {
    id: 'lbbc-targeted-therapy-types',
    publisher: 'Living Beyond Breast Cancer',
    title: 'Types of Targeted Therapy for HER2-Positive Breast Cancer.',
    seed: [24],
  },
  {
    id: 'acs-monoclonal-antibodies',
    publisher: 'American Cancer Society',
    title: 'Monoclonal Antibodies and Their Side Effects.',
    seed: [25],
  },
  {
    id: 'cruk-trastuzumab',
    publisher: 'Cancer Research UK',
    title: 'Trastuzumab (Herceptin, Herzuma, Ontruzant).',
    url: 'https://www.cancerresearchuk.org/about-cancer/cancer-in-general/treatment/cancer-drugs/drugs/trastuzumab',
    seed: [26],
  },
  {
    id: 'nci-ado-trastuzumab-emtansine',
    publisher: 'NCI Drug Dictionary',
    title: 'Ado trastuzumab emtansine.',
    seed: [27],
  },
  {
    id: 'nci-topoisomerase-inhibitor',
    publisher: 'NCI Drug Dictionary',
    title: 'Topoisomerase inhibitor.',
    seed: [28],
  },
  {
    id: 'nci-tyrosine-kinase-inhibitor',
    publisher: 'NCI Drug Dictionary',
    title: 'Tyrosine kinase inhibitor.',
    url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/tyrosine-kinase-inhibitor',
    seed: [29],
  },
  {
    id: 'acs-stage-iv',
    publisher: 'American Cancer Society',
    title: 'Treatment of Stage IV (Metastatic) Breast Cancer.',
    seed: [30],
  },
]);

export function sourceById(id: string): Source {
  const source = sources.find((candidate) => candidate.id === id);
  if (!source) throw new Error(`No source with id "${id}"`);
  return source;
}
