/** A page of its own, in an iframe: a real viewport of any size on every engine. */
import { fixtureSync, html } from '@open-wc/testing';
import { deepElements } from './dom.js';
import { settle } from './settle.js';

export interface FrameFixture {
  frame: HTMLIFrameElement;
  window: Window;
  document: Document;
  /** Resizes the frame, which is the viewport of the page inside it, and waits for a frame. */
  resize(width: number, height?: number): Promise<void>;
}

/** Resolves once every custom element in `doc` (nested ones too) is defined and has rendered. */
export async function definedAndSettled(doc: Document): Promise<void> {
  const registry = doc.defaultView!.customElements;
  for (const el of deepElements(doc)) if (el.localName.includes('-')) await registry.whenDefined(el.localName);
  await settle(doc);
}

/**
 * `markup` as the body of a page of its own, inside an iframe `width` × `height` CSS pixels: a
 * real viewport of that size (media queries, `vw`, scrolling) on every engine, at sizes the
 * browser window itself cannot take (WebKitGTK's MiniBrowser window is never narrower than
 * about 450 px). The page loads `modules` (the elements' registering entries) from the test
 * server and `css` after its base style. The frame goes into `container` (default: the body);
 * remove it with `frame.remove()`. `frameFixture` is the same, removed after the test.
 */
export async function openFrame(
  markup: string,
  { width = 320, height = 640, modules = ['/src/define/all.ts'], css = '' } = {},
  container: Element = document.body,
): Promise<FrameFixture> {
  const frame = document.createElement('iframe');
  frame.title = 'test viewport';
  frame.style.cssText = `display: block; border: 0; width: ${width}px; height: ${height}px`;
  frame.srcdoc = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1"><title>viewport</title>',
    `<style>body { margin: 8px; font: 16px/1.5 sans-serif } ${css}</style>`,
    ...modules.map((src) => `<script type="module" src="${src}"></script>`),
    `</head><body>${markup}</body></html>`,
  ].join('');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  container.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  await definedAndSettled(doc);
  const nextFrame = () => new Promise((resolve) => win.requestAnimationFrame(resolve));
  await nextFrame();
  return {
    frame,
    window: win,
    document: doc,
    async resize(newWidth: number, newHeight = height) {
      frame.style.width = `${newWidth}px`;
      frame.style.height = `${newHeight}px`;
      await nextFrame();
      await definedAndSettled(doc);
    },
  };
}

export function frameFixture(markup: string, options: Parameters<typeof openFrame>[1] = {}): Promise<FrameFixture> {
  return openFrame(markup, options, fixtureSync(html`<div></div>`));
}

/** A new iframe on the test page, loaded: `load` gives it its page (`srcdoc` or `src`). */
async function loadedFrame(
  load: (frame: HTMLIFrameElement) => void,
  { sandbox, width = '48em', height = '40em' }: { sandbox?: string; width?: string; height?: string } = {},
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.title = 'a page under test';
  frame.style.cssText = `display: block; width: ${width}; height: ${height}; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  load(frame);
  document.body.append(frame);
  await loaded;
  return frame;
}

/**
 * A whole HTML page in a new iframe, loaded: as `srcdoc`, so it shares the test page's origin
 * unless `sandbox` (given as is; none: a normal page) says otherwise. Remove it with
 * `frame.remove()`.
 */
export function pageInFrame(html: string, sandbox?: string): Promise<HTMLIFrameElement> {
  return loadedFrame((frame) => (frame.srcdoc = html), { sandbox });
}

/** The page at `address` on the test server in a new iframe at a desktop's size, loaded. Remove it with `frame.remove()`. */
export function pageAt(address: string): Promise<HTMLIFrameElement> {
  return loadedFrame((frame) => (frame.src = address), { width: '1280px', height: '900px' });
}

/** An inline script that records the page's console errors and uncaught errors: put it before any module. */
export const recordPageErrors = `<script>
  window.errors = [];
  const consoleError = console.error;
  console.error = (...args) => { errors.push(args.map(String).join(' ')); consoleError(...args); };
  addEventListener('error', (event) => errors.push(String(event.message)));
</script>`;

/** What `recordPageErrors` recorded in the frame's page. */
export const errorsIn = (frame: HTMLIFrameElement): string[] =>
  (frame.contentWindow as unknown as { errors: string[] }).errors;
