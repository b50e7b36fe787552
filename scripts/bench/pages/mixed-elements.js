// The 200 mixed elements the render benchmark draws, as markup.
export const elementCount = 200;

const kinds = [
  '<her2-therapy-card type="mab"></her2-therapy-card>',
  '<her2-therapy-card type="adc"></her2-therapy-card>',
  '<her2-therapy-card type="tki"></her2-therapy-card>',
  '<her2-status-explainer></her2-status-explainer>',
  '<treatment-decisions></treatment-decisions>',
  '<source-list></source-list>',
  '<related-reading></related-reading>',
  '<biomarker-glossary></biomarker-glossary>',
  '<p>An inline <glossary-term term="her2">HER2</glossary-term> term.</p>',
  '<source-list collapsed></source-list>',
];

export function mixedMarkup(count = elementCount) {
  return Array.from({ length: count }, (_, index) => kinds[index % kinds.length]).join('\n');
}
