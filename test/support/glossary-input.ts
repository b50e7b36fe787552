/**
 * A reader's input to the glossary elements: typing in `<biomarker-glossary>`'s search box and
 * opening a `<glossary-term>`. Events come from the element's own window, so a frame's elements
 * get events of their own.
 */
import { elementUpdated, waitUntil } from '@open-wc/testing';
import { deepQuery } from './dom.js';
import { settle } from './settle.js';

type Constructors = Window & typeof globalThis;

/**
 * Puts `query` in the glossary's search box the way typing does: the new value, then an `input`
 * event that bubbles out of the shadow root. Returns false, and does nothing, when the glossary
 * has no search box (`no-search`). Does not wait for the glossary to render the result.
 */
export function enterQuery(glossary: Element, query: string): boolean {
  const input = glossary.shadowRoot?.querySelector<HTMLInputElement>('input[part="search"]');
  if (!input) return false;
  const { InputEvent } = input.ownerDocument.defaultView as Constructors;
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: query }));
  return true;
}

/** Types `query` into the glossary's search box and resolves once the glossary shows the result. */
export async function typeInGlossary(glossary: Element, query: string): Promise<void> {
  if (!enterQuery(glossary, query)) throw new Error(`<${glossary.localName}> has no search box`);
  await settle(glossary);
}

/** The first `<glossary-term>` of `el`, once it exists (`<her2-glossify>` defines terms after a task). */
export async function waitForTerm(el: HTMLElement): Promise<HTMLElement> {
  if (el.localName === 'glossary-term') return el;
  await waitUntil(() => deepQuery(el, 'glossary-term'), `no <glossary-term> in <${el.localName}>`);
  const term = deepQuery(el, 'glossary-term')!;
  await settle(term);
  return term;
}

/** The first `<glossary-term>` in `el` or its shadow tree, opened by a click on it. */
export async function openFirstTerm(el: HTMLElement): Promise<void> {
  const term = await waitForTerm(el);
  const button = term.shadowRoot?.querySelector<HTMLElement>('[part="term"]');
  if (!button) throw new Error('no [part="term"] in <glossary-term>');
  button.click();
  await elementUpdated(term);
  if (!term.hasAttribute('open')) throw new Error('the term did not open');
}
