/**
 * The test server's side of test/reliability/integrity.test.ts: the build's files byte for byte
 * as a CDN serves them (the test server itself rewrites the imports of the files it serves), under
 * /cdn/, and as a compromised CDN would serve them, under /tampered/: every file as built but the
 * shared chunk, which has one more statement at its end. A folder between the prefix and dist/
 * (/tampered/again/dist/…) gives the same files at other URLs, which no browser has cached.
 * Any origin may fetch them, as from a CDN: a sandboxed frame's requests come from no origin.
 */
import { readFile } from 'node:fs/promises';

const tampered = (path, code) =>
  /^dist\/chunks\/shared-[\w-]+\.js$/.test(path) ? `${code}\nglobalThis.tampered = true;\n` : code;

const prefixes = { '/cdn/': (path, code) => code, '/tampered/': tampered };

export async function cdnMiddleware(context, next) {
  const [, prefix, path] = /^(\/[a-z]+\/)(?:[\w-]+\/)?(dist\/.*)$/.exec(context.path) ?? [];
  if (!prefixes[prefix]) return next();
  let code;
  try {
    code = await readFile(path, 'utf8');
  } catch {
    return next();
  }
  context.type = path.split('.').pop();
  context.body = prefixes[prefix](path, code);
  context.set('Access-Control-Allow-Origin', '*');
  return undefined;
}
