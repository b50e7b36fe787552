import { glossary } from '../content/glossary.js';

/**
 * The ids of the reviewed glossary's terms. A translation keeps the English ids, so these are
 * the built-in ids in every language, and no host term may take one.
 */
export const builtInIds: ReadonlySet<string> = new Set(glossary.map((entry) => entry.id));
