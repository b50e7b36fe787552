/** @type {import('prettier').Config} */
export default {
  printWidth: 120,
  singleQuote: true,
  // Lit's html`` and css`` templates are left as written: their whitespace is rendered text, and
  // the build's template minifier and the fidelity tests read them as they stand.
  embeddedLanguageFormatting: 'off',
};
