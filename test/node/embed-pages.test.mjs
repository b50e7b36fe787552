// The static embed pages and their oEmbed answers in dist/embed (`npm run build` first): every
// name and language, the shape WordPress needs, and an index that lists them all.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { embedLanguages, embedPageFor, embedPages, embedUrl } from '../../dist/esm/embed/pages.js';
import { publicBaseUrl } from '../../scripts/base-url.mjs';

const base = publicBaseUrl();
const names = [
  'her2-therapy-card-mab',
  'her2-therapy-card-adc',
  'her2-therapy-card-tki',
  'her2-status-explainer',
  'her2-therapy-overview',
  'treatment-decisions',
  'biomarker-glossary',
  'source-list',
  'related-reading',
  'her2-article',
];

test('the addresses hosts link to: these names, in English and Spanish', () => {
  assert.deepEqual(embedPages.map((page) => page.name).sort(), [...names].sort());
  assert.deepEqual(Object.keys(embedLanguages), ['en', 'es']);
});

test('the page for an element the builder is given: its card type, whatever else it carries; none for inline ones', () => {
  assert.equal(embedPageFor('her2-therapy-card', { type: 'adc', 'heading-level': '3' })?.name, 'her2-therapy-card-adc');
  assert.equal(embedPageFor('her2-therapy-card', {}), undefined);
  assert.equal(embedPageFor('source-list', { lang: 'es' })?.name, 'source-list');
  assert.equal(embedPageFor('glossary-term', { term: 'HER2' }), undefined);
});

const pages = Object.keys(embedLanguages).flatMap((lang) => embedPages.map((page) => ({ lang, page })));
const read = (path) => readFileSync(`dist/embed/${path}`, 'utf8');

describe('each page', () => {
  const titles = new Set();
  for (const { lang, page } of pages) {
    const html = read(`${lang}/${page.name}.html`);
    const title = html.match(/<title>([^<]+)<\/title>/)[1];

    test(`${lang}/${page.name}.html: its language, a title of its own, its element pre-rendered`, () => {
      assert.match(html, new RegExp(`^<!doctype html>\\n<html lang="${lang}">`));
      assert.ok(title.endsWith(`her2-widgets, ${embedLanguages[lang]}`), title);
      assert.ok(!titles.has(title), `"${title}" is unique`);
      titles.add(title);
      assert.match(html, new RegExp(`<${page.tag}[^>]*><template shadowroot="open" shadowrootmode="open"><style>`));
      assert.match(html, /part="footer"[\s\S]*2022[\s\S]*2025/, 'the review date and the next review');
    });

    test(`${lang}/${page.name}.html: nothing from another origin, and its oEmbed link`, () => {
      const loaded = [...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      const oembed = `${embedUrl(base, lang, page).replace(/\.html$/, '.oembed.json')}`;
      assert.deepEqual(
        loaded.filter((url) => /^[a-z]+:/.test(url)),
        [oembed],
        'only the oEmbed link is absolute; it is not loaded',
      );
      assert.ok(html.includes(`<link rel="alternate" type="application/json+oembed" href="${oembed}"`));
      assert.match(
        html,
        /<script type="module" src="\.\.\/\.\.\/her2-widgets\.js" integrity="sha384-[^"]+" crossorigin="anonymous">/,
      );
    });

    test(`${lang}/${page.name}.oembed.json: rich, 600 px wide, a blockquote then the titled frame`, () => {
      const data = JSON.parse(read(`${lang}/${page.name}.oembed.json`));
      const url = embedUrl(base, lang, page);
      assert.equal(data.type, 'rich');
      assert.equal(data.version, '1.0');
      assert.equal(data.provider_name, 'her2-widgets');
      assert.equal(data.title, title);
      assert.equal(data.width, 600);
      assert.ok(data.height >= 200 && data.height <= 1000, `height ${data.height}`);
      const [, quote, frame] = data.html.match(/^(<blockquote>[\s\S]*<\/blockquote>)(<iframe [^>]*><\/iframe>)$/);
      assert.ok(quote.startsWith(`<blockquote><a href="${url}">`), quote);
      assert.match(quote, /2022.*2025/, 'the fallback gives the review date');
      assert.ok(
        frame.includes(` src="${url}"`) && frame.includes(` title="`) && frame.includes(` height="${data.height}"`),
      );
    });
  }
});

test('dist/embed/index.html lists every page in every language', () => {
  const index = read('index.html');
  for (const { lang, page } of pages) {
    assert.ok(index.includes(`href="${lang}/${page.name}.html"`), `${lang}/${page.name}`);
    assert.ok(index.includes(embedUrl(base, lang, page)));
  }
});

test('the host script that sizes frames on other pages is under 1 KB and says its licence', () => {
  assert.ok(existsSync('dist/embed/host.js'));
  const host = readFileSync('dist/embed/host.js');
  assert.ok(host.length <= 1_024, `${host.length} bytes`);
  assert.match(host.toString(), /^\/\*! her2-widgets embed host \| MIT License \*\//);
});
