// Compiled by test/node/types.test.mjs with `tsc -p test/types/tsconfig.preact.json`.
import type {} from 'her2-widgets/jsx/preact';

export const tags = (
  <>
    <her2-therapy-card type="adc" heading-level="2" />
    {/* @ts-expect-error: not a therapy type */}
    <her2-therapy-card type="xyz" />
    <biomarker-glossary onher2-glossary-search={(event) => event.detail.count.toFixed()} />
    {/* @ts-expect-error: term is required */}
    <glossary-term>HER2</glossary-term>
    <source-list collapsed />
  </>
);
