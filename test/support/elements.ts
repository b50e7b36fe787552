/**
 * The one list of the elements the tests know: per element its tag, whether it is a block
 * element, the states worth rendering (each with the phrases that prove its content is there
 * and, for the theming suites, the parts it shows), and what the fuzz may throw at it. The
 * shared block contract, the axe, keyboard, reflow and accessibility-tree suites, the theming
 * suites (tokens, parts, contrast, print, reflow, hostile pages), the bundle's CSP and network
 * page and the fuzz all read it: a new element, or a new state, is added here once.
 *
 * Nothing here registers an element: suites that must run before the definitions import it too.
 */
import { settle } from './settle.js';
import { openFirstTerm, typeInGlossary } from './glossary-input.js';

export type Tag =
  | 'her2-therapy-card'
  | 'biomarker-glossary'
  | 'source-list'
  | 'her2-status-explainer'
  | 'her2-therapy-overview'
  | 'treatment-decisions'
  | 'related-reading'
  | 'glossary-term'
  | 'her2-article'
  | 'her2-glossify';

export interface ElementState {
  /** For test titles: `<tag …> what the reader sees`. */
  readonly name: string;
  readonly attributes?: Readonly<Record<string, string>>;
  /** Host data assigned as properties before the element is connected. */
  readonly properties?: Readonly<Record<string, unknown>>;
  /** The host's markup inside the element: the text an inline element works on. */
  readonly content?: string;
  /** The host's markup before and after the element, such as the sentence around a term. */
  readonly around?: readonly [before: string, after: string];
  /** Brings the rendered element into the state, as a reader would. */
  readonly prepare?: (el: HTMLElement) => Promise<void>;
  /** Text the element renders in this state (reviewed text, or its notice): its content is there. */
  readonly phrases: readonly string[];
  /** The parts DESIGN.md names that this state shows, for the theming suites; one such state per element. */
  readonly parts?: readonly string[];
  /** The state shows the element's notice of an invalid value. */
  readonly notice?: boolean;
}

/** A state and the tag of its element. */
export interface TaggedState extends ElementState {
  readonly tag: Tag;
}

/** What a reader does to a rendered element in the fuzz; test/reliability/fuzz.test.ts does it. */
export type Interaction =
  'search' | 'show more' | 'click the term' | 'Escape' | 'click elsewhere' | 'close()' | 'toggle the disclosure';

/** What a careless or hostile host may set, for test/reliability/fuzz.test.ts. */
export interface HostileTargets {
  /** Text the element shows whatever it is given (a block element's heading or a UI string). */
  readonly shows?: string;
  /** `shows` as the element says it in `lang="es"`, where it is a UI string. */
  readonly showsInSpanish?: string;
  /** Its notice takes the place of the content (a card without a valid type has nothing to show). */
  readonly noticeReplacesContent?: boolean;
  /** String attributes, set to any text. */
  readonly attributes: readonly string[];
  /** Boolean attributes: present, absent, or set to any text. */
  readonly flags: readonly string[];
  /** Properties a host script can assign, set to any value of any type. */
  readonly properties: readonly string[];
  readonly interactions?: readonly Interaction[];
  /** Random cases per run; fewer for the elements that render the most. */
  readonly cases: number;
}

export interface ElementEntry {
  readonly tag: Tag;
  /**
   * A card with heading, body and footer, held to test/support/block-element-contract.ts; not so
   * the inline `<glossary-term>` and the wrapper `<her2-glossify>`.
   */
  readonly block: boolean;
  /** Every state worth rendering; the first is the element as a host writes it, with no more than it needs. */
  readonly states: readonly ElementState[];
  readonly hostile: HostileTargets;
}

/** Host terms with placeholder text: enough of them to need "Show more". */
export const placeholderTerms = Array.from({ length: 55 }, (_, index) => ({
  id: `placeholder-${index + 1}`,
  term: `Placeholder term ${index + 1}`,
  definition: `Placeholder definition ${index + 1}, for testing only.`,
}));

