/**
 * The built bundle in a page of its own: test/reliability/fixtures/widgets-page.html in an
 * iframe (with or without a strict CSP header), every element added to it and used as a reader
 * would. The iframe keeps the test runner's own scripts and requests out of what is measured.
 */
import { deepElements } from '../support/dom.js';
import { elements, everyState } from '../support/elements.js';
import { enterQuery } from '../support/glossary-input.js';
import { renderState } from '../support/render.js';
import { settle } from '../support/settle.js';

export interface Probe {
  readonly violations: string[];
  readonly errors: string[];
  readonly warnings: string[];
  readonly requests: string[];
  readonly storage: string[];
}

export type FrameWindow = Window & typeof globalThis & { __probe: Probe };

export const fixturePage = '/test/reliability/fixtures/widgets-page.html';

/** Loads the fixture page in a new iframe and resolves once every element is defined. */
export async function openWidgetsPage(policy?: string): Promise<{ frame: HTMLIFrameElement; win: FrameWindow }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 768px; border: 0;';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = policy ? `${fixturePage}?policy=${policy}` : fixturePage;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  await Promise.all(elements.map(({ tag }) => win.customElements.whenDefined(tag)));
  return { frame, win };
}

/** The themes the page's elements take in turn, so that each theme's styles render under the policy. */
const themes = [undefined, 'dark', 'auto'];

/**
 * Adds every state of every element (test/support/elements.ts) to the page's #stage, as a host
 * page's markup and script would, each brought into its state.
 */
export async function addEveryElement(win: FrameWindow): Promise<void> {
  const stage = win.document.getElementById('stage')!;
  for (const [index, state] of everyState.entries()) {
    await renderState(state, { parent: stage, theme: themes[index % themes.length] });
  }
  await settle(win.document);
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
    await settle(doc);
    press(win, 'Escape');
  }
  for (const glossary of all.filter((el) => el.localName === 'biomarker-glossary')) {
    for (const query of ['h', 'her', 'her2', 'zzz', '']) {
      if (enterQuery(glossary, query)) await settle(doc);
    }
  }
  for (const details of all.flatMap((el) => [...(el.shadowRoot?.querySelectorAll('details') ?? [])])) {
    details.open = true;
  }
  await settle(doc);
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
