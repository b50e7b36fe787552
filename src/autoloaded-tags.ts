/** Every element with an entry of its own in dist/define/ (a node test keeps the two equal). */
export const autoloadedTags = [
  'her2-article',
  'her2-status-explainer',
  'her2-therapy-overview',
  'her2-therapy-card',
  'treatment-decisions',
  'biomarker-glossary',
  'glossary-term',
  'source-list',
  'related-reading',
  'her2-glossify',
];
