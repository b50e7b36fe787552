/**
 * dist/autoloader.js: one small script for pages that do not know which widgets they show. It
 * finds the widgets' tags in the document, now and whenever some are added later, and imports
 * each one's entry (dist/define/<tag>.js, beside this file) once, so a page loads only the
 * elements it uses. An entry that cannot be loaded (missing, or refused by its integrity) is
 * reported once on the console and registers nothing.
 */
import { autoloadedTags } from './autoloaded-tags.js';

const entries = new URL('./define/', import.meta.url);
const requested = new Set<string>();
const waiting = autoloadedTags.map((tag) => `${tag}:not(:defined)`).join(',');

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  const url = new URL(`${tag}.js`, entries).href;
  import(url).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`her2-widgets: <${tag}> could not be loaded from ${url}, so it stays undefined (${reason}).`);
  });
}

function loadWithin(root: Element | Document): void {
  if (root instanceof Element && root.matches(waiting)) load(root.localName);
  for (const el of root.querySelectorAll(waiting)) load(el.localName);
}

loadWithin(document);
const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) loadWithin(node);
  if (requested.size === autoloadedTags.length) observer.disconnect();
});
observer.observe(document.documentElement, { childList: true, subtree: true });
