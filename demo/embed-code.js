// The embed-code builder's snippets, from the element and attributes chosen: what a page pastes
// to load the widget with a script tag, or to show it pre-rendered. Text only; the builder puts
// it in a textarea.
import { cspHash, moduleUrl, pinnedSnippet } from '../dist/esm/cdn/pinned-snippet.js';
import { embedPageFor, embedUrl, frameHeight } from '../dist/esm/embed/pages.js';
import { reservedRoom } from '../dist/esm/generated/reserved-room.js';
import { reserveCss, reservedSelector } from '../dist/esm/reserve/reserve-css.js';
import { escapeHtml } from '../dist/esm/ssr/escape-html.js';

/** `<tag name="value" flag>text</tag>`; `attributes` is a list of [name, value], '' for a flag. */
function tagMarkup(tag, attributes, content = '') {
  const attributeText = attributes
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  return `<${tag}${attributeText}>${escapeHtml(content)}</${tag}>`;
}

const moduleScript = (url) => `<script type="module" src="${escapeHtml(url)}"></script>`;

/** The `<style>` that holds the widget's room until its script has run, if it has a room. */
function roomStyle(tag, attributes) {
  const selector = reservedSelector(reservedRoom, tag, Object.fromEntries(attributes));
  return selector
    ? `<!-- Holds the widget's room until the script has run (dist/reserve.css) -->\n<style>\n${reserveCss(reservedRoom, [selector])}</style>\n`
    : '';
}

/** The tag as a page writes it: an inline term inside a sentence of the page's own. */
function placedMarkup(tag, attributes, content) {
  const markup = tagMarkup(tag, attributes, content);
  return tag === 'glossary-term' ? `<p>Your sentence with ${markup} in it.</p>` : markup;
}

/** The script tag, the `<style>` that holds the widget's room until it has run, and the tag. */
export function scriptSnippet({ scriptUrl, tag, attributes, content }) {
  return `${moduleScript(scriptUrl)}\n${roomStyle(tag, attributes)}${placedMarkup(tag, attributes, content)}\n`;
}

const existingMapAdvice =
  '<!-- Your page already has an import map (WordPress 6.5+ prints one)? If it is yours, add these integrity entries to it. If not, keep this second map: Chromium 133+ and Safari 18.4+ merge the two; Firefox uses only the first, and there the modulepreload tags still pin the chunks but not the locale files. -->';

/**
 * The element's own entry with every file it loads pinned (import map, modulepreload tags), for
 * a host that serves this build's dist/ under `base`; then the room and the tag.
 */
export async function pinnedScriptSnippet({ base, tag, attributes, content }) {
  const table = await (await fetch(new URL('../dist/modules.json', import.meta.url))).json();
  const { html, importMap } = pinnedSnippet(base, table, [`define/${tag}.js`]);
  const csp = `<!-- A strict CSP allows this import map with script-src ${await cspHash(importMap)} -->`;
  return `${csp}\n${existingMapAdvice}\n${html}${roomStyle(tag, attributes)}${placedMarkup(tag, attributes, content)}\n`;
}

let worker;
let lastRequest = 0;
const pending = new Map();

/** The element rendered by her2-widgets/ssr (in a worker), after the CDN file's script tag. */
export function preRenderedSnippet({ scriptUrl, tag, attributes }) {
  if (!worker) {
    worker = new Worker(new URL('../dist/playground/ssr-worker.js', import.meta.url), { type: 'module' });
    worker.addEventListener('message', ({ data }) => {
      const request = pending.get(data.id);
      pending.delete(data.id);
      if (data.error) request.reject(new Error(data.error));
      else request.resolve(`${moduleScript(request.scriptUrl)}\n${data.html}\n`);
    });
  }
  const id = (lastRequest += 1);
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, scriptUrl });
    worker.postMessage({ id, tag, attributes: Object.fromEntries(attributes) });
  });
}

/**
 * For a host without scripts: the address of the element's static page (WordPress turns it into a
 * sized frame), and the frame itself, at the height for a column `width` px wide, with its
 * fallback and the script that sizes it. Undefined for an element that has no page of its own.
 */
export async function frameSnippets({ base, tag, attributes, width }) {
  const chosen = Object.fromEntries(attributes);
  const page = embedPageFor(tag, chosen);
  if (!page) return undefined;
  const lang = chosen.lang === 'es' ? 'es' : 'en';
  const oembed = await (await fetch(new URL(`../dist/embed/${lang}/${page.name}.oembed.json`, import.meta.url))).json();
  const url = embedUrl(base, lang, page);
  const review = oembed.html.match(/<\/a> ([^<]*)<\/blockquote>/)[1];
  const title = escapeHtml(oembed.title);
  const frame = [
    `<blockquote><a href="${escapeHtml(url)}">${title}</a> ${review}</blockquote>`,
    `<iframe data-her2-embed src="${escapeHtml(url)}" title="${title}" width="100%" height="${frameHeight(page, width)}" loading="lazy" style="border: 0"></iframe>`,
    `<script type="module" src="${escapeHtml(moduleUrl(base, 'embed/host.js'))}"></script>`,
  ];
  return { url, frame: `${frame.join('\n')}\n` };
}
