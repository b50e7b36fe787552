import { generateMsgId } from '@lit/localize/internal/id-generation.js';

const ids = new Map<string | TemplateStringsArray, string>();

/** lit-localize's id of a UI string: the key of its translation in a generated catalogue. */
export function messageId(template: string | TemplateStringsArray): string {
  let id = ids.get(template);
  if (id === undefined) ids.set(template, (id = generateMsgId(template, false)));
  return id;
}
