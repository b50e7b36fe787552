/**
 * Reading the DOM the elements render: their shadow roots, every element through nested shadow
 * roots, the focused node. Duck-typed where a frame's nodes come in: they are not instances of
 * this window's classes.
 */

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

/** The computed style, from the window of the node's own document (a frame's, for instance). */
export function styleOf(node: Element, pseudo?: string): CSSStyleDeclaration {
  return (node.ownerDocument.defaultView ?? window).getComputedStyle(node, pseudo);
}

export function backgroundOf(el: Element, selector = '[part="card"]'): string {
  const node = shadowQuery(el, selector);
  if (!node) throw new Error(`no ${selector} in <${el.localName}>`);
  return styleOf(node).backgroundColor;
}

/** Whether `node` is a shadow root, whatever window it comes from. */
export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
}

/**
 * Every element under `root` through open shadow roots, in shadow-including tree order: each
 * element, then its shadow tree, then its children. An element's own shadow tree is included.
 */
export function deepElements(root: Element | Document | ShadowRoot): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | Document | ShadowRoot): void => {
    for (const child of node.children) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  const { shadowRoot } = root as Partial<Element>;
  if (shadowRoot) walk(shadowRoot);
  walk(root);
  return found;
}

/** The elements under `root`, through open shadow roots, that match `selector`. */
export function deepQueryAll<T extends Element = HTMLElement>(
  root: Element | Document | ShadowRoot,
  selector: string,
): T[] {
  return deepElements(root).filter((node) => node.matches(selector)) as T[];
}

/** The first element under `root`, through open shadow roots, that matches `selector`. */
export function deepQuery<T extends Element = HTMLElement>(
  root: Element | Document | ShadowRoot,
  selector: string,
): T | null {
  return (deepElements(root).find((node) => node.matches(selector)) as T | undefined) ?? null;
}

/** The focused element, followed down through open shadow roots to the node that has focus. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The parent in the flat tree: a slotted node's slot, a shadow root's host. */
export function flatParent(node: Element): Element | null {
  if (node.assignedSlot) return node.assignedSlot;
  if (node.parentElement) return node.parentElement;
  const rootNode = node.getRootNode();
  return isShadowRoot(rootNode) ? rootNode.host : null;
}
