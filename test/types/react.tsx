// Compiled by test/node/types.test.mjs with `tsc -p test/types/tsconfig.react.json`, against the
// built package as an app would import it. Each @ts-expect-error must meet an error: if the
// typings loosened, the directive itself would fail the compile.
import type {} from 'her2-widgets/jsx/react';
import type { Her2TherapyCard as Her2TherapyCardElement } from 'her2-widgets';
import { BiomarkerGlossary, GlossaryTerm, Her2TherapyCard, SourceList } from 'her2-widgets/react';
import { createRef } from 'react';

const cardRef = createRef<Her2TherapyCardElement>();

export const tags = (
  <>
    <her2-therapy-card type="adc" heading-level={2} theme="dark" ref={cardRef} />
    {/* @ts-expect-error: not a therapy type */}
    <her2-therapy-card type="xyz" />
    {/* @ts-expect-error: type is required */}
    <her2-therapy-card />
    {/* @ts-expect-error: heading levels are 2 to 6 */}
    <her2-therapy-card type="mab" heading-level={7} />
    {/* @ts-expect-error: not a theme */}
    <source-list theme="purple" />
    <source-list collapsed link-target="_blank" no-footer />
    <biomarker-glossary
      terms="her2 tki"
      no-search
      extraTerms={[{ id: 'care-team', term: 'care team', definition: 'The people who treat you.' }]}
      onher2-glossary-search={(event) => event.detail.count.toFixed()}
    />
    <glossary-term term="her2" onher2-term-toggle={(event) => String(event.detail.open)}>
      HER2
    </glossary-term>
    {/* @ts-expect-error: the detail has no such field */}
    <her2-status-explainer onher2-invalid={(event) => event.detail.nothing} />
    <related-reading hrefs={{ biomarkers: 'https://example.org/biomarkers' }} />
    <her2-article related-hrefs='{"working": "https://example.org/working"}' />
    <her2-therapy-overview />
    <treatment-decisions lang="en" />
    <her2-glossify every>
      <p>HER2 text</p>
    </her2-glossify>
  </>
);

export const wrappers = (
  <>
    <Her2TherapyCard type="tki" onHer2Invalid={(event) => event.detail.attribute} />
    {/* @ts-expect-error: not a therapy type */}
    <Her2TherapyCard type="xyz" />
    <BiomarkerGlossary onHer2GlossarySearch={(event) => event.detail.query.trim()} />
    <GlossaryTerm term="tki" onHer2TermToggle={(event) => event.detail.term} />
    {/* @ts-expect-error: a source list has no term toggle */}
    <SourceList onHer2TermToggle={() => undefined} />
  </>
);
