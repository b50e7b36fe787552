import type { LitElement } from 'lit';

/**
 * A new registry where shadow roots can have one of their own (Chromium 146+, Safari 26);
 * undefined where an engine has one per page (WebKitGTK 2.50 names the constructor but refuses it).
 */
function newRegistry(): CustomElementRegistry | undefined {
  if (typeof CustomElementRegistry !== 'function' || !('initialize' in CustomElementRegistry.prototype))
    return undefined;
  try {
    return new CustomElementRegistry();
  } catch {
    return undefined;
  }
}

/**
 * The shadow-root options of a composite whose shadow root defines `children` in a registry of
 * its own, so that a host page's own element of the same name (its own `<source-list>`, say)
 * cannot take their place. Where the engine has no scoped registries, `options` as they are:
 * the children come from the page's registry, as any element's.
 */
export function withOwnRegistry(
  options: ShadowRootInit,
  children: Readonly<Record<string, CustomElementConstructor>>,
): ShadowRootInit {
  const registry = newRegistry();
  if (!registry) return options;
  for (const [tag, constructor] of Object.entries(children)) registry.define(tag, constructor);
  return { ...options, customElementRegistry: registry };
}

/** Makes Lit create the composite's template nodes in its shadow root's registry, if it has one. */
export function renderInOwnRegistry(host: LitElement): void {
  const { shadowRootOptions } = host.constructor as typeof LitElement;
  const registry = shadowRootOptions.customElementRegistry;
  if (!registry) return;
  host.renderOptions.creationScope = {
    importNode: (node: Node) => document.importNode(node, { customElementRegistry: registry }),
  };
}

/** A new `tag` element from the registry that `context` was created in (a composite's, or the page's). */
export function createElementBeside<K extends keyof HTMLElementTagNameMap>(
  context: Element,
  tag: K,
): HTMLElementTagNameMap[K] {
  // Element.customElementRegistry is newer than TypeScript's DOM types.
  const registry = (context as { customElementRegistry?: CustomElementRegistry | null }).customElementRegistry;
  return context.ownerDocument.createElement(tag, registry ? { customElementRegistry: registry } : undefined);
}
