/**
 * The one rule for term ids the host writes (`terms`, `term`): case and outer spaces do not
 * count, so "HER2", " her2 " and "her2" name the same term.
 */
export function normalizeTermId(id: string): string {
  return id.trim().toLowerCase();
}

/** The ids of a space-separated list such as the `terms` attribute, as the host wrote them. */
export function splitTermIds(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}
