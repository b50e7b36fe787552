/** Every light edit in the content's data: `{text, edit}`, the shown text and its edit record. */
export function lightEdits(node, found = []) {
  if (!node || typeof node !== 'object') return found;
  if (node.edit) found.push({ text: node.text ?? node.definition, edit: node.edit });
  for (const value of Object.values(node)) lightEdits(value, found);
  return found;
}
