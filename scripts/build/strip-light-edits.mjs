// The Rollup plugin that leaves the content's light-edit records (`edit: {from, change}`, see
// src/content/types.ts) out of the browser files. They say which seed words a shown text was
// edited from, for the clinical reviewer's packet (docs/content-review.md), which reads them from
// dist/esm; no element shows them, and they were a kilobyte of the bundle.
import { resolve, sep } from 'node:path';
import MagicString from 'magic-string';
import { forEachNode } from './ast.mjs';

const contentFolder = resolve('dist/esm/content') + sep;

const keyName = (property) => (property.key.type === 'Identifier' ? property.key.name : property.key.value);

/** `edit: {…}` as a property of an object literal, not computed and not a method. */
const isLightEdit = (property) =>
  property.type === 'Property' &&
  !property.computed &&
  property.kind === 'init' &&
  keyName(property) === 'edit' &&
  property.value.type === 'ObjectExpression';

export function stripLightEdits() {
  return {
    name: 'strip-light-edits',
    transform(code, id) {
      if (!id.startsWith(contentFolder) || !code.includes('edit')) return null;
      const text = new MagicString(code);
      forEachNode(this.parse(code), (node) => {
        if (node.type !== 'ObjectExpression') return;
        node.properties.forEach((property, index) => {
          if (!isLightEdit(property)) return;
          // Up to the next property, or to the closing brace: its comma and spacing go with it.
          text.remove(property.start, node.properties[index + 1]?.start ?? node.end - 1);
        });
      });
      return text.hasChanged() ? { code: text.toString(), map: text.generateMap({ hires: true }) } : null;
    },
  };
}
