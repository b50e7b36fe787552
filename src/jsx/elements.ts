// The attributes, properties and events of each element as JSX sees them, for any framework.
// `her2-widgets/jsx/react` and `her2-widgets/jsx/preact` add them to those frameworks' JSX.
// test/node/jsx.test.mjs checks that every element and attribute of custom-elements.json is here.
import type { BiomarkerGlossary } from '../components/biomarker-glossary/biomarker-glossary.js';
import type { GlossaryTerm } from '../components/glossary-term/glossary-term.js';
import type { Her2Article } from '../components/her2-article/her2-article.js';
import type { Her2Glossify } from '../components/her2-glossify/her2-glossify.js';
import type { Her2StatusExplainer } from '../components/her2-status-explainer/her2-status-explainer.js';
import type { Her2TherapyCard } from '../components/her2-therapy-card/her2-therapy-card.js';
import type { Her2TherapyOverview } from '../components/her2-therapy-overview/her2-therapy-overview.js';
import type { RelatedReadingHrefs } from '../shared/related-hrefs.js';
import type { RelatedReading } from '../components/related-reading/related-reading.js';
import type { SourceList } from '../components/source-list/source-list.js';
import type { TreatmentDecisions } from '../components/treatment-decisions/treatment-decisions.js';
import type { GlossaryEntry, TherapyType } from '../content/types.js';
import type { LinkTarget } from '../shared/link-target.js';
import type {
  Her2GlossarySearchEvent,
  Her2GlossifiedEvent,
  Her2InvalidEvent,
  Her2TermToggleEvent,
} from '../shared/events.js';
import type { Theme } from '../shared/her2-element.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6 | '2' | '3' | '4' | '5' | '6';

/**
 * What every element takes. Event handlers are `on` + the event's name, which is how React 19
 * and Preact add a listener for a custom element's event.
 */
export interface Her2InlineAttributes {
  theme?: Theme;
  lang?: string;
  'onher2-invalid'?: (event: Her2InvalidEvent) => void;
}

/** What every block element (all but `<glossary-term>` and `<her2-glossify>`) takes. */
export interface Her2BlockAttributes extends Her2InlineAttributes {
  'heading-level'?: HeadingLevel;
  'no-footer'?: boolean;
}

export interface Her2TherapyCardAttributes extends Her2BlockAttributes {
  type: TherapyType;
  'no-diagram'?: boolean;
}

export interface Her2StatusExplainerAttributes extends Her2BlockAttributes {
  'no-diagram'?: boolean;
}

export interface BiomarkerGlossaryAttributes extends Her2BlockAttributes {
  /** Space-separated term ids. */
  terms?: string;
  'no-search'?: boolean;
  /** A property: React 19 and Preact set it as one. */
  extraTerms?: readonly GlossaryEntry[];
  'onher2-glossary-search'?: (event: Her2GlossarySearchEvent) => void;
}

export interface SourceListAttributes extends Her2BlockAttributes {
  collapsed?: boolean;
  'link-target'?: LinkTarget;
}

export interface RelatedReadingAttributes extends Her2BlockAttributes {
  /** JSON text or, as a property, an object: item id → http(s) URL. */
  hrefs?: string | RelatedReadingHrefs;
  'link-target'?: LinkTarget;
}

export interface Her2ArticleAttributes extends Her2BlockAttributes {
  /** JSON text: item id → http(s) URL, as `<related-reading>`'s `hrefs`. */
  'related-hrefs'?: string;
  /** A property: the same as an object. */
  relatedHrefs?: RelatedReadingHrefs;
  'link-target'?: LinkTarget;
}

export interface GlossaryTermAttributes extends Her2InlineAttributes {
  term: string;
  open?: boolean;
  extraTerms?: readonly GlossaryEntry[];
  'onher2-term-toggle'?: (event: Her2TermToggleEvent) => void;
}

export interface Her2GlossifyAttributes extends Her2InlineAttributes {
  terms?: string;
  every?: boolean;
  disabled?: boolean;
  extraTerms?: readonly GlossaryEntry[];
  'onher2-glossified'?: (event: Her2GlossifiedEvent) => void;
}

/** Tag → what it takes in JSX. */
export interface Her2IntrinsicElements {
  'her2-therapy-card': Her2TherapyCardAttributes;
  'her2-therapy-overview': Her2BlockAttributes;
  'her2-status-explainer': Her2StatusExplainerAttributes;
  'treatment-decisions': Her2BlockAttributes;
  'biomarker-glossary': BiomarkerGlossaryAttributes;
  'glossary-term': GlossaryTermAttributes;
  'source-list': SourceListAttributes;
  'related-reading': RelatedReadingAttributes;
  'her2-article': Her2ArticleAttributes;
  'her2-glossify': Her2GlossifyAttributes;
}

/** Tag → element class, for the frameworks' `ref` types. */
export interface Her2ElementTagNameMap {
  'her2-therapy-card': Her2TherapyCard;
  'her2-therapy-overview': Her2TherapyOverview;
  'her2-status-explainer': Her2StatusExplainer;
  'treatment-decisions': TreatmentDecisions;
  'biomarker-glossary': BiomarkerGlossary;
  'glossary-term': GlossaryTerm;
  'source-list': SourceList;
  'related-reading': RelatedReading;
  'her2-article': Her2Article;
  'her2-glossify': Her2Glossify;
}
