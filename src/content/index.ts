export * from './types.js';
export { articleMeta } from './article.js';
export { her2Status, articleLookAhead } from './her2-status.js';
export { therapies, therapyTypes, therapyTypesIntro, targetedTherapyUse, combinationTherapy } from './therapies.js';
export { drugExamples, drugExamplesCompiled } from './drug-examples.js';
export { treatmentDecisions } from './treatment-decisions.js';
export { glossary, moreTermsLinks } from './glossary.js';
export { sources } from './sources.js';
export { relatedReading, relatedReadingHeading } from './related-reading.js';
export { her2StatusDiagram, therapyDiagrams } from './diagrams.js';
export type {
  DiagramText,
  DiagramLabel,
  StatusDiagramLabel,
  TherapyDiagramLabels,
  TherapyDiagrams,
} from './diagrams.js';
