/**
 * Every element in every state a reader can bring it to, as markup (so the same state renders in
 * the test page or in a frame of its own) plus the steps that reach it. Shared by the axe,
 * keyboard and reflow tests of this folder.
 */
import { elementUpdated, waitUntil } from '@open-wc/testing';

export interface ElementState {
  /** `<tag> state`, for test titles. */
  readonly name: string;
  /** The element under test (the first of its tag in `markup`). */
  readonly tag: string;
  /** The host page's markup; `${attrs}` goes on the element under test (e.g. its `theme`). */
  readonly markup: (attrs: string) => string;
  /** Brings the rendered element into the state. */
  readonly prepare?: (el: HTMLElement) => Promise<void>;
}

/** Waits for `el` and every element inside its shadow tree to finish rendering. */
export async function settle(el: Element): Promise<void> {
  const update = (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  if (update) await update;
  for (const child of el.shadowRoot?.querySelectorAll('*') ?? []) await settle(child);
  for (const child of el.children) await settle(child);
}

function shadow<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

/** Types `query` into a glossary's search box, as a reader would. */
export async function typeInSearch(el: HTMLElement, query: string): Promise<void> {
  const input = shadow<HTMLInputElement>(el, 'input[type="search"]');
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: query }));
  await settle(el);
}

/** The first `<glossary-term>` in `el` or its shadow tree, opened by a click on it. */
export async function openFirstTerm(el: HTMLElement): Promise<void> {
  const term = await waitForTerm(el);
  shadow(term, '[part="term"]').click();
  await elementUpdated(term);
  if (!term.hasAttribute('open')) throw new Error('the term did not open');
}

/** The first `<glossary-term>` of `el`, once it exists (`<her2-glossify>` defines terms after a task). */
export async function waitForTerm(el: HTMLElement): Promise<HTMLElement> {
  if (el.localName === 'glossary-term') return el;
  await waitUntil(() => findDeep(el, 'glossary-term'), `no <glossary-term> in <${el.localName}>`);
  const term = findDeep(el, 'glossary-term')!;
  await settle(term);
  return term;
}

/** The first element matching `selector` in `root`, looking through open shadow roots. */
export function findDeep(root: Element | ShadowRoot, selector: string): HTMLElement | null {
  // Duck-typed: elements of a frame's page are not instances of this window's Element.
  const { shadowRoot } = root as Partial<Element>;
  if (shadowRoot) {
    const inShadow = findDeep(shadowRoot, selector);
    if (inShadow) return inShadow;
  }
  const direct = root.querySelector<HTMLElement>(selector);
  if (direct) return direct;
  for (const el of root.querySelectorAll('*')) {
    const found = el.shadowRoot && findDeep(el.shadowRoot, selector);
    if (found) return found;
  }
  return null;
}

/** Host terms with placeholder text: enough of them to need "Show more". */
export const placeholderTerms = Array.from({ length: 55 }, (_, index) => ({
  id: `placeholder-${index + 1}`,
  term: `Placeholder term ${index + 1}`,
  definition: `Placeholder definition ${index + 1}, for testing only.`,
}));

