/**
 * The built bundle in a page of its own: test/reliability/fixtures/widgets-page.html in an
 * iframe (with or without a strict CSP header), every element added to it and used as a reader
 * would. The iframe keeps the test runner's own scripts and requests out of what is measured.
 */
import { normalize } from '../helpers.js';

export interface Probe {
  readonly violations: string[];
  readonly errors: string[];
  readonly warnings: string[];
  readonly requests: string[];
  readonly storage: string[];
}

export type FrameWindow = Window & typeof globalThis & { __probe: Probe };

type Updating = HTMLElement & { updateComplete?: Promise<boolean> };

export const fixturePage = '/test/reliability/fixtures/widgets-page.html';

/** Every tag the bundle registers. */
export const bundleTags = [
  'her2-therapy-card',
  'biomarker-glossary',
  'source-list',
  'her2-status-explainer',
  'her2-therapy-overview',
  'treatment-decisions',
  'related-reading',
  'glossary-term',
  'her2-glossify',
  'her2-article',
] as const;

/** What each element shows once rendered; the widgets' own text, never the host's. */
export const renderedPhrases: Readonly<Record<(typeof bundleTags)[number], string>> = {
  'her2-therapy-card': 'TKIs work by blocking these enzymes',
  'biomarker-glossary': 'is a protein the body uses to grow and repair breast tissue',
  'source-list': 'Treatment of Stage IV (Metastatic) Breast Cancer.',
  'her2-status-explainer': 'Understanding HER2 status',
  'her2-therapy-overview': 'Types of targeted therapy for MBC',
  'treatment-decisions': 'This information does not replace advice from your care team.',
  'related-reading': 'Featured Content',
  'glossary-term': 'is a protein the body uses to grow and repair breast tissue',
  'her2-glossify': 'is a protein the body uses to grow and repair breast tissue',
  'her2-article': 'Targeted Therapies for HER2-Positive Metastatic Breast Cancer',
};

/** Loads the fixture page in a new iframe and resolves once every element is defined. */
export async function openWidgetsPage(policy?: string): Promise<{ frame: HTMLIFrameElement; win: FrameWindow }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 768px; border: 0;';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = policy ? `${fixturePage}?policy=${policy}` : fixturePage;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  await Promise.all(bundleTags.map((tag) => win.customElements.whenDefined(tag)));
  return { frame, win };
}

/** Every element in `root` and, through shadow roots, inside each of them. */
export function deepElements(root: Element | Document): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | Document | ShadowRoot): void => {
    for (const child of node.children) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return found;
}

/** The text of `el` with its shadow trees, in tree order; for checks that a phrase is shown. */
export function deepText(el: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue ?? '');
    const element = node as Element;
    if (element.localName === 'style') return;
    if (element.shadowRoot) walk(element.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(el);
  return normalize(parts.join(' '));
}

/** Resolves once every element in the document, nested ones too, has finished updating. */
export async function settled(doc: Document): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    const pending = deepElements(doc)
      .map((el) => (el as Updating).updateComplete)
      .filter((update): update is Promise<boolean> => Boolean(update));
    const results = await Promise.all(pending);
    if (results.every(Boolean)) return;
  }
}

const hrefs = { biomarkers: 'https://example.org/biomarkers', 'self-care': 'https://example.org/self-care' };

/** Adds one or more of every element to the page's #stage, as a host page's markup would. */
export async function addEveryElement(win: FrameWindow): Promise<void> {
  const doc = win.document;
  const stage = doc.getElementById('stage')!;
  const add = (tag: string, attributes: Record<string, string> = {}, text?: string): HTMLElement => {
    const el = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    if (text) el.textContent = text;
    stage.append(el);
    return el;
  };
  for (const type of ['mab', 'adc', 'tki']) add('her2-therapy-card', { type });
  add('her2-therapy-card', { type: 'unknown' }); // the notice, too, renders under the policy
  add('her2-therapy-overview', { theme: 'dark' });
  add('her2-status-explainer');
  add('treatment-decisions', { theme: 'auto' });
  const glossary = add('biomarker-glossary');
  Object.assign(glossary, {
    extraTerms: [{ id: 'care-team', term: 'care team', definition: 'A definition given by the host page.' }],
  });
  add('source-list', { collapsed: '' });
  add('source-list', { 'link-target': '_blank', 'heading-level': '4' });
  Object.assign(add('related-reading'), { hrefs });
  const paragraph = doc.createElement('p');
  paragraph.append('Ask about ', doc.createElement('glossary-term'), '.');
  paragraph.querySelector('glossary-term')!.setAttribute('term', 'tki');
  stage.append(paragraph);
  add('her2-glossify', {}, 'HER2-positive breast cancer can be treated with TKIs and ADCs.');
  add('her2-article', { 'related-hrefs': JSON.stringify(hrefs), theme: 'dark' });
  await settled(doc);
}

function press(win: FrameWindow, key: string): void {
  win.document.dispatchEvent(new win.KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
}

/** Uses every element as a reader would: opens terms, searches, expands the sources. */
export async function useEveryElement(win: FrameWindow): Promise<void> {
  const doc = win.document;
  const all = deepElements(doc);
  for (const term of all.filter((el) => el.localName === 'glossary-term')) {
    term.shadowRoot?.querySelector<HTMLButtonElement>('[part="term"]')?.click();
    await settled(doc);
    press(win, 'Escape');
  }
  for (const glossary of all.filter((el) => el.localName === 'biomarker-glossary')) {
    const input = glossary.shadowRoot!.querySelector<HTMLInputElement>('input[part="search"]')!;
    for (const query of ['h', 'her', 'her2', 'zzz', '']) {
      input.value = query;
      input.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
      await settled(doc);
    }
  }
  for (const details of all.flatMap((el) => [...(el.shadowRoot?.querySelectorAll('details') ?? [])])) {
    details.open = true;
  }
  await settled(doc);
}

/** What a page's elements would fetch or run if rendered: there must be none of it. */
export function fetchingMarkup(doc: Document): string[] {
  const found: string[] = [];
  const fetching =
    'img, image, picture, link, script, iframe, frame, object, embed, video, audio, source, track, style';
  for (const el of deepElements(doc)) {
    const root = el.shadowRoot;
    if (!root) continue;
    for (const node of root.querySelectorAll(fetching)) found.push(`<${node.localName}> in <${el.localName}>`);
    for (const node of root.querySelectorAll('[src], [srcset], [poster], [background]')) {
      found.push(`<${node.localName}> with a source in <${el.localName}>`);
    }
    for (const node of root.querySelectorAll('[href]:not(a)')) {
      if (!node.getAttribute('href')!.startsWith('#')) found.push(`<${node.localName} href> in <${el.localName}>`);
    }
    for (const sheet of root.adoptedStyleSheets) {
      for (const rule of sheet.cssRules) {
        // url(#id) points inside the document (an SVG gradient); anything else is a request.
        if (/url\((?!\s*['"]?#)|@import|@font-face/i.test(rule.cssText)) {
          found.push(`CSS in <${el.localName}>: ${rule.cssText.slice(0, 80)}`);
        }
      }
    }
  }
  return found;
}
