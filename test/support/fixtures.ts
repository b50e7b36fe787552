/** Small pieces of host page around an element under test: wrappers, styles, controls. */
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
