// The embed-code builder's server renderer: her2-widgets/ssr in a worker, away from the page's
// own elements. `npm run build` bundles it for the browser as dist/playground/ssr-worker.js.
import { PageFragments } from '../dist/esm/ssr/index.js';

self.addEventListener('message', async ({ data: { id, tag, attributes } }) => {
  try {
    self.postMessage({ id, html: await new PageFragments().renderElement(tag, attributes) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
