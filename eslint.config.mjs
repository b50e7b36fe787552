// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Built, generated (lit-localize, cem) or scratch output.
  globalIgnores(['dist/', 'node_modules/', 'src/generated/', 'custom-elements.json', '.tmp/']),

  js.configs.recommended,

  // TypeScript: the type-aware set. tsconfig.json already covers src/ and test/, so the project
  // service reuses the program tsc builds and a lint costs about a typecheck; in return the
  // type-aware rules catch what matters here: un-awaited promises, `any` leaking out of DOM and
  // Reflect APIs, assertions that say nothing.
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Lit calls template listeners (`@click=${this.onClick}`) with `this` as the host element,
      // and the tests keep real DOM methods to call through Reflect.apply; both read as unbound.
      '@typescript-eslint/unbound-method': 'off',
      // `const { dropped: _dropped, ...rest } = value` is how the code leaves a field out.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/jsx/*.ts'],
    rules: {
      // Adding tags to JSX.IntrinsicElements takes a namespace inside `declare module`...
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      // ...and an interface that only extends: merging an interface is the only way in.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    // Type tests: tsc compiles them against the built package (dist/), which lint does not need.
    files: ['test/types/**/*.tsx'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: {
      // Chai's property assertions (`expect(x).to.be.true`) are expressions whose getter asserts.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-floating-promises': [
        'error',
        // @open-wc/semantic-dom-diff types chai's `equal` as returning a Promise; it returns nothing.
        { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }] },
      ],
    },
  },

  // Lit templates and custom-element classes; every element extends Her2Element.
  {
    files: ['src/**/*.ts'],
    extends: [litConfigs['flat/recommended'], wcConfigs['flat/recommended']],
    settings: {
      lit: { elementBaseClasses: ['Her2Element'] },
      wc: { elementBaseClasses: ['LitElement', 'Her2Element'] },
    },
  },

  // Browser code: the library, its browser tests, the demo and the pages the benchmarks load.
  {
    files: [
      'src/**/*.ts',
      'test/**/*.ts',
      'test/**/*.tsx',
      'test/**/*.js',
      'demo/**/*.js',
      'scripts/bench/pages/**/*.js',
    ],
    languageOptions: { globals: globals.browser },
  },
  {
    // Loaded by its page as a classic script, before any module.
    files: ['test/reliability/fixtures/page-probe.js'],
    languageOptions: { sourceType: 'script' },
  },
  // Node code: build, bench and test scripts, test-runner plugins, node tests, config files.
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
  {
    // The callbacks these give page.evaluate() run in the page, where the browser's globals are.
    files: [
      'scripts/bench/browser-suites.mjs',
      'scripts/bench/host-page/*.mjs',
      'scripts/reserve-room.mjs',
      'scripts/e2e/*.mjs',
    ],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        customElements: 'readonly',
        getComputedStyle: 'readonly',
        PerformanceObserver: 'readonly',
      },
    },
  },
);
