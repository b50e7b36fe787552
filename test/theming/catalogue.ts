/**
 * What the theming tests share: every element in the states that show all its parts, a way
 * to render one inside a wrapper and wait for its nested elements, a walk through nested
 * shadow roots, and WCAG colour arithmetic on computed colours.
 */
import '../../src/define/all.js';
import type { LitElement } from 'lit';

export interface ElementCase {
  /** A short name for test titles. */
  readonly name: string;
  readonly tag: string;
  readonly attributes?: Readonly<Record<string, string>>;
  /** Properties to set before the first render. */
  readonly properties?: Readonly<Record<string, unknown>>;
  /** Brings the element into the state that shows `parts`, once it has rendered. */
  readonly prepare?: (el: HTMLElement) => Promise<void>;
  /** The parts README promises for this element, each shown in this state. */
  readonly parts: readonly string[];
  /** A phrase of the reviewed text the reader must see. */
  readonly phrase: string;
}

/** Host terms with placeholder text: enough of them to need "Show more". */
export const placeholderTerms = Array.from({ length: 55 }, (_, index) => ({
  id: `placeholder-${index + 1}`,
  term: `Placeholder term ${index + 1}`,
  definition: `Placeholder definition ${index + 1}, only for testing the layout.`,
}));

export const relatedHrefs = {
  'financial-burden': 'https://example.org/financial-burden',
  biomarkers: 'https://example.org/biomarkers',
  working: 'https://example.org/working',
  resources: 'https://example.org/resources',
  'self-care': 'https://example.org/self-care',
};

/** Types `query` into a glossary's search box, as a reader would. */
export async function searchGlossary(el: HTMLElement, query: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settle(el);
}

/** Every block element, in a state where each of its parts is on screen. */
export const blockCases: readonly ElementCase[] = [
  {
    name: 'her2-article',
    tag: 'her2-article',
    properties: { relatedHrefs },
    parts: ['card', 'heading', 'body', 'care-notice', 'footer'],
    phrase: 'is a protein the body uses to grow and repair breast tissue',
  },
  {
    name: 'her2-status-explainer',
    tag: 'her2-status-explainer',
    parts: ['card', 'heading', 'body', 'footer'],
    phrase: 'These tests involve taking a sample of breast cancer cells, which are then examined in a lab.',
  },
  {
    name: 'her2-therapy-overview',
    tag: 'her2-therapy-overview',
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
    phrase: 'Different targeted therapy drugs work in different ways.',
  },
  {
    name: 'treatment-decisions',
    tag: 'treatment-decisions',
    parts: ['card', 'heading', 'body', 'care-notice', 'footer'],
    phrase: 'every case of MBC is different',
  },
  {
    name: 'her2-therapy-card',
    tag: 'her2-therapy-card',
    attributes: { type: 'mab' },
    parts: ['card', 'heading', 'body', 'link', 'footer'],
    phrase: 'Monoclonal antibodies are synthetic versions of antibodies that occur naturally in the body.',
  },
  {
    name: 'biomarker-glossary',
    tag: 'biomarker-glossary',
    properties: { extraTerms: placeholderTerms },
    prepare: (el) => searchGlossary(el, 'placeholder'),
    parts: ['card', 'heading', 'body', 'search', 'term', 'definition', 'match', 'show-more', 'link', 'footer'],
    phrase: 'Placeholder definition 1, only for testing the layout.',
  },
  {
    name: 'source-list',
    tag: 'source-list',
    parts: ['card', 'heading', 'body', 'source', 'link', 'footer'],
    phrase: 'Treatment of Stage IV (Metastatic) Breast Cancer.',
  },
  {
    name: 'related-reading',
    tag: 'related-reading',
    properties: { hrefs: relatedHrefs },
    parts: ['card', 'heading', 'body', 'item', 'link', 'footer'],
    phrase: 'Coping With the Financial Burden of Metastatic Breast Cancer',
  },
];

/** The states that show the `notice` part. */
export const noticeCases: readonly ElementCase[] = [
  {
    name: 'her2-therapy-card type="nope"',
    tag: 'her2-therapy-card',
    attributes: { type: 'nope' },
    parts: ['notice'],
    phrase: 'Unknown type',
  },
  {
    name: 'biomarker-glossary terms="nope"',
    tag: 'biomarker-glossary',
    attributes: { terms: 'nope' },
    parts: ['notice'],
    phrase: 'Unknown terms',
  },
  {
    name: 'source-list link-target="nope"',
    tag: 'source-list',
    attributes: { 'link-target': 'nope' },
    parts: ['notice'],
    phrase: 'Unknown link-target',
  },
  {
    name: 'related-reading hrefs with an unknown id',
    tag: 'related-reading',
    attributes: { hrefs: '{"nope": "https://example.org/"}' },
    parts: ['notice'],
    phrase: 'Unknown hrefs',
  },
];

