// Compressed sizes of the built files and of the pages they make, and the budgets they are held
// to. A page's bytes are those of every file it loads, each compressed on its own, as a CDN
// sends them: an element's entry and the chunks it imports (dist/modules.json says which).
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { modulesOf } from '../../dist/esm/cdn/pinned-snippet.js';

/** The goals, in bytes (1 KB = 1,000 bytes), gzip level 9. */
export const goals = {
  /** A page with one single-topic element, counting everything it imports. */
  singleTopicPage: 14_000,
  /** A page with one composite element (it renders others), counting everything it imports. */
  compositePage: 20_000,
  /** A page with three kinds of element, each from its own entry, to the largest of the three alone. */
  threeKindsRatio: 1.25,
  autoloader: 2_000,
};

export const composites = ['her2-article', 'her2-therapy-overview', 'her2-glossify'];

/** The three kinds of README's first snippet. */
export const threeKinds = ['her2-therapy-card', 'biomarker-glossary', 'source-list'];

/**
 * What `npm test` holds each page and file to today (about 2 % above its size when set, and
 * never above the goal once it meets it), so that no change adds bytes unnoticed. Where a
 * ceiling is above its goal, BENCHMARKS.md shows the gap.
 */
export const ceilings = {
  pages: {
    'biomarker-glossary': 16_100,
    'glossary-term': 15_900,
    'her2-article': 26_700,
    'her2-glossify': 19_400,
    'her2-status-explainer': 13_500,
    'her2-therapy-card': 17_950,
    'her2-therapy-overview': 19_200,
    'related-reading': 13_500,
    'source-list': 13_300,
    'treatment-decisions': 11_500,
  },
  threeKindsRatio: 1.32,
  bundle: 29_400,
  autoloader: 2_000,
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

/** The source modules a built file holds (from its source map), as paths from the repository root. */
export function sourcesOf(file) {
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  return map.sources.map((source) => relative('.', resolve(dirname(file), source)));
}

const moduleTable = (distDir) => JSON.parse(readFileSync(join(distDir, 'modules.json'), 'utf8'));

/** Every module of the CDN build (path in dist/ → sizes), the bundle and the autoloader first. */
function moduleSizes(distDir = 'dist', table = moduleTable(distDir)) {
  const paths = Object.keys(table).sort((a, b) => a.split('/').length - b.split('/').length);
  return Object.fromEntries(paths.map((path) => [path, compressedSize(readFileSync(join(distDir, path)))]));
}

/** What a page loads for `tags`, each from its own entry: the files, and their sizes added up. */
function pageSize(tags, table, sizes) {
  const files = modulesOf(
    table,
    tags.map((tag) => `define/${tag}.js`),
    false,
  );
  const total = (key) => files.reduce((sum, file) => sum + sizes[file][key], 0);
  return { tags, files, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') };
}

/** Each element's page, the three-kinds page and its ratio, the bundle and the autoloader. */
export function distSizes(distDir = 'dist') {
  const table = moduleTable(distDir);
  const modules = moduleSizes(distDir, table);
  const pages = Object.keys(ceilings.pages).map((tag) => ({
    ...pageSize([tag], table, modules),
    goal: composites.includes(tag) ? goals.compositePage : goals.singleTopicPage,
  }));
  const three = pageSize(threeKinds, table, modules);
  const largest = Math.max(...pages.filter((page) => threeKinds.includes(page.tags[0])).map((page) => page.gzip));
  return {
    modules,
    pages,
    threeKinds: { ...three, ratio: three.gzip / largest },
    bundle: modules['her2-widgets.js'],
    autoloader: modules['autoloader.js'],
  };
}
