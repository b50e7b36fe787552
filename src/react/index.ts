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
import type {
  Her2GlossarySearchEvent,
  Her2GlossifiedEvent,
  Her2InvalidEvent,
  Her2ReviewOverdueEvent,
  Her2TermToggleEvent,
} from '../shared/events.js';
import '../define/all.js';

export const BiomarkerGlossary = createComponent({
  react: React,
  tagName: 'biomarker-glossary',
  elementClass: BiomarkerGlossaryElement,
  events: {
    onHer2GlossarySearch: 'her2-glossary-search' as EventName<Her2GlossarySearchEvent>,
    onHer2Invalid: 'her2-invalid' as EventName<Her2InvalidEvent>,
    onHer2ReviewOverdue: 'her2-review-overdue' as EventName<Her2ReviewOverdueEvent>,
  },
  displayName: 'BiomarkerGlossary',
});

export const GlossaryTerm = createComponent({
  react: React,
  tagName: 'glossary-term',
  elementClass: GlossaryTermElement,
  events: {
    onHer2Invalid: 'her2-invalid' as EventName<Her2InvalidEvent>,
    onHer2TermToggle: 'her2-term-toggle' as EventName<Her2TermToggleEvent>,
  },
  displayName: 'GlossaryTerm',
});

export const Her2Article = createComponent({
  react: React,
  tagName: 'her2-article',
  elementClass: Her2ArticleElement,
  events: {
    onHer2Glossified: 'her2-glossified' as EventName<Her2GlossifiedEvent>,
    onHer2Invalid: 'her2-invalid' as EventName<Her2InvalidEvent>,
    onHer2ReviewOverdue: 'her2-review-overdue' as EventName<Her2ReviewOverdueEvent>,
  },
  displayName: 'Her2Article',
});

export const Her2Glossify = createComponent({
  react: React,
  tagName: 'her2-glossify',
  elementClass: Her2GlossifyElement,
  events: {
    onHer2Glossified: 'her2-glossified' as EventName<Her2GlossifiedEvent>,
    onHer2Invalid: 'her2-invalid' as EventName<Her2InvalidEvent>,
  },
  displayName: 'Her2Glossify',
});

export const Her2StatusExplainer = createComponent({
  react: React,
  tagName: 'her2-status-explainer',
  elementClass: Her2StatusExplainerElement,
  events: {
    onHer2Invalid: 'her2-invalid' as EventName<Her2InvalidEvent>,
    onHer2ReviewOverdue: 'her2-review-overdue' as EventName<Her2ReviewOverdueEvent>,
  },
  displayName: 'Her2StatusExplainer',
});

/** `<her2-therapy-card>`'s props, narrower than its fields: `type` is a TherapyType. */
type Her2TherapyCardProps = Omit<Her2TherapyCardElement, 'type'> & { type: TherapyType };

export const Her2TherapyCard = createComponent({
  react: React,
  tagName: 'her2-therapy-card',
  elementClass: Her2TherapyCardElement as unknown as new () => Her2TherapyCardProps & HTMLElement,
  events: {
    onHer2Invalid: 'her2-invalid' as EventName<Her2InvalidEvent>,
    onHer2ReviewOverdue: 'her2-review-overdue' as EventName<Her2ReviewOverdueEvent>,
  },
  displayName: 'Her2TherapyCard',
});

export const Her2TherapyOverview = createComponent({
  react: React,
  tagName: 'her2-therapy-overview',
  elementClass: Her2TherapyOverviewElement,
  events: {
    onHer2Invalid: 'her2-invalid' as EventName<Her2InvalidEvent>,
    onHer2ReviewOverdue: 'her2-review-overdue' as EventName<Her2ReviewOverdueEvent>,
  },
  displayName: 'Her2TherapyOverview',
});

export const RelatedReading = createComponent({
  react: React,
  tagName: 'related-reading',
  elementClass: RelatedReadingElement,
  events: {
    onHer2Invalid: 'her2-invalid' as EventName<Her2InvalidEvent>,
    onHer2ReviewOverdue: 'her2-review-overdue' as EventName<Her2ReviewOverdueEvent>,
  },
  displayName: 'RelatedReading',
});

export const SourceList = createComponent({
  react: React,
  tagName: 'source-list',
  elementClass: SourceListElement,
  events: {
    onHer2Invalid: 'her2-invalid' as EventName<Her2InvalidEvent>,
    onHer2ReviewOverdue: 'her2-review-overdue' as EventName<Her2ReviewOverdueEvent>,
  },
  displayName: 'SourceList',
});

export const TreatmentDecisions = createComponent({
  react: React,
  tagName: 'treatment-decisions',
  elementClass: TreatmentDecisionsElement,
  events: {
    onHer2Invalid: 'her2-invalid' as EventName<Her2InvalidEvent>,
    onHer2ReviewOverdue: 'her2-review-overdue' as EventName<Her2ReviewOverdueEvent>,
  },
  displayName: 'TreatmentDecisions',
});
