import { deepFreeze } from './freeze.js';
import { sourceById } from './sources.js';
import type { CompiledFacts, DrugExample, TherapyType } from './types.js';

const nciDrugDictionary = (drug: string) => ({
  id: `nci-drug-dictionary-${drug}`,
  publisher: 'NCI Drug Dictionary',
  title: `${drug}.`,
});

/** The drug examples are verified facts beyond the article, compiled at their own date. */
export const drugExamplesCompiled: CompiledFacts = deepFreeze({
  compiled: { year: 2026, month: 11 },
  document: 'Verified facts beyond the seed (drug-examples.md)',
});

/** HER2-targeted drugs by therapy type, each with the source that verifies it. */
export const drugExamples: Readonly<Record<TherapyType, readonly DrugExample[]>> = deepFreeze({
  mab: [
    {
      genericName: 'trastuzumab',
      brandNames: ['Herceptin'],
      biosimilars: ['Herzuma', 'Ontruzant', 'Ogivri', 'Trazimera', 'Kanjinti'],
      url: 'https://www.cancer.gov/about-cancer/treatment/drugs/trastuzumab',
      sources: [nciDrugDictionary('trastuzumab'), sourceById('cruk-trastuzumab')],
    },
    {
      genericName: 'pertuzumab',
      brandNames: ['Perjeta'],
      sources: [nciDrugDictionary('pertuzumab')],
    },
    {
      genericName: 'margetuximab',
      brandNames: ['Margenza'],
      note: 'Given with chemotherapy after two or more earlier anti-HER2 treatments.',
      sources: [{ id: 'fda-margetuximab', description: 'US FDA approval, December 2020' }],
    },
  ],
  adc: [
    {
      genericName: 'ado-trastuzumab emtansine',
      abbreviation: 'T-DM1',
      brandNames: ['Kadcyla'],
      note: 'Trastuzumab joined to a chemotherapy drug.',
      sources: [sourceById('nci-ado-trastuzumab-emtansine')],
    },
    {
      genericName: 'fam-trastuzumab deruxtecan',
      abbreviation: 'T-DXd',
      brandNames: ['Enhertu'],
      note: 'Trastuzumab joined to a topoisomerase inhibitor.',
      sources: [nciDrugDictionary('fam-trastuzumab deruxtecan-nxki')],
    },
  ],
  tki: [
    {
      genericName: 'lapatinib',
      brandNames: ['Tykerb'],
      sources: [{ id: 'nci-lapatinib', publisher: 'NCI', title: 'Lapatinib.' }],
    },
    {
      genericName: 'neratinib',
      brandNames: ['Nerlynx'],
      sources: [nciDrugDictionary('neratinib')],
    },
    {
      genericName: 'tucatinib',
      brandNames: ['Tukysa'],
      note: 'Given with trastuzumab and capecitabine.',
      url: 'https://www.cancer.gov/about-cancer/treatment/drugs/tucatinib',
      sources: [{ id: 'nci-tucatinib', publisher: 'NCI', title: 'Tucatinib.' }],
    },
  ],
});
