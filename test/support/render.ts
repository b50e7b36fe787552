/** Rendering a state of test/support/elements.ts in a host page: this one or a frame's. */
import type { TaggedState } from './elements.js';
import { settle } from './settle.js';

/** The host page around a themed element: a dark page for the dark theme, as an embedder would. */
export const pageStyle: Readonly<Record<'light' | 'dark', string>> = {
  light: 'background: #ffffff; color: #1f2328',
  dark: 'background: #0d1117; color: #e6edf3',
};

/** Host markup as nodes of `doc`, parsed in this page (a frame's policy may refuse HTML strings). */
function hostMarkup(doc: Document, markup: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return doc.importNode(template.content, true);
}

export interface RenderOptions {
  /** Where the element goes (default: a new `<div>` at the end of this page's body). */
  readonly parent?: Element;
  readonly theme?: string;
}

/**
 * Creates the state's element in `parent`'s document, with its attributes, properties, host
 * content and the host markup around it, and resolves with it once it has rendered; the state's
 * `prepare` is left to the caller (`renderState` runs it).
 */
export async function placeState(state: TaggedState, { parent, theme }: RenderOptions = {}): Promise<HTMLElement> {
  const host = parent ?? document.body.appendChild(document.createElement('div'));
  const doc = host.ownerDocument;
  if (!host.isConnected) doc.body.append(host);
  const el = doc.createElement(state.tag);
  for (const [name, value] of Object.entries(state.attributes ?? {})) el.setAttribute(name, value);
  if (theme) el.setAttribute('theme', theme);
  Object.assign(el, state.properties ?? {});
  if (state.content) el.append(hostMarkup(doc, state.content));
  if (state.around) {
    const [before, after] = state.around;
    const markup = hostMarkup(doc, `${before}<slot data-element></slot>${after}`);
    markup.querySelector('slot[data-element]')!.replaceWith(el);
    host.append(markup);
  } else {
    host.append(el);
  }
  await settle(el);
  return el;
}

/** `placeState`, then the state's `prepare`, as a reader brings the element into the state. */
export async function renderState(state: TaggedState, options: RenderOptions = {}): Promise<HTMLElement> {
  const el = await placeState(state, options);
  await state.prepare?.(el);
  await settle(el);
  return el;
}

/** Removes what `renderState` and the tests added to the page. */
export function cleanUp(...nodes: Array<Node | undefined>): void {
  for (const node of nodes) node?.parentNode?.removeChild(node);
}
