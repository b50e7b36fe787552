const warnedTags = new Set<string>();

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
  if (existing === constructor || warnedTags.has(tag)) return;
  warnedTags.add(tag);
  console.warn(
    `her2-widgets: <${tag}> is already registered by other code; this copy was not registered. ` +
      `To use both, register this class under another name with customElements.define().`,
  );
}
