// Generated from custom-elements.json by scripts/generate-framework-types.mjs (`npm run build`). Do not edit by hand:
// change the JSDoc of the element classes, or the generator.
// React components for every element (@lit/react): properties set as properties, events as
// `onHer2…` callbacks. Importing this module registers every element under its own tag.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { BiomarkerGlossary as BiomarkerGlossaryElement } from '../components/biomarker-glossary/biomarker-glossary.js';
import { GlossaryTerm as GlossaryTermElement } from '../components/glossary-term/glossary-term.js';
import { Her2Article as Her2ArticleElement } from '../components/her2-article/her2-article.js';
import { Her2Glossify as Her2GlossifyElement } from '../components/her2-glossify/her2-glossify.js';
import { Her2StatusExplainer as Her2StatusExplainerElement } from '../components/her2-status-explainer/her2-status-explainer.js';
import { Her2TherapyCard as Her2TherapyCardElement } from '../components/her2-therapy-card/her2-therapy-card.js';
import { Her2TherapyOverview as Her2TherapyOverviewElement } from '../components/her2-therapy-overview/her2-therapy-overview.js';
import { RelatedReading as RelatedReadingElement } from '../components/related-reading/related-reading.js';
import { SourceList as SourceListElement } from '../components/source-list/source-list.js';
import { TreatmentDecisions as TreatmentDecisionsElement } from '../components/treatment-decisions/treatment-decisions.js';
import type { TherapyType } from '../content/types.js';
import '../define/all.js';
// HTMLElementEventMap, which types the callbacks, has the events from here: the typings keep
// this import, so that an app that imports only this module has them too.
import '../shared/events.js';

/** An event's name in PascalCase: `her2-term-toggle` → `Her2TermToggle`. */
type Pascal<Name extends string> = Name extends `${infer Head}-${infer Rest}`
  ? `${Capitalize<Head>}${Pascal<Rest>}`
  : Capitalize<Name>;
const pascal = (name: string) => name.replace(/(^|-)([a-z0-9])/g, (_, __, char: string) => char.toUpperCase());

/** Each event's type, by its name. */
type Events = HTMLElementEventMap;

/** A callback prop for each event: `on` + its name in PascalCase, taking the event as Events types it. */
type Callbacks<Name extends keyof Events> = {
  [N in Name as `on${Pascal<N>}`]: EventName<Events[N]>;
};

/**
 * The React component of `<tagName>`, named as its class (`her2-therapy-card` → `Her2TherapyCard`):
 * its fields as props, and a callback prop for each of `events` (`her2-invalid` → `onHer2Invalid`).
 */
function wrap<I extends HTMLElement, Name extends keyof Events>(
  tagName: string,
  elementClass: new () => I,
  events: readonly Name[],
) {
  const callbacks = Object.fromEntries(events.map((name) => [`on${pascal(name)}`, name as EventName]));
  return createComponent({
    react: React,
    tagName,
    elementClass,
    events: callbacks as Callbacks<Name>,
    displayName: pascal(tagName),
  });
}

/** The events of every element built on Her2Element. */
const her2ElementEvents = ['her2-invalid'] as const;

/** The events of every element built on Her2Block: Her2Element's and its own. */
const her2BlockEvents = [...her2ElementEvents, 'her2-review-overdue'] as const;

export const BiomarkerGlossary = wrap('biomarker-glossary', BiomarkerGlossaryElement, [
  ...her2BlockEvents,
  'her2-glossary-search',
]);

export const GlossaryTerm = wrap('glossary-term', GlossaryTermElement, [...her2ElementEvents, 'her2-term-toggle']);

export const Her2Article = wrap('her2-article', Her2ArticleElement, [...her2BlockEvents, 'her2-glossified']);

export const Her2Glossify = wrap('her2-glossify', Her2GlossifyElement, [...her2ElementEvents, 'her2-glossified']);

export const Her2StatusExplainer = wrap('her2-status-explainer', Her2StatusExplainerElement, her2BlockEvents);

/** `<her2-therapy-card>`'s props, narrower than its fields: `type` is a TherapyType. */
type Her2TherapyCardProps = Omit<Her2TherapyCardElement, 'type'> & { type: TherapyType };

export const Her2TherapyCard = wrap(
  'her2-therapy-card',
  Her2TherapyCardElement as unknown as new () => Her2TherapyCardProps & HTMLElement,
  her2BlockEvents,
);

export const Her2TherapyOverview = wrap('her2-therapy-overview', Her2TherapyOverviewElement, her2BlockEvents);

export const RelatedReading = wrap('related-reading', RelatedReadingElement, her2BlockEvents);

export const SourceList = wrap('source-list', SourceListElement, her2BlockEvents);

export const TreatmentDecisions = wrap('treatment-decisions', TreatmentDecisionsElement, her2BlockEvents);
