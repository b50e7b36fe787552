// Generated from custom-elements.json by scripts/generate-framework-types.mjs (`npm run build`). Do not edit by hand:
// change the JSDoc of the element classes, or the generator.
// `her2-widgets/jsx/react` and `her2-widgets/jsx/preact` add these to those frameworks' JSX.
import type { BiomarkerGlossary } from '../components/biomarker-glossary/biomarker-glossary.js';
import type { GlossaryTerm } from '../components/glossary-term/glossary-term.js';
import type { Her2Article } from '../components/her2-article/her2-article.js';
import type { Her2Glossify } from '../components/her2-glossify/her2-glossify.js';
import type { Her2StatusExplainer } from '../components/her2-status-explainer/her2-status-explainer.js';
import type { Her2TherapyCard } from '../components/her2-therapy-card/her2-therapy-card.js';
import type { Her2TherapyOverview } from '../components/her2-therapy-overview/her2-therapy-overview.js';
import type { RelatedReading } from '../components/related-reading/related-reading.js';
import type { SourceList } from '../components/source-list/source-list.js';
import type { TreatmentDecisions } from '../components/treatment-decisions/treatment-decisions.js';
import type { GlossaryEntry, TherapyType } from '../content/types.js';
import type {
  Her2GlossarySearchEvent,
  Her2GlossifiedEvent,
  Her2InvalidEvent,
  Her2ReviewOverdueEvent,
  Her2TermToggleEvent,
} from '../shared/events.js';
import type { Theme } from '../shared/her2-element.js';
import type { LinkTarget } from '../shared/link-target.js';
import type { RelatedReadingHrefs } from '../shared/related-hrefs.js';

/** A heading level, as a number or as the attribute's text: minHeadingLevel to maxHeadingLevel. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6 | '2' | '3' | '4' | '5' | '6';

/** What every element built on `Her2Element` takes in JSX. Event handlers are `on` + the event's name, which is how React 19 and Preact add a listener for a custom element's event. */
export interface Her2InlineAttributes {
  /** The language: the element's own `lang`, else its nearest ancestor's; unsupported languages fall back to `en`. */
  lang?: string;
  /** `light` (default), `dark`, or `auto` to follow the reader's colour-scheme preference. */
  theme?: Theme;
  'onher2-invalid'?: (event: Her2InvalidEvent) => void;
}

/** What every element built on `Her2Block` takes in JSX. */
export interface Her2BlockAttributes extends Her2InlineAttributes {
  /** Level of the element's top heading, clamped to 2–6. */
  'heading-level'?: HeadingLevel;
  /** Hides the footer with the review date and source count. */
  'no-footer'?: boolean;
  /** The text shown is past its next review date; once per connection. Detail: `{reviewed, nextReview}`. */
  'onher2-review-overdue'?: (event: Her2ReviewOverdueEvent) => void;
}

/** What `<biomarker-glossary>` takes in JSX. */
export interface BiomarkerGlossaryAttributes extends Her2BlockAttributes {
  /** Space-separated term ids to show, built-in and host terms alike; all terms when absent. */
  terms?: string;
  /** Hides the search box. */
  'no-search'?: boolean;
  /** Host terms: `[{id, term, definition, abbreviation?}]`. Shown as text, never as HTML. */
  extraTerms?: readonly GlossaryEntry[];
  /** The reader typed in the search box. Detail: `{query, count}`. */
  'onher2-glossary-search'?: (event: Her2GlossarySearchEvent) => void;
}

/** What `<glossary-term>` takes in JSX. */
export interface GlossaryTermAttributes extends Her2InlineAttributes {
  /** The id of a built-in term (`her2`, `tki`, …) or of one of `extraTerms`. */
  term: string;
  /** Whether the definition is shown. */
  open?: boolean;
  /** Host terms: `[{id, term, definition, abbreviation?}]`. Shown as text, never as HTML. */
  extraTerms?: readonly GlossaryEntry[];
  /** The definition opened or closed. Detail: `{term, open}`. */
  'onher2-term-toggle'?: (event: Her2TermToggleEvent) => void;
}

