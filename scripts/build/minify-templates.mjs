// A Rollup plugin that shortens the static text of Lit's css``, html`` and svg`` templates in our
// own modules. Terser leaves template literals as they are, and most of their bytes are the
// indentation of the source.
import MagicString from 'magic-string';
import { shortenCss, shortenMarkup } from './template-text.mjs';

const shortenerOf = { css: shortenCss, html: shortenMarkup, svg: shortenMarkup };

/** The local names under which the module imports `names` from `source`, each with what it maps to. */
function importedNames(program, source, names) {
  const found = new Map();
  for (const node of program.body) {
    if (node.type !== 'ImportDeclaration' || node.source.value !== source) continue;
    for (const specifier of node.specifiers) {
      const name = specifier.type === 'ImportSpecifier' && specifier.imported.name;
      if (Object.hasOwn(names, name)) found.set(specifier.local.name, names[name]);
    }
  }
  return found;
}

function visit(node, parent, callback) {
  callback(node, parent);
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child.type === 'string') visit(child, node, callback);
    }
  }
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('`')) return null;
      const program = this.parse(code);
      const tags = importedNames(program, 'lit', shortenerOf);
      if (tags.size === 0) return null;
      // @lit/localize finds a msg() template's translation by a hash of its text.
      const msg = importedNames(program, '@lit/localize', { msg: true });
      const text = new MagicString(code);
      visit(program, null, (node, parent) => {
        const shorten = node.type === 'TaggedTemplateExpression' && tags.get(node.tag.name);
        if (!shorten || (parent?.type === 'CallExpression' && msg.has(parent.callee.name))) return;
        const { quasis } = node.quasi;
        // Escapes would need decoding first; and the positions must be those of the raw text.
        const raw = quasis.map((quasi) => quasi.value.raw);
        if (raw.some((part, i) => part.includes('\\') || code.slice(quasis[i].start, quasis[i].end) !== part)) return;
        const shortened = shorten(raw);
        shortened?.forEach((part, i) => {
          if (part === raw[i]) return;
          if (part === '') text.remove(quasis[i].start, quasis[i].end);
          else text.update(quasis[i].start, quasis[i].end, part);
        });
      });
      return text.hasChanged() ? { code: text.toString(), map: text.generateMap({ hires: true }) } : null;
    },
  };
}
