// The versions of the host page the "Host page" benchmark loads, as a blogger would make them:
// without widgets (the baseline), with README's first snippet as written, the same snippet
// loading dist/autoloader.js instead of the bundle, and the same widgets pre-rendered by
// `her2-widgets render … + …` with the CDN file, and their text and styles as plain HTML of the
// page's own, with no widget (what that much content costs by itself). The library's files
// come from /cdn/, which the benchmark's server answers 300 ms late, as a CDN would.
import { readFileSync } from 'node:fs';
import { PageFragments } from '../../../dist/esm/ssr/index.js';
import { blogPage } from './blog.mjs';
import { asPlainHtml } from './plain-html.mjs';

export const cdnPrefix = '/cdn/';
export const plainHtmlPage = 'the same text as plain HTML';
const readmeCdn = 'https://your-cdn.example/her2-widgets/';
const cdnScript = `<script type="module" src="${cdnPrefix}dist/her2-widgets.js"></script>`;

/** Each widget's place gets its HTML; the first also gets `before` (a script, styles). */
const startingWith = (before, widgets) => widgets.map((widget, index) => (index === 0 ? before + widget : widget));

/** README's first ```html block, loading from the benchmark's CDN. */
function readmeSnippet() {
  const snippet = readFileSync('README.md', 'utf8').match(/```html\n([\s\S]*?)```/)[1];
  if (!snippet.includes(readmeCdn)) throw new Error(`README's first snippet no longer loads from ${readmeCdn}`);
  return snippet.replaceAll(readmeCdn, cdnPrefix);
}

/** The snippet cut where the post's paragraphs go: what comes before the first tag, then each tag. */
function snippetWidgets() {
  const snippet = readmeSnippet();
  const tags = [...snippet.matchAll(/^<([a-z0-9]+-[a-z0-9-]+)[^>]*><\/\1>$/gm)];
  const head = snippet.slice(0, tags[0].index);
  return startingWith(
    head,
    tags.map(([tag]) => tag),
  );
}

/** The same widgets, rendered on the server for one page. */
async function preRenderedFragments() {
  const page = new PageFragments();
  return [
    await page.renderElement('her2-therapy-card', { type: 'adc', 'heading-level': 2 }),
    await page.renderElement('biomarker-glossary', { 'heading-level': 2 }),
    await page.renderElement('source-list', { collapsed: true, 'heading-level': 2 }),
  ];
}

/** Page name → HTML. The widgets go after the post's first paragraphs, one per gap. */
export async function hostPages() {
  const after = (widgets) => [undefined, ...widgets];
  const withAutoloader = snippetWidgets().map((widget) =>
    widget.replace(`${cdnPrefix}dist/her2-widgets.js`, `${cdnPrefix}dist/autoloader.js`),
  );
  const fragments = await preRenderedFragments();
  const plain = asPlainHtml(fragments);
  return {
    'without widgets': blogPage(),
    "README's snippet": blogPage({ widgets: after(snippetWidgets()) }),
    'the snippet with dist/autoloader.js': blogPage({ widgets: after(withAutoloader) }),
    'pre-rendered': blogPage({ widgets: after(startingWith(cdnScript, fragments)) }),
    [plainHtmlPage]: blogPage({
      widgets: after(startingWith(`<style>${plain.css}</style>`, plain.html)),
    }),
  };
}
