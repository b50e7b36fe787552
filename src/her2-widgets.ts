// The CDN file, dist/her2-widgets.js: every element registered, and Lit's hydration support, so
// pre-rendered HTML (`her2-widgets render`, her2-widgets/ssr) is taken over in place instead of
// rendered a second time. The support must be evaluated before Lit's element base: first import.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './define/all.js';