/** An open inline term, and an unknown one. */
export const termCases: readonly ElementCase[] = [
  {
    name: 'glossary-term open',
    tag: 'glossary-term',
    attributes: { term: 'her2', open: '' },
    parts: ['term', 'popover'],
    phrase: 'is a protein the body uses to grow and repair breast tissue',
  },
  {
    name: 'glossary-term term="nope"',
    tag: 'glossary-term',
    attributes: { term: 'nope' },
    parts: ['notice'],
    phrase: 'HER2',
  },
];

export const allCases: readonly ElementCase[] = [...blockCases, ...noticeCases, ...termCases];

/** `root`'s own shadow tree, its children and every shadow tree inside them, in document order. */
export function elementsInside(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if ('shadowRoot' in root && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** The nodes inside `el`'s shadow tree (nested ones too) that match `selector`. */
export function deepQueryAll<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return elementsInside(el).filter((node) => node.matches(selector)) as T[];
}

/** Waits for `el` and every element nested in its shadow trees to finish rendering. */
export async function settle(el: Element): Promise<void> {
  const isLit = (node: Element): node is LitElement => 'updateComplete' in node;
  let seen = -1;
  for (let round = 0; round < 10; round += 1) {
    const nodes = [el, ...elementsInside(el)].filter(isLit);
    await Promise.all(nodes.map((node) => node.updateComplete));
    if (nodes.length === seen && !nodes.some((node) => node.isUpdatePending)) return;
    seen = nodes.length;
  }
}

/**
 * Creates the case's element inside `parent` (default: a new div in the body of `parent`'s
 * document, or of this one) and renders it.
 */
export async function renderCase(
  item: ElementCase,
  options: { parent?: HTMLElement; theme?: string } = {},
): Promise<HTMLElement> {
  const doc = options.parent?.ownerDocument ?? document;
  const el = doc.createElement(item.tag);
  for (const [name, value] of Object.entries(item.attributes ?? {})) el.setAttribute(name, value);
  if (item.tag === 'glossary-term') el.textContent = 'HER2';
  if (options.theme) el.setAttribute('theme', options.theme);
  Object.assign(el, item.properties ?? {});
  const parent = options.parent ?? doc.body.appendChild(doc.createElement('div'));
  if (!parent.isConnected) doc.body.append(parent);
  parent.append(el);
  await settle(el);
  await item.prepare?.(el);
  await settle(el);
  return el;
}

/** Removes what `renderCase` and the tests added to the body. */
export function cleanUp(...nodes: Array<Node | undefined>): void {
  for (const node of nodes) node?.parentNode?.removeChild(node);
}

/* Colour arithmetic, WCAG 2.x. */

export type Rgba = readonly [number, number, number, number];

export function parseColor(value: string): Rgba {
  const match = value.match(/^rgba?\(([^)]+)\)$/);
  if (!match) throw new Error(`not an rgb() colour: ${value}`);
  const parts = match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [parts[0], parts[1], parts[2], parts[3] ?? 1];
}

/** `top` painted over the opaque colour `bottom`. */
export function blend(top: Rgba, bottom: Rgba): Rgba {
  const alpha = top[3];
  return [0, 1, 2].map((index) => top[index] * alpha + bottom[index] * (1 - alpha)).concat(1) as unknown as Rgba;
}

export function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Whether `node` is a shadow root, whatever window it comes from. */
export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
}

/** The computed style, from the window of the node's own document (a frame's, for instance). */
export function styleOf(node: Element, pseudo?: string): CSSStyleDeclaration {
  return (node.ownerDocument.defaultView ?? window).getComputedStyle(node, pseudo);
}

/** The parent in the flat tree: a shadow root's host, a slotted node's slot. */
function flatParent(node: Element): Element | null {
  if (node.assignedSlot) return node.assignedSlot;
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return isShadowRoot(root) ? root.host : null;
}

/** The opaque colour behind `node`: its own background and its ancestors', painted in order. */
export function backdropOf(node: Element): Rgba {
  const layers: Rgba[] = [];
  for (let current: Element | null = node; current; current = flatParent(current)) {
    const background = parseColor(styleOf(current).backgroundColor);
    if (background[3] > 0) layers.push(background);
    if (background[3] === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => blend(layer, below), [255, 255, 255, 1]);
}
