// Side-effect free: classes, content and types. Register with her2-widgets/define/<tag>.js,
// or with customElements.define() under a name of your own.
export { Her2TherapyCard } from './components/her2-therapy-card/her2-therapy-card.js';
export { BiomarkerGlossary } from './components/biomarker-glossary/biomarker-glossary.js';
export { SourceList } from './components/source-list/source-list.js';
export { Her2StatusExplainer } from './components/her2-status-explainer/her2-status-explainer.js';
export { TreatmentDecisions } from './components/treatment-decisions/treatment-decisions.js';
export { Her2TherapyOverview } from './components/her2-therapy-overview/her2-therapy-overview.js';
export { RelatedReading } from './components/related-reading/related-reading.js';
export type { RelatedReadingHrefs } from './shared/related-hrefs.js';
export { GlossaryTerm } from './components/glossary-term/glossary-term.js';
export { Her2Article } from './components/her2-article/her2-article.js';
export { Her2Glossify } from './components/her2-glossify/her2-glossify.js';
export { Her2Element, type Theme } from './shared/her2-element.js';
export { define } from './shared/define.js';
export { registerContentPack, type ContentPack, type ContentPackResult } from './shared/content-packs.js';
export { clearReviewRecord, registerReviewRecord, setReviewClock, type ReviewRecord } from './shared/review-record.js';
export type {
  Her2InvalidDetail,
  Her2InvalidEvent,
  Her2GlossarySearchDetail,
  Her2GlossarySearchEvent,
  Her2TermToggleDetail,
  Her2TermToggleEvent,
  Her2GlossifiedDetail,
  Her2GlossifiedEvent,
  Her2ReviewOverdueDetail,
  Her2ReviewOverdueEvent,
} from './shared/events.js';
export * from './content/index.js';
