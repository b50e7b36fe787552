// The Rollup plugin that shortens the static text of Lit's css``, html`` and svg`` templates:
// @lit-labs/rollup-plugin-minify-html-literals (html-minifier-next for markup, Lightning CSS for
// styles), set up for what Lit, our templates and our UI strings need. Terser leaves template
// literals as they are, and most of their bytes are the indentation of the source.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {
  defaultShouldMinify,
  defaultShouldMinifyCSS,
  minifyHTMLLiterals,
} from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { Features } from 'lightningcss';
import { parseAst } from 'rollup/parseAst';
import { forEachNode } from './ast.mjs';

/**
 * The oldest engines that have every CSS feature our styles use (color-mix() sets the floor).
 * Lightning CSS writes nothing these lack: with no targets it would fold
 * `text-decoration-thickness` into the `text-decoration` shorthand, which Safari drops.
 */
const targets = { chrome: 111 << 16, firefox: 113 << 16, safari: (16 << 16) | (2 << 8) };

/**
 * What Lightning CSS must not add for those targets. Nesting: a `${…}` hole inside a rule reaches
 * Lightning CSS as an at-rule, which it would move out into a rule of its own. Vendor prefixes and
 * light-dark()/color-scheme fallbacks: the styles carry the ones they need; the minifier only shortens.
 */
const exclude = Features.Nesting | Features.VendorPrefixes | Features.LightDark;

/** html-minifier-next's settings on top of the plugin's defaults. */
const minifyOptions = {
  // Each template is a fragment whose edges touch other text: html` (${abbreviation})` or
  // html`${sentence} `. Collapse white space to one space, never remove it.
  conservativeCollapse: true,
  // html-minifier-next reads an svg`` fragment as HTML, outside any <svg>, where `<path/>` would
  // lose its slash and become an open element holding its siblings.
  keepClosingSlash: true,
  // An empty attribute can mean something (alt="" marks a decorative image, lang="" an unknown language).
  removeEmptyAttributes: false,
};

const strategy = {
  ...defaultStrategy,
  /**
   * `r=${r}/>`: Lit ends an unquoted attribute value before a `/>` that follows a binding
   * (lit-html adds a space there); html-minifier-next would read the `/` as part of the value.
   */
  combineHTMLStrings(parts, placeholder) {
    const text = parts.map((part, i) => (i > 0 && part.text.startsWith('/>') ? ` ${part.text}` : part.text));
    return text.join(placeholder);
  },
  /**
   * A css`` that holds only declarations (a palette, interpolated into a rule elsewhere) is not a
   * style sheet Lightning CSS can read: it is minified inside a rule, and keeps its last `;`, since
   * the interpolation may be followed by another declaration.
   */
  minifyCSS(css, options) {
    const cssOptions = { targets, exclude, ...options };
    try {
      return defaultStrategy.minifyCSS(css, cssOptions);
    } catch (error) {
      const rule = defaultStrategy.minifyCSS(`x{${css}}`, cssOptions);
      if (!rule.startsWith('x{') || !rule.endsWith('}')) throw error;
      const declarations = rule.slice(2, -1);
      return declarations && `${declarations};`;
    }
  },
};

/**
 * Where the module passes a template to msg(): the [start, end) of each such argument. Our
 * translations are found by the text of the English template (src/shared/i18n.ts hashes its
 * strings as lit-localize's extractor did), so a shortened one would lose its translation.
 * msg is whatever the module imports under that name: from '../shared/i18n.js' today, or from
 * '@lit/localize'.
 */
function msgArguments(code) {
  if (!code.includes('msg')) return [];
  const program = parseAst(code);
  const names = new Set();
  for (const node of program.body) {
    if (node.type !== 'ImportDeclaration') continue;
    for (const specifier of node.specifiers) {
      if (specifier.type === 'ImportSpecifier' && specifier.imported.name === 'msg') names.add(specifier.local.name);
    }
  }
  const ranges = [];
  if (names.size === 0) return ranges;
  forEachNode(program, (node) => {
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && names.has(node.callee.name)) {
      for (const argument of node.arguments) ranges.push([argument.start, argument.end]);
    }
  });
  return ranges;
}

export function minifyLiterals() {
  return minifyHTML({
    exclude: ['**/node_modules/**'],
    // A template it cannot read stops the build instead of leaving the whole module unshortened.
    failOnError: true,
    options: { strategy, minifyOptions },
    minifyHTMLLiterals(code, options) {
      const ranges = msgArguments(code);
      const inMsg = (template) =>
        ranges.some(([start, end]) => template.parts[0].start > start && template.parts[0].start < end);
      return minifyHTMLLiterals(code, {
        ...options,
        shouldMinify: (template) => defaultShouldMinify(template) && !inMsg(template),
        shouldMinifyCSS: (template) => defaultShouldMinifyCSS(template) && !inMsg(template),
      });
    },
  });
}
