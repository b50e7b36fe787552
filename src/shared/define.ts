import { version } from '../generated/version.js';

/**
 * The tags already warned about, shared by every copy of this module on the page (the bundle and
 * an element's own entry each bring one), so a tag is warned about once however often it loads.
 * A registered symbol key keeps it out of the page's names.
 */
const warnedKey = Symbol.for('her2-widgets.warned-tags');

/** Where a class registered by define() keeps the version of the package file that registered it. */
const versionKey = Symbol.for('her2-widgets.version');

/** Made on the first clash, not on import: the package root has no side effects. */
function warnedTags(): Set<string> {
  const page = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  return (page[warnedKey] ??= new Set());
}

const versionOf = (constructor: CustomElementConstructor) =>
  (constructor as unknown as Record<symbol, string | undefined>)[versionKey];

/**
 * Registers `constructor` as `tag` only if the name is free. The same class again, or the same
 * element from another of the package's files of the same version (the CDN bundle and an
 * element's own entry on one page), is a no-op; any other class under a taken name warns once
 * per tag and leaves the page as it is.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    Object.defineProperty(constructor, versionKey, { value: version });
    customElements.define(tag, constructor);
    return;
  }
  if (existing === constructor || versionOf(existing) === version || warnedTags().has(tag)) return;
  warnedTags().add(tag);
  const other = versionOf(existing) ? `her2-widgets ${versionOf(existing)}` : 'other code';
  console.warn(
    `her2-widgets: <${tag}> is already registered by ${other}; this copy (her2-widgets ${version}) was not ` +
      `registered. To use both, register this class under another name with customElements.define().`,
  );
}
