/**
 * The tags already warned about, shared by every copy of this module on the page (the bundle and
 * an element's own entry each bring one), so a tag is warned about once however often it loads.
 * A registered symbol key keeps it out of the page's names.
 */
const warnedKey = Symbol.for('her2-widgets.warned-tags');

/** Made on the first clash, not on import: the package root has no side effects. */
function warnedTags(): Set<string> {
  const page = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  return (page[warnedKey] ??= new Set());
}

/**
 * Registers `constructor` as `tag` only if the name is free. The same class again is a
 * no-op; a different class under a taken name warns once per tag and leaves the page as it is.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing === constructor || warnedTags().has(tag)) return;
  warnedTags().add(tag);
  console.warn(
    `her2-widgets: <${tag}> is already registered by other code; this copy was not registered. ` +
      `To use both, register this class under another name with customElements.define().`,
  );
}
