// Dev-server middleware: text responses gzip-compressed, as any CDN or blog host serves them.
// Lighthouse times the page's requests from their transfer sizes, so an uncompressed bundle
// would be timed at about three times its weight on the wire.
import { gzipSync } from 'node:zlib';

const compressible = /html|javascript|css|json|svg/;

async function bodyBytes(body) {
  if (typeof body?.pipe !== 'function') return body;
  const chunks = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export async function gzip(context, next) {
  await next();
  context.vary('Accept-Encoding');
  if (context.status !== 200 || !context.body || !compressible.test(context.type)) return;
  if (context.acceptsEncodings('gzip', 'identity') !== 'gzip') return;
  context.body = gzipSync(await bodyBytes(context.body));
  context.set('Content-Encoding', 'gzip');
}