/** A URL for each "Featured Content" item, as the host of `<related-reading>` gives them. */
export const relatedHrefs = {
  'financial-burden': 'https://example.org/financial-burden',
  biomarkers: 'https://example.org/biomarkers',
  working: 'https://example.org/working',
  resources: 'https://example.org/resources',
  'self-care': 'https://example.org/self-care',
};

const her2Definition = 'is a protein the body uses to grow and repair breast tissue';
const combinationSentence =
  'Targeted therapies can also be used in combination with other therapies, including chemotherapy, endocrine therapy, immunotherapy, and other targeted therapies.';

/** The first node matching `selector` in `el`'s shadow root; throws if there is none. */
function inShadow<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

const sentence = ['<p>Doctors test the cancer for ', '.</p>'] as const;
const hostStory =
  '<h2>My story</h2><p>The biopsy showed the cancer was HER2-positive, so we talked about TKIs and ADCs.</p>';

const common = { attributes: ['heading-level', 'theme', 'lang'], flags: ['no-footer'] } as const;
const commonProperties = ['headingLevel', 'theme', 'noFooter'] as const;

/** In the order the fuzz seeds them: the seed of an element's cases depends on its place here. */
export const elements: readonly ElementEntry[] = [
  {
    tag: 'her2-therapy-card',
    block: true,
    states: [
      {
        name: '<her2-therapy-card type="mab">',
        attributes: { type: 'mab' },
        phrases: ['Monoclonal antibodies are synthetic versions of antibodies that occur naturally in the body.'],
        parts: ['card', 'heading', 'body', 'link', 'footer'],
      },
      {
        name: '<her2-therapy-card type="adc">',
        attributes: { type: 'adc' },
        phrases: ['These are called antibody drug conjugates or ADCs.'],
      },
      {
        name: '<her2-therapy-card type="tki">',
        attributes: { type: 'tki' },
        phrases: ['TKIs work by blocking these enzymes'],
      },
      {
        name: '<her2-therapy-card> notice',
        attributes: { type: 'nope' },
        phrases: ['Unknown type'],
        parts: ['notice'],
        notice: true,
      },
    ],
    hostile: {
      shows: 'Examples',
      showsInSpanish: 'Ejemplos',
      noticeReplacesContent: true,
      attributes: [...common.attributes, 'type'],
      flags: [...common.flags, 'no-diagram'],
      properties: [...commonProperties, 'type'],
      cases: 500,
    },
  },
  {
    tag: 'biomarker-glossary',
    block: true,
    states: [
      { name: '<biomarker-glossary> every term', phrases: [her2Definition] },
      {
        name: '<biomarker-glossary> search with results',
        prepare: (el) => typeInGlossary(el, 'her2'),
        phrases: ['terms match “her2”'],
      },
      {
        name: '<biomarker-glossary> search with no results',
        prepare: (el) => typeInGlossary(el, 'zzzz'),
        phrases: ['No term matches “zzzz”.'],
      },
      {
        name: '<biomarker-glossary> "Show more" and host terms',
        properties: { extraTerms: placeholderTerms },
        prepare: async (el) => {
          await settle(el);
          inShadow(el, '[part="show-more"]');
        },
        phrases: ['Placeholder definition 1, for testing only.', 'Show 14 more'],
      },
      {
        name: '<biomarker-glossary> host terms found by a search, and "Show more"',
        properties: { extraTerms: placeholderTerms },
        prepare: (el) => typeInGlossary(el, 'placeholder'),
        phrases: ['Placeholder definition 1, for testing only.'],
        parts: ['card', 'heading', 'body', 'search', 'term', 'definition', 'match', 'show-more', 'link', 'footer'],
      },
      {
        name: '<biomarker-glossary no-search> notice',
        attributes: { terms: 'her2 nope', 'no-search': '' },
        phrases: ['Unknown terms'],
        parts: ['notice'],
        notice: true,
      },
    ],
    hostile: {
      shows: 'Glossary',
      showsInSpanish: 'Glosario',
      attributes: [...common.attributes, 'terms'],
      flags: [...common.flags, 'no-search'],
      properties: [...commonProperties, 'terms', 'noSearch', 'extraTerms'],
      interactions: ['search', 'search', 'show more'],
      cases: 400,
    },
  },
  {
    tag: 'source-list',
    block: true,
    states: [
      {
        name: '<source-list>',
        phrases: ['Treatment of Stage IV (Metastatic) Breast Cancer.'],
        parts: ['card', 'heading', 'body', 'source', 'link', 'footer'],
      },
      { name: '<source-list collapsed> closed', attributes: { collapsed: '' }, phrases: ['Sources (14)'] },
      {
        name: '<source-list collapsed> opened',
        attributes: { collapsed: '' },
        prepare: async (el) => {
          inShadow(el, 'summary').click();
          await settle(el);
          if (!inShadow<HTMLDetailsElement>(el, 'details').open) throw new Error('the sources did not open');
        },
        phrases: ['Treatment of Stage IV (Metastatic) Breast Cancer.'],
      },
      {
        name: '<source-list> notice',
        attributes: { 'link-target': 'nope' },
        phrases: ['Unknown link-target'],
        parts: ['notice'],
        notice: true,
      },
    ],
    hostile: {
      shows: 'Sources',
      showsInSpanish: 'Fuentes',
      attributes: [...common.attributes, 'link-target'],
      flags: [...common.flags, 'collapsed'],
      properties: [...commonProperties, 'collapsed', 'linkTarget'],
      interactions: ['toggle the disclosure'],
      cases: 400,
    },
  },
  {
    tag: 'her2-status-explainer',
    block: true,
    states: [
      {
        name: '<her2-status-explainer>',
        phrases: ['These tests involve taking a sample of breast cancer cells, which are then examined in a lab.'],
        parts: ['card', 'heading', 'body', 'footer'],
      },
    ],
    hostile: {
      shows: 'Understanding HER2 status',
      attributes: common.attributes,
      flags: [...common.flags, 'no-diagram'],
      properties: commonProperties,
      cases: 400,
    },
  },
  {
    tag: 'her2-therapy-overview',
    block: true,
    states: [
      {
        name: '<her2-therapy-overview>',
        phrases: ['Different targeted therapy drugs work in different ways.', combinationSentence],
        parts: [
          'card',
          'heading',
          'body',
          'footer',
          'therapy',
          'therapy-card',
          'therapy-heading',
          'therapy-body',
          'therapy-link',
        ],
      },
    ],
    hostile: {
      shows: 'Types of targeted therapy for MBC',
      attributes: common.attributes,
      flags: common.flags,
      properties: commonProperties,
      cases: 150,
    },
  },
  {
    tag: 'treatment-decisions',
    block: true,
    states: [
      {
        name: '<treatment-decisions>',
        phrases: [
          'every case of MBC is different',
          'some of those side effects can be serious',
          'This information does not replace advice from your care team.',
        ],
        parts: ['card', 'heading', 'body', 'care-notice', 'footer'],
      },
    ],
    hostile: {
      shows: 'This information does not replace advice from your care team.',
      showsInSpanish: 'Esta información no reemplaza los consejos de su equipo de atención médica.',
      attributes: common.attributes,
      flags: common.flags,
      properties: commonProperties,
      cases: 400,
    },
  },
  {
    tag: 'related-reading',
    block: true,
    states: [
      {
        name: '<related-reading> without links',
        phrases: ['Coping With the Financial Burden of Metastatic Breast Cancer'],
      },
      {
        name: '<related-reading> with links',
        attributes: { hrefs: JSON.stringify(relatedHrefs), 'link-target': '_blank' },
        phrases: ['Coping With the Financial Burden of Metastatic Breast Cancer'],
        parts: ['card', 'heading', 'body', 'item', 'link', 'footer'],
      },
      {
        name: '<related-reading> notice',
        attributes: { hrefs: 'nope' },
        phrases: ['Ignored hrefs value'],
        parts: ['notice'],
        notice: true,
      },
    ],
    hostile: {
      shows: 'Featured Content',
      attributes: [...common.attributes, 'hrefs', 'link-target'],
      flags: common.flags,
      properties: [...commonProperties, 'hrefs', 'linkTarget'],
      cases: 500,
    },
  },
  {
    tag: 'glossary-term',
    block: false,
    states: [
      {
        name: '<glossary-term> closed',
        attributes: { term: 'her2' },
        content: 'HER2',
        around: sentence,
        phrases: ['HER2'],
      },
      {
        name: '<glossary-term> open',
        attributes: { term: 'her2' },
        content: 'HER2',
        around: sentence,
        prepare: openFirstTerm,
        phrases: [her2Definition],
        parts: ['term', 'popover'],
      },
      {
        name: '<glossary-term> unknown term',
        attributes: { term: 'nope' },
        content: 'HER2',
        around: sentence,
        phrases: ['HER2'],
        parts: ['notice'],
        notice: true,
      },
    ],
    hostile: {
      attributes: ['term', 'theme', 'lang'],
      flags: ['open'],
      properties: ['term', 'extraTerms', 'open', 'theme'],
      interactions: ['click the term', 'click the term', 'Escape', 'click elsewhere', 'close()'],
      cases: 800,
    },
  },
  {
    tag: 'her2-article',
    block: true,
    states: [
      {
        name: '<her2-article>',
        attributes: { 'related-hrefs': JSON.stringify(relatedHrefs) },
        phrases: [her2Definition],
        parts: ['card', 'heading', 'body', 'care-notice', 'footer'],
      },
      { name: '<her2-article> a term open', prepare: openFirstTerm, phrases: [her2Definition] },
    ],
    hostile: {
      shows: 'Targeted Therapies for HER2-Positive Metastatic Breast Cancer',
      attributes: [...common.attributes, 'related-hrefs', 'link-target'],
      flags: common.flags,
      properties: [...commonProperties, 'relatedHrefs', 'linkTarget'],
      interactions: ['click the term', 'Escape'],
      cases: 60,
    },
  },
  {
    tag: 'her2-glossify',
    block: false,
    states: [
      {
        name: '<her2-glossify>',
        content: hostStory,
        phrases: ['Healthcare providers can order tests to determine if breast cancer is HER2-positive.'],
      },
      {
        name: '<her2-glossify> a term open',
        content: hostStory,
        prepare: openFirstTerm,
        phrases: ['Healthcare providers can order tests to determine if breast cancer is HER2-positive.'],
      },
    ],
    hostile: {
      attributes: ['terms', 'theme', 'lang'],
      flags: ['every', 'disabled'],
      properties: ['terms', 'theme', 'every', 'disabled', 'extraTerms'],
      interactions: ['click the term', 'Escape'],
      cases: 300,
    },
  },
];

