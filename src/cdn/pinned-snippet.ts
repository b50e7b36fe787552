/**
 * What a page writes to load elements from the code-split CDN build with every file pinned by its
 * hash: a script tag's `integrity` covers only that file, so an import map carries an `integrity`
 * entry for each module the entries import (the shared chunks, and the locales they may load),
 * `modulepreload` tags fetch the chunks at once, and a strict CSP allows the inline import map by
 * its own hash. The module table is the build's dist/modules.json.
 */

/** A module of the CDN build, as dist/modules.json lists it: paths are relative to dist/. */
export interface BuiltModule {
  readonly integrity: string;
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
}

export type ModuleTable = Readonly<Record<string, BuiltModule>>;

/** `paths` and every module they import, statically and, with `dynamic`, at run time too. */
export function modulesOf(table: ModuleTable, paths: readonly string[], dynamic = true): string[] {
  const found = new Set<string>();
  const visit = (path: string) => {
    const module = table[path];
    if (!module || found.has(path)) return;
    found.add(path);
    for (const imported of [...module.imports, ...(dynamic ? module.dynamicImports : [])]) visit(imported);
  };
  paths.forEach(visit);
  return [...found];
}

/** The URL of a module of dist/ on a host that serves the package's folder at `base`. */
export function moduleUrl(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}dist/${path}`;
}

/** An import map whose `integrity` pins each of `paths`. */
export function importMap(base: string, table: ModuleTable, paths: readonly string[]): string {
  const integrity = Object.fromEntries(paths.map((path) => [moduleUrl(base, path), table[path].integrity]));
  return JSON.stringify({ integrity }, null, 2);
}

export interface PinnedSnippet {
  /** The import map, the modulepreload tags and the entries' script tags, in that order. */
  readonly html: string;
  /** The text of the inline import map, whose hash a strict CSP lists in `script-src`. */
  readonly importMap: string;
}

const pinned = (base: string, table: ModuleTable, path: string) =>
  `href="${moduleUrl(base, path)}" integrity="${table[path].integrity}" crossorigin="anonymous"`;

/** The snippet that loads `entries` (paths in dist/, such as `define/source-list.js`), every file pinned. */
export function pinnedSnippet(base: string, table: ModuleTable, entries: readonly string[]): PinnedSnippet {
  const map = importMap(base, table, modulesOf(table, entries));
  const preloads = modulesOf(table, entries, false).filter((path) => !entries.includes(path));
  const lines = [
    `<script type="importmap">\n${map}\n</script>`,
    ...preloads.map((path) => `<link rel="modulepreload" ${pinned(base, table, path)}>`),
    ...entries.map((path) => `<script type="module" ${pinned(base, table, path).replace('href=', 'src=')}></script>`),
  ];
  return { html: `${lines.join('\n')}\n`, importMap: `\n${map}\n` };
}

/** The CSP source that allows an inline script of this text: `'sha256-…'`. */
export async function cspHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}
