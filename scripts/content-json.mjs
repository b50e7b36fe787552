// Writes dist/content.json (`her2-widgets/content.json`): the reviewed content as plain JSON for
// consumers that do not run JavaScript, from the built dist/esm/content/index.js.
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const contentJsonPath = 'dist/content.json';

/** Every data export of the content module, in its order; functions are left out. */
export async function contentData(modulePath = 'dist/esm/content/index.js') {
  const module = await import(pathToFileURL(modulePath).href);
  return Object.fromEntries(Object.entries(module).filter(([, value]) => typeof value !== 'function'));
}

export async function contentJson() {
  const { name, version } = JSON.parse(await readFile('package.json', 'utf8'));
  return `${JSON.stringify({ package: name, version, content: await contentData() }, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(contentJsonPath, await contentJson());
  console.log(`${contentJsonPath} written`);
}