const hrefs = JSON.stringify({
  'financial-burden': 'https://example.org/financial-burden',
  biomarkers: 'https://example.org/biomarkers',
  working: 'https://example.org/working',
  resources: 'https://example.org/resources',
  'self-care': 'https://example.org/self-care',
}).replace(/"/g, '&quot;');

const hostText = (attrs: string) =>
  `<her2-glossify${attrs}><h2>My story</h2><p>The biopsy showed the cancer was HER2-positive, so we talked about TKIs and ADCs.</p></her2-glossify>`;

export const states: readonly ElementState[] = [
  ...['mab', 'adc', 'tki'].map((type) => ({
    name: `<her2-therapy-card type="${type}">`,
    tag: 'her2-therapy-card',
    markup: (attrs: string) => `<her2-therapy-card type="${type}"${attrs}></her2-therapy-card>`,
  })),
  {
    name: '<her2-therapy-card> notice',
    tag: 'her2-therapy-card',
    markup: (attrs) => `<her2-therapy-card type="nope"${attrs}></her2-therapy-card>`,
  },
  {
    name: '<biomarker-glossary> every term',
    tag: 'biomarker-glossary',
    markup: (attrs) => `<biomarker-glossary${attrs}></biomarker-glossary>`,
  },
  {
    name: '<biomarker-glossary> search with results',
    tag: 'biomarker-glossary',
    markup: (attrs) => `<biomarker-glossary${attrs}></biomarker-glossary>`,
    prepare: (el) => typeInSearch(el, 'her2'),
  },
  {
    name: '<biomarker-glossary> search with no results',
    tag: 'biomarker-glossary',
    markup: (attrs) => `<biomarker-glossary${attrs}></biomarker-glossary>`,
    prepare: (el) => typeInSearch(el, 'zzzz'),
  },
  {
    name: '<biomarker-glossary> "Show more" and host terms',
    tag: 'biomarker-glossary',
    markup: (attrs) => `<biomarker-glossary${attrs}></biomarker-glossary>`,
    prepare: async (el) => {
      (el as HTMLElement & { extraTerms: unknown }).extraTerms = placeholderTerms;
      await settle(el);
      shadow(el, '[part="show-more"]');
    },
  },
  {
    name: '<biomarker-glossary no-search> notice',
    tag: 'biomarker-glossary',
    markup: (attrs) => `<biomarker-glossary terms="her2 nope" no-search${attrs}></biomarker-glossary>`,
  },
  {
    name: '<source-list>',
    tag: 'source-list',
    markup: (attrs) => `<source-list${attrs}></source-list>`,
  },
  {
    name: '<source-list collapsed> closed',
    tag: 'source-list',
    markup: (attrs) => `<source-list collapsed${attrs}></source-list>`,
  },
  {
    name: '<source-list collapsed> opened',
    tag: 'source-list',
    markup: (attrs) => `<source-list collapsed${attrs}></source-list>`,
    prepare: async (el) => {
      shadow(el, 'summary').click();
      await settle(el);
      if (!shadow<HTMLDetailsElement>(el, 'details').open) throw new Error('the sources did not open');
    },
  },
  {
    name: '<source-list> notice',
    tag: 'source-list',
    markup: (attrs) => `<source-list link-target="nope"${attrs}></source-list>`,
  },
  {
    name: '<her2-status-explainer>',
    tag: 'her2-status-explainer',
    markup: (attrs) => `<her2-status-explainer${attrs}></her2-status-explainer>`,
  },
  {
    name: '<her2-therapy-overview>',
    tag: 'her2-therapy-overview',
    markup: (attrs) => `<her2-therapy-overview${attrs}></her2-therapy-overview>`,
  },
  {
    name: '<treatment-decisions>',
    tag: 'treatment-decisions',
    markup: (attrs) => `<treatment-decisions${attrs}></treatment-decisions>`,
  },
  {
    name: '<related-reading> without links',
    tag: 'related-reading',
    markup: (attrs) => `<related-reading${attrs}></related-reading>`,
  },
  {
    name: '<related-reading> with links',
    tag: 'related-reading',
    markup: (attrs) => `<related-reading hrefs="${hrefs}" link-target="_blank"${attrs}></related-reading>`,
  },
  {
    name: '<related-reading> notice',
    tag: 'related-reading',
    markup: (attrs) => `<related-reading hrefs="nope"${attrs}></related-reading>`,
  },
  {
    name: '<glossary-term> closed',
    tag: 'glossary-term',
    markup: (attrs) => `<p>Doctors test the cancer for <glossary-term term="her2"${attrs}>HER2</glossary-term>.</p>`,
  },
  {
    name: '<glossary-term> open',
    tag: 'glossary-term',
    markup: (attrs) => `<p>Doctors test the cancer for <glossary-term term="her2"${attrs}>HER2</glossary-term>.</p>`,
    prepare: openFirstTerm,
  },
  {
    name: '<glossary-term> unknown term',
    tag: 'glossary-term',
    markup: (attrs) => `<p>Doctors test the cancer for <glossary-term term="nope"${attrs}>HER2</glossary-term>.</p>`,
  },
  {
    name: '<her2-glossify>',
    tag: 'her2-glossify',
    markup: hostText,
  },
  {
    name: '<her2-glossify> a term open',
    tag: 'her2-glossify',
    markup: hostText,
    prepare: openFirstTerm,
  },
  {
    name: '<her2-article>',
    tag: 'her2-article',
    markup: (attrs) => `<her2-article related-hrefs="${hrefs}"${attrs}></her2-article>`,
  },
  {
    name: '<her2-article> a term open',
    tag: 'her2-article',
    markup: (attrs) => `<her2-article${attrs}></her2-article>`,
    prepare: openFirstTerm,
  },
];

/** The host page around a themed element: a dark page for the dark theme, as an embedder would. */
export const pageStyle: Record<string, string> = {
  light: 'background: #ffffff; color: #1f2328',
  dark: 'background: #0d1117; color: #e6edf3',
};
