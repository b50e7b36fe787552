import type { InputProblems, InvalidInput } from './input-problems.js';

export type LinkTarget = '_self' | '_blank' | '_parent' | '_top';
export const linkTargets: readonly LinkTarget[] = ['_self', '_blank', '_parent', '_top'];

/** The `link-target` links open in: one of `linkTargets`, else undefined (the default, same tab). */
export function knownLinkTarget(value: unknown): LinkTarget | undefined {
  return linkTargets.find((target) => target === value);
}

/** Flags a `link-target` the element cannot use; unset (undefined or null) is the default, not a problem. */
export function checkLinkTarget(value: unknown, problems: InputProblems): InvalidInput | undefined {
  const unknown = value !== undefined && value !== null && !knownLinkTarget(value);
  return unknown ? problems.unknown('link-target', value, linkTargets) : undefined;
}
