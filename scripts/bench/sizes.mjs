// Compressed sizes of the built files, and the budgets they are held to.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The goals, in bytes (1 KB = 1,000 bytes), gzip level 9. */
export const budgets = {
  library: 20_000,
  element: 10_000,
};

/**
 * What `npm test` holds each file to today (about 2 % above its size when set, and never above
 * the goal once a file meets it), so that no change makes a bundle bigger unnoticed. Where a
 * ceiling is above its goal, BENCHMARKS.md shows the gap.
 */
export const ceilings = {
  'her2-widgets.js': 30_900,
  'define/biomarker-glossary.js': 15_300,
  'define/glossary-term.js': 13_000,
  'define/her2-article.js': 21_400,
  'define/her2-glossify.js': 15_400,
  'define/her2-status-explainer.js': 13_200,
  'define/her2-therapy-card.js': 15_800,
  'define/her2-therapy-overview.js': 16_300,
  'define/related-reading.js': 12_200,
  'define/source-list.js': 12_000,
  'define/treatment-decisions.js': 10_550,
};

/** The same for a minimal widget on the shared base (scripts/bench/size-floors.mjs). */
export const sharedBaseCeiling = 10_150;

/** What all the pictures together may add to the whole library, gzip. */
export const picturesBudget = 3_000;

export function compressedSize(code) {
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.length },
    }).length,
  };
}

/** `dist/her2-widgets.js` and every `dist/define/<tag>.js`, each with its sizes. */
export function distSizes(distDir = 'dist') {
  const files = [
    { file: 'her2-widgets.js', kind: 'library' },
    ...readdirSync(join(distDir, 'define'))
      .filter((name) => name.endsWith('.js'))
      .sort()
      .map((name) => ({ file: `define/${name}`, kind: 'element' })),
  ];
  return files.map(({ file, kind }) => ({
    file,
    kind,
    budget: budgets[kind],
    ...compressedSize(readFileSync(join(distDir, file))),
  }));
}
