/**
 * Small helpers shared by the browser tests: rendering an element inside a wrapper, reading
 * its shadow DOM, capturing console.warn without sinon, and recording the events that reach
 * the document.
 */
import { elementUpdated, fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/**
 * Renders `template`, a wrapper (a themed or `lang` ancestor) around one `tag` element, and
 * resolves with that element once it has rendered. `fixture()` would wait for an animation
 * frame before returning a plain wrapper, and a test page in a background tab may never get one.
 */
export async function fixtureWrapped<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  template: TemplateResult,
): Promise<HTMLElementTagNameMap[K]> {
  const el = fixtureSync<HTMLElement>(template).querySelector(tag);
  if (!el) throw new Error(`the template has no <${tag}>`);
  return elementUpdated(el);
}

/** White space collapsed, so assertions do not depend on template indentation. */
export function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** The text of the shadow root, or of the first node in it matching `selector`. */
export function shadowText(el: Element, selector?: string): string {
  const node = selector ? root(el).querySelector(selector) : root(el);
  return normalize(node?.textContent);
}

export function shadowQuery<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  return root(el).querySelector<T>(selector);
}

export function shadowQueryAll<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...root(el).querySelectorAll<T>(selector)];
}

/** Tag names of the shadow root's headings, in document order: `['h3', 'h4', …]`. */
export function headingTags(el: Element): string[] {
  return shadowQueryAll(el, 'h1, h2, h3, h4, h5, h6').map((heading) => heading.localName);
}

export function backgroundOf(el: Element, selector = '[part="card"]'): string {
  const node = shadowQuery(el, selector);
  if (!node) throw new Error(`no ${selector} in <${el.localName}>`);
  return getComputedStyle(node).backgroundColor;
}

export interface WarnCapture {
  /** The arguments of each console.warn call made during the current test. */
  readonly calls: unknown[][];
  /** Each call's arguments joined as one string. */
  readonly messages: string[];
}

/**
 * Replaces console.warn for every test of the enclosing `describe` and restores it after each,
 * so a failing assertion never leaves the stub in place.
 */
export function captureWarnings(): WarnCapture {
  const calls: unknown[][] = [];
  let original: typeof console.warn | undefined;
  beforeEach(() => {
    calls.length = 0;
    original = console.warn;
    console.warn = (...args: unknown[]) => {
      calls.push(args);
    };
  });
  afterEach(() => {
    if (original) console.warn = original;
    original = undefined;
  });
  return {
    calls,
    get messages() {
      return calls.map((args) => args.map(String).join(' '));
    },
  };
}

/**
 * Records every `type` event that reaches `document` during each test of the enclosing
 * `describe`: reaching the document from an element's shadow DOM proves it bubbles.
 */
export function recordEvents<T = unknown>(type: string): CustomEvent<T>[] {
  const events: CustomEvent<T>[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent<T>);
  beforeEach(() => {
    events.length = 0;
    document.addEventListener(type, listener);
  });
  afterEach(() => {
    document.removeEventListener(type, listener);
  });
  return events;
}

/** The focused element, followed down through open shadow roots to the node that has focus. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * An empty `<div>` with these attributes, to pass as a fixture's `parentNode` (the fixture is
 * its first element child). A fixture whose root is a plain `<div>` waits for an animation
 * frame, and frames pause while the test page is in a background tab (several test files run at
 * once); a fixture rooted at the element itself waits only for the element's own update.
 */
export function container(attributes: Record<string, string>): HTMLDivElement {
  const div = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) div.setAttribute(name, value);
  return div;
}

/** A `<style>` element with this CSS text, e.g. to style `::part()`s from the test page. */
export function styleElement(cssText: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = cssText;
  return style;
}

/** Puts a button just before and just after `el`, to follow Tab into, through and out of it. */
export function betweenButtons(el: Element): { before: HTMLButtonElement; after: HTMLButtonElement } {
  const before = Object.assign(document.createElement('button'), { textContent: 'before' });
  const after = Object.assign(document.createElement('button'), { textContent: 'after' });
  el.before(before);
  el.after(after);
  return { before, after };
}

/**
 * The text a reader sees in `node`, following shadow roots and slots in rendering order and
 * leaving out what is not rendered (closed popovers, hidden parts). Block boxes are set apart
 * by a space; inline ones run on, as they read.
 */
export function visibleText(node: Node): string {
  const pieces: string[] = [];
  const walk = (current: Node): void => {
    if (current instanceof Text) {
      pieces.push(current.data);
      return;
    }
    if (!(current instanceof Element)) {
      current.childNodes.forEach(walk);
      return;
    }
    if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(current.tagName)) return;
    if (current instanceof HTMLSlotElement) {
      // A slot has no box of its own (display: contents), so it is never "visible" itself.
      const assigned = current.assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...current.childNodes]).forEach(walk);
      return;
    }
    if (!current.checkVisibility()) return;
    const display = getComputedStyle(current).display;
    const block = !display.startsWith('inline') && display !== 'contents';
    if (block) pieces.push(' ');
    (current.shadowRoot ?? current).childNodes.forEach(walk);
    if (block) pieces.push(' ');
  };
  walk(node);
  return normalize(pieces.join(''));
}