export function element(tag: string): ElementEntry {
  const entry = elements.find((candidate) => candidate.tag === tag);
  if (!entry) throw new Error(`test/support/elements.ts has no <${tag}>`);
  return entry;
}

export const blockElements: readonly ElementEntry[] = elements.filter((entry) => entry.block);

const tagged = (entry: ElementEntry, state: ElementState): TaggedState => ({ ...state, tag: entry.tag });

/** Every state of every element. */
export const everyState: readonly TaggedState[] = elements.flatMap((entry) =>
  entry.states.map((state) => tagged(entry, state)),
);

/** The state named `name`; throws if there is none, so a renamed state fails loudly. */
export function stateNamed(name: string): TaggedState {
  const state = everyState.find((candidate) => candidate.name === name);
  if (!state) throw new Error(`test/support/elements.ts has no state named ${name}`);
  return state;
}

/** An element as a host writes it, with no more than it needs: its first state. */
export function defaultState(tag: string): TaggedState {
  const entry = element(tag);
  return tagged(entry, entry.states[0]);
}

/** The states the theming suites render: each shows the parts it lists. */
export const partStates: readonly TaggedState[] = everyState.filter((state) => state.parts);

/** Per block element, its state that shows every part of its card. */
export const blockPartStates: readonly TaggedState[] = partStates.filter(
  (state) => element(state.tag).block && !state.notice,
);

/** The block elements' notice states. */
export const noticeStates: readonly TaggedState[] = partStates.filter(
  (state) => element(state.tag).block && state.notice,
);

/** `<glossary-term>` open (first), and with an unknown term. */
export const termStates: readonly TaggedState[] = partStates.filter((state) => state.tag === 'glossary-term');
