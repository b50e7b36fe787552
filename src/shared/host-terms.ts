import type { GlossaryEntry } from '../content/types.js';

export interface HostTermsCheck {
  readonly accepted: readonly GlossaryEntry[];
  /** Each refused item, as the host gave it. */
  readonly refused: readonly unknown[];
}

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
const maxTextLength = 10_000;

function isText(value: unknown, maxLength = maxTextLength): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= maxLength;
}

function isHostTerm(item: unknown): item is GlossaryEntry {
  if (!item || typeof item !== 'object') return false;
  const { id, term, definition, abbreviation } = item as Record<string, unknown>;
  return (
    isText(id, 100) &&
    idPattern.test(id) &&
    isText(term, 200) &&
    isText(definition) &&
    (abbreviation === undefined || isText(abbreviation, 50))
  );
}

/**
 * Splits host-supplied glossary terms into those that can be shown and those that cannot:
 * not an object, missing or empty text, an id that is not lower-case kebab-case, or an id
 * that is already taken (built-in terms keep their reviewed definitions).
 */
export function checkHostTerms(value: unknown, takenIds: ReadonlySet<string>): HostTermsCheck {
  if (value === undefined || value === null) return { accepted: [], refused: [] };
  if (!Array.isArray(value)) return { accepted: [], refused: [value] };
  const seen = new Set(takenIds);
  const accepted: GlossaryEntry[] = [];
  const refused: unknown[] = [];
  for (const item of value) {
    if (isHostTerm(item) && !seen.has(item.id)) {
      seen.add(item.id);
      const { id, term, definition, abbreviation } = item;
      accepted.push(Object.freeze({ id, term, definition, abbreviation }));
    } else {
      refused.push(item);
    }
  }
  return { accepted, refused };
}
