// The elements whose room is reserved, as a host writes them: each with the selector its reserve
// rule matches and the attributes it is measured with. `breakpoints` (em) are widths where the
// layout changes at once, such as the overview's cards going from one column to two and three.
export const reservedStates = [
  { selector: 'her2-article', tag: 'her2-article', attributes: {}, breakpoints: [34, 49] },
  { selector: 'her2-status-explainer', tag: 'her2-status-explainer', attributes: {} },
  { selector: 'her2-therapy-overview', tag: 'her2-therapy-overview', attributes: {}, breakpoints: [31, 46] },
  { selector: 'her2-therapy-card[type="mab"]', tag: 'her2-therapy-card', attributes: { type: 'mab' } },
  { selector: 'her2-therapy-card[type="adc"]', tag: 'her2-therapy-card', attributes: { type: 'adc' } },
  { selector: 'her2-therapy-card[type="tki"]', tag: 'her2-therapy-card', attributes: { type: 'tki' } },
  { selector: 'treatment-decisions', tag: 'treatment-decisions', attributes: {} },
  { selector: 'biomarker-glossary', tag: 'biomarker-glossary', attributes: {} },
  { selector: 'source-list', tag: 'source-list', attributes: {} },
  { selector: 'source-list[collapsed]', tag: 'source-list', attributes: { collapsed: '' } },
  { selector: 'related-reading', tag: 'related-reading', attributes: {} },
];
