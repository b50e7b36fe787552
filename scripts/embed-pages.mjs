// `npm run build`'s last step: the static embed pages, for hosts where scripts are banned.
// dist/embed/<lang>/<name>.html is one widget, pre-rendered: its whole content shows with no
// JavaScript at all, and where scripts may run it speaks WordPress's resize protocol (its inline
// script, src/embed/frame.ts) and hydrates from the CDN file, pinned by integrity. Beside each,
// <name>.oembed.json answers oEmbed discovery (WordPress turns a pasted URL into the frame), and
// dist/embed/index.html lists every page. Absolute URLs start at HER2_WIDGETS_BASE_URL, the
// public address of the package's folder; see README, "Embed where scripts are banned".
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importMap, moduleUrl } from '../dist/esm/cdn/pinned-snippet.js';
import { embedLanguages, embedPagePadding, embedPages, embedUrl, frameHeight } from '../dist/esm/embed/pages.js';
import { escapeHtml } from '../dist/esm/ssr/escape-html.js';
import { renderPage } from '../dist/esm/ssr/index.js';
import { publicBaseUrl } from './base-url.mjs';

const continueReading = { en: 'Continue reading', es: 'Seguir leyendo' };

/** The column oEmbed asks a height for. */
const column = 600;

const textOf = (html) =>
  html
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<!--[\s\S]*?-->|<\?>|<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** The text of the first element of the rendered HTML whose `part` is `part`. */
function partText(html, part) {
  const open = new RegExp(`<(\\w+)[^>]*\\bpart="${part}"[^>]*>`).exec(html);
  if (!open) throw new Error(`no part="${part}" in the rendered page`);
  const end = html.indexOf(`</${open[1]}>`, open.index);
  return textOf(html.slice(open.index + open[0].length, end));
}

const pageStyles = `
html{color-scheme:light}
body{margin:0;padding:${embedPagePadding}px;font:16px/1.5 system-ui,sans-serif;color:#1f2328;background:#fff;overflow-wrap:break-word}
main,.continue{max-width:48em;margin:0 auto}
.continue{display:none;margin-top:.75em}
.cut main{overflow:hidden;-webkit-mask-image:linear-gradient(#000 85%,transparent);mask-image:linear-gradient(#000 85%,transparent)}
.cut .continue{display:block}
@media print{.continue{display:none!important}main{max-height:none!important;overflow:visible!important;-webkit-mask-image:none!important;mask-image:none!important}}
`.trim();

function embedPage({ lang, title, url, oembedUrl, element, frameScript, locales, bundle }) {
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembedUrl)}" title="${escapeHtml(title)}">`,
    `<style>${pageStyles}</style>`,
    `<script>${frameScript}</script>`,
    `<script type="importmap">${locales}</script>`,
    `<script type="module" src="../../her2-widgets.js" integrity="${bundle}" crossorigin="anonymous"></script>`,
  ];
  return `<!doctype html>
<html lang="${lang}">
<head>
${head.join('\n')}
</head>
<body>
<main>
${element}
</main>
<p class="continue"><a href="${escapeHtml(url)}" target="_top">${continueReading[lang]}</a></p>
</body>
</html>
`;
}

function oembedJson({ title, url, review, height }) {
  const html =
    `<blockquote><a href="${escapeHtml(url)}">${escapeHtml(title)}</a> ${escapeHtml(review)}</blockquote>` +
    `<iframe src="${escapeHtml(url)}" width="${column}" height="${height}" title="${escapeHtml(title)}" frameborder="0" scrolling="no"></iframe>`;
  const data = { type: 'rich', version: '1.0', title, provider_name: 'her2-widgets', width: column, height, html };
  return `${JSON.stringify(data, null, 2)}\n`;
}

function indexPage(base, pages) {
  const rows = pages.map(
    ({ lang, name, title, url }) =>
      `<tr><td lang="${lang}"><a href="${lang}/${name}.html">${escapeHtml(title)}</a></td><td><code>${name}</code></td><td>${embedLanguages[lang]}</td><td><a href="${lang}/${name}.oembed.json">oEmbed</a></td><td><code>${escapeHtml(url)}</code></td></tr>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>her2-widgets embed pages: every name and language</title>
<style>body{margin:0 auto;padding:1em;max-width:72em;font:16px/1.5 system-ui,sans-serif}table{border-collapse:collapse;width:100%}th,td{text-align:start;padding:.3em .5em;border-bottom:1px solid #8c959f;vertical-align:top}code{overflow-wrap:anywhere}</style>
</head>
<body>
<h1>her2-widgets embed pages</h1>
<p>Every page is <code>${escapeHtml(moduleUrl(base, 'embed/'))}&lt;lang&gt;/&lt;name&gt;.html</code>. Paste one of these addresses into a WordPress post, or frame it; see the package's README, "Embed where scripts are banned".</p>
<table>
<thead><tr><th scope="col">Page</th><th scope="col">Name</th><th scope="col">Language</th><th scope="col">oEmbed</th><th scope="col">Address to paste</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</body>
</html>
`;
}

export async function writeEmbedPages(dist = 'dist') {
  const base = publicBaseUrl();
  const modules = JSON.parse(readFileSync(join(dist, 'modules.json'), 'utf8'));
  const frameScript = readFileSync(join(dist, 'embed/frame.js'), 'utf8').trim();
  // The locale files the bundle loads for Spanish, pinned relative to a page in dist/embed/<lang>/.
  const locales = importMap('../../../', modules, ['locales/es.js', 'locales/message-id.js']);
  const pages = [];
  for (const lang of Object.keys(embedLanguages)) {
    mkdirSync(join(dist, 'embed', lang), { recursive: true });
    for (const embed of embedPages) {
      const { name, tag, attributes } = embed;
      const rendered = await renderPage(tag, { ...attributes, 'heading-level': 2 }, { lang });
      const element = rendered.slice(rendered.indexOf('<body>\n') + 7, rendered.indexOf('\n</body>'));
      const title = `${partText(element, 'heading')} · her2-widgets, ${embedLanguages[lang]}`;
      const url = embedUrl(base, lang, embed);
      const oembedUrl = moduleUrl(base, `embed/${lang}/${name}.oembed.json`);
      const review = partText(element, 'footer');
      const height = frameHeight(embed, column);
      const page = {
        lang,
        title,
        url,
        oembedUrl,
        element,
        frameScript,
        locales,
        bundle: modules['her2-widgets.js'].integrity,
      };
      writeFileSync(join(dist, 'embed', lang, `${name}.html`), embedPage(page));
      writeFileSync(join(dist, 'embed', lang, `${name}.oembed.json`), oembedJson({ title, url, review, height }));
      pages.push({ lang, name, title, url, oembedUrl });
    }
  }
  writeFileSync(join(dist, 'embed', 'index.html'), indexPage(base, pages));
  console.log(`dist/embed: ${pages.length} pages for ${base}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await writeEmbedPages();
