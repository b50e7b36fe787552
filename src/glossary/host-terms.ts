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

/** The item's fields, read once: a getter could answer differently each time, or throw. */
function readHostTerm(item: unknown): GlossaryEntry | undefined {
  try {
    if (!item || typeof item !== 'object') return undefined;
    const { id, term, definition, abbreviation } = item as Record<string, unknown>;
    const copy = { id, term, definition, abbreviation };
    return isHostTerm(copy) ? Object.freeze(copy) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Splits host-supplied glossary terms into those that can be shown and those that cannot:
 * not an object, missing or empty text, an id that is not lower-case kebab-case, or an id
 * that is already taken (built-in terms keep their reviewed definitions). Never throws, even
 * for a proxy or a getter that does: what cannot be read is refused.
 */
export function checkHostTerms(value: unknown, takenIds: ReadonlySet<string>): HostTermsCheck {
  if (value === undefined || value === null) return { accepted: [], refused: [] };
  let items: unknown[];
  try {
    if (!Array.isArray(value)) return { accepted: [], refused: [value] };
    items = [...(value as unknown[])];
  } catch {
    return { accepted: [], refused: [value] };
  }
  const seen = new Set(takenIds);
  const accepted: GlossaryEntry[] = [];
  const refused: unknown[] = [];
  for (const item of items) {
    const entry = readHostTerm(item);
    if (entry && !seen.has(entry.id)) {
      seen.add(entry.id);
      accepted.push(entry);
    } else {
      refused.push(item);
    }
  }
  return { accepted, refused };
}
