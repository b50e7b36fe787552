// The script of src/ssr/ssr.test.ts's server-rendered pages: Lit's hydration support first, then
// the element named by `?tag=` from the build that rendered it, the order hydration needs.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

const tag = new URL(import.meta.url).searchParams.get('tag');
await import(`/dist/esm/define/${tag}.js`);
