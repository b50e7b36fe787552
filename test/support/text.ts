/** The text a reader meets in an element: what is on screen, all of it, and a picture's name. */
import { normalize } from './dom.js';

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

/**
 * The text of `node` with its shadow trees, in tree order, shown or not: for checks that a phrase
 * is rendered. Duck-typed, so it reads a frame's nodes too.
 */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node): void => {
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.nodeValue ?? '');
    const element = current as Element;
    if (element.localName === 'style') return;
    if (element.shadowRoot) walk(element.shadowRoot);
    current.childNodes.forEach(walk);
  };
  walk(node);
  return normalize(parts.join(' '));
}

/**
 * What assistive technology announces for a `role="img"` node: the text of the nodes its
 * `aria-labelledby` and `aria-describedby` name, looked up in its own tree (document or shadow root).
 */
export function textAlternative(img: Element): { name: string; description: string } {
  const root = img.getRootNode() as Document | ShadowRoot;
  const read = (attribute: string) =>
    normalize(
      (img.getAttribute(attribute) ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => root.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
  return { name: read('aria-labelledby'), description: read('aria-describedby') };
}