/** What `<her2-article>` takes in JSX. */
export interface Her2ArticleAttributes extends Her2BlockAttributes {
  /** Where each featured item lives on the host's site: `{id: url}`, as `<related-reading>`'s `hrefs`. */
  relatedHrefs?: RelatedReadingHrefs;
  /** Where each featured item lives on the host's site: `{id: url}`, as `<related-reading>`'s `hrefs`. */
  'related-hrefs'?: string;
  /** Where source and featured-item links open, as `<source-list>`'s `link-target`. */
  'link-target'?: LinkTarget;
  /** From the article's own text, as `<her2-glossify>`'s. Detail: `{count, terms}`. */
  'onher2-glossified'?: (event: Her2GlossifiedEvent) => void;
}

/** What `<her2-glossify>` takes in JSX. */
export interface Her2GlossifyAttributes extends Her2InlineAttributes {
  /** Space-separated term ids to look for, built-in and host terms alike; all terms when absent. */
  terms?: string;
  /** Defines every occurrence of a term, not only the first. */
  every?: boolean;
  /** Leaves the content exactly as the host wrote it. */
  disabled?: boolean;
  /** Host terms: `[{id, term, definition, abbreviation?}]`. Shown as text, never as HTML. */
  extraTerms?: readonly GlossaryEntry[];
  /** A pass defined terms: on connection, after the host's content changed, and after `terms`, `every`, `extraTerms` or `disabled` changed. Detail: `{count, terms}`. */
  'onher2-glossified'?: (event: Her2GlossifiedEvent) => void;
}

/** What `<her2-status-explainer>` takes in JSX. */
export interface Her2StatusExplainerAttributes extends Her2BlockAttributes {
  /** Hides the picture of HER2 proteins on cancer cells; its words stay in the text. */
  'no-diagram'?: boolean;
}

/** What `<her2-therapy-card>` takes in JSX. */
export interface Her2TherapyCardAttributes extends Her2BlockAttributes {
  /** `mab` (monoclonal antibodies), `adc` (antibody drug conjugates) or `tki` (tyrosine kinase inhibitors). */
  type: TherapyType;
  /** Hides the picture of how the therapy works; its words stay in the text. */
  'no-diagram'?: boolean;
}

/** What `<related-reading>` takes in JSX. */
export interface RelatedReadingAttributes extends Her2BlockAttributes {
  /** Where each item lives: `{"biomarkers": "https://…"}`, as an object or as JSON in the attribute. Only absolute http(s) URLs are linked; items without one are shown as text. Assign a new object to change it: changes inside the same object are not seen. */
  hrefs?: string | RelatedReadingHrefs;
  /** Where links open: `_self` (default, same tab), `_blank`, `_parent` or `_top`. */
  'link-target'?: LinkTarget;
}

/** What `<source-list>` takes in JSX. */
export interface SourceListAttributes extends Her2BlockAttributes {
  /** Renders the list closed inside a "Sources (14)" disclosure. */
  collapsed?: boolean;
  /** Where source links open: `_self` (default, same tab), `_blank`, `_parent` or `_top`. */
  'link-target'?: LinkTarget;
}

/** Tag → what it takes in JSX. */
export interface Her2IntrinsicElements {
  'biomarker-glossary': BiomarkerGlossaryAttributes;
  'glossary-term': GlossaryTermAttributes;
  'her2-article': Her2ArticleAttributes;
  'her2-glossify': Her2GlossifyAttributes;
  'her2-status-explainer': Her2StatusExplainerAttributes;
  'her2-therapy-card': Her2TherapyCardAttributes;
  'her2-therapy-overview': Her2BlockAttributes;
  'related-reading': RelatedReadingAttributes;
  'source-list': SourceListAttributes;
  'treatment-decisions': Her2BlockAttributes;
}

/** Tag → element class, for the frameworks' `ref` types. */
export interface Her2ElementTagNameMap {
  'biomarker-glossary': BiomarkerGlossary;
  'glossary-term': GlossaryTerm;
  'her2-article': Her2Article;
  'her2-glossify': Her2Glossify;
  'her2-status-explainer': Her2StatusExplainer;
  'her2-therapy-card': Her2TherapyCard;
  'her2-therapy-overview': Her2TherapyOverview;
  'related-reading': RelatedReading;
  'source-list': SourceList;
  'treatment-decisions': TreatmentDecisions;
}
