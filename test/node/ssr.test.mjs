// her2-widgets/ssr and the `her2-widgets render` CLI, against the build in dist/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { manifestElements } from '../../scripts/api-docs.mjs';
import { PageFragments, renderElement, renderPage, sharedStylesScript } from '../../dist/esm/ssr/index.js';
import {
  articleMeta,
  glossary,
  her2Status,
  relatedReading,
  therapyTypesIntro,
  treatmentDecisions,
} from '../../dist/esm/content/index.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cli = 'dist/esm/ssr/cli.js';
const shadowRoot = '<template shadowroot="open" shadowrootmode="open">';

/** What each element needs to show its content, and a phrase of that content. */
const cases = {
  'her2-therapy-card': [{ type: 'adc' }, 'These are called antibody drug conjugates or ADCs'],
  'her2-therapy-overview': [{}, therapyTypesIntro.paragraphs[0].text],
  'her2-status-explainer': [{}, her2Status.paragraphs[0].text],
  'treatment-decisions': [{}, treatmentDecisions.paragraphs[0].text],
  'biomarker-glossary': [{}, 'is a protein the body uses to grow and repair breast tissue'],
  'glossary-term': [{ term: 'her2' }, glossary.find((entry) => entry.id === 'her2').definition],
  'source-list': [{}, 'Treatment of Stage IV (Metastatic) Breast Cancer.'],
  'related-reading': [{}, relatedReading[0].title.text],
  'her2-article': [{}, articleMeta.title.text],
  'her2-glossify': [{}, undefined],
};

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/** The text of some HTML, tags, styles, scripts and comments removed, entities decoded. */
function textOf(html) {
  return html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<!--[\s\S]*?-->|<\?>|<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name) => entities[name])
    .replace(/\s+/g, ' ');
}

/** A fragment without the inline script that the first fragment of a page starts with. */
const withoutScript = (html) => html.replace(`<script>${sharedStylesScript}</script>`, '');

/** The element's shadow root as rendered, from its declarative template to the element's end. */
function shadowContent(fragment, tag) {
  const html = withoutScript(fragment);
  const open = html.match(new RegExp(`^<${tag}(\\s[^>]*)?>`));
  assert.ok(open, `the fragment starts with <${tag}>`);
  assert.ok(html.startsWith(shadowRoot, open[0].length), 'its shadow root comes first, as a declarative template');
  assert.ok(html.endsWith(`</template></${tag}>`), 'the fragment ends with the element');
  return html.slice(open[0].length + shadowRoot.length, -`</template></${tag}>`.length);
}

function quietly(run) {
  const warn = console.warn;
  const warnings = [];
  console.warn = (...args) => warnings.push(args.join(' '));
  return run()
    .finally(() => (console.warn = warn))
    .then((result) => ({ result, warnings }));
}

describe('renderElement', () => {
  test('covers every element of custom-elements.json', () => {
    assert.deepEqual(
      manifestElements(manifest)
        .map((element) => element.tagName)
        .sort(),
      Object.keys(cases).sort(),
    );
  });

  for (const [tag, [attributes, phrase]] of Object.entries(cases)) {
    test(`<${tag}> renders its content into declarative shadow DOM`, async () => {
      const html = await renderElement(tag, attributes);
      const content = shadowContent(html, tag);
      assert.match(content, /^<style data-sheet="\w+">/, 'the styles travel with it');
      if (phrase) assert.ok(textOf(content).includes(phrase), `shows "${phrase}"`);
    });
  }

  test('block elements render their review footer', async () => {
    const html = await renderElement('source-list');
    assert.match(textOf(html), /Medically reviewed May 2022 · Next review due May 2025 · 14 sources/);
    assert.ok(!textOf(await renderElement('source-list', { 'no-footer': true })).includes('Medically reviewed'));
  });

  test('Spanish: from the element’s lang or the page’s, nested elements too, English around no one', async () => {
    const own = textOf(await renderElement('her2-therapy-card', { type: 'mab', lang: 'es' }));
    assert.match(own, /Qué es.*Cómo funciona/);
    assert.match(own, /Revisión médica: mayo de 2022 · Próxima revisión: mayo de 2025 · 14 fuentes/);
    const nested = textOf(await renderElement('her2-therapy-overview', {}, { lang: 'es-MX' }));
    assert.equal(nested.split('Cómo funciona').length - 1, 3, 'each of the three cards');
    const english = textOf(await renderElement('her2-therapy-card', { type: 'mab' }));
    assert.match(english, /What it is/);
    assert.ok(!english.includes('Qué es'));
  });

  test('nested elements get their own shadow roots', async () => {
    const html = await renderElement('her2-therapy-overview');
    assert.equal(html.split(shadowRoot).length - 1, 4, 'the overview and its three cards');
    assert.ok(textOf(html).includes('TKIs work by blocking these enzymes'));
  });

  test('attributes reach the element: heading level, theme', async () => {
    const html = await renderElement('her2-therapy-card', { type: 'mab', 'heading-level': 2, theme: 'dark' });
    assert.match(html, /<h2 part="heading"/);
    assert.match(html, /class="card themed theme-dark"/);
  });

  test('properties reach the element: host glossary terms, shown as text', async () => {
    const extraTerms = [{ id: 'care-team', term: 'care <b>team</b>', definition: 'The people & places.' }];
    const html = await renderElement('biomarker-glossary', { terms: 'care-team' }, { properties: { extraTerms } });
    assert.ok(textOf(html).includes('care <b>team</b>'));
    assert.ok(!html.includes('<b>team</b>'), 'host text is escaped, not markup');
  });

  test('an unknown value renders the notice, warns once and does not throw', async () => {
    const { result, warnings } = await quietly(() => renderElement('her2-therapy-card', { type: 'xyz' }));
    assert.match(result, /part="notice"/);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /Valid values: mab, adc, tki/);
  });

  test('attribute values are escaped', async () => {
    const html = await quietly(() => renderElement('her2-therapy-card', { type: '"><script>alert(1)</script>' }));
    assert.ok(!withoutScript(html.result).includes('<script>'));
  });

  test('boolean attributes: true writes the name, false leaves it out', async () => {
    assert.match(withoutScript(await renderElement('source-list', { collapsed: true })), /^<source-list\s+collapsed>/);
    assert.match(withoutScript(await renderElement('source-list', { collapsed: false })), /^<source-list\s*>/);
  });

  test('refuses what is not one of its elements or not an attribute name', async () => {
    await assert.rejects(renderElement('div'), /not a her2-widgets element/);
    await assert.rejects(renderElement('her2-nothing'), /not a her2-widgets element/);
    await assert.rejects(renderElement('source-list', { 'a b': 'x' }), /not an attribute name/);
    await assert.rejects(renderElement('source-list', {}, { properties: { 'x=1': 1 } }), /not a property name/);
  });
});

describe('PageFragments: the styles of a page written once', () => {
  const sheetTexts = (html) => [...html.matchAll(/<style data-sheet="(\w+)">([\s\S]*?)<\/style>/g)];
  const sheetLists = (html) => [...html.matchAll(/<her2-styles hidden data-sheets="([\w ]+)"><\/her2-styles>/g)];

  test('each sheet is written once, in the first fragment that uses it; every root names its sheets', async () => {
    const page = new PageFragments();
    const card = await page.renderElement('her2-therapy-card', { type: 'adc' });
    const glossary = await page.renderElement('biomarker-glossary');
    const sources = await page.renderElement('source-list', { collapsed: true });
    assert.ok(
      card.startsWith(`<script>${sharedStylesScript}</script><her2-therapy-card`),
      'the first starts with the script',
    );
    for (const later of [glossary, sources]) assert.ok(!later.includes('<script'), 'the script is written once');
    const all = [card, glossary, sources].join('');
    const written = sheetTexts(all).map(([, name]) => name);
    assert.equal(new Set(written).size, written.length, 'no sheet twice');
    for (const [, names] of sheetLists(all)) {
      for (const name of names.split(' ')) assert.ok(written.includes(name), `sheet ${name} is on the page`);
    }
    for (const later of [glossary, sources]) {
      assert.ok(sheetTexts(later).length < sheetLists(later)[0][1].split(' ').length, 'it reuses the card’s');
    }
  });

  test('nested elements reuse the sheets of the first of their kind', async () => {
    const overview = await renderElement('her2-therapy-overview');
    assert.equal(overview.split('<her2-therapy-card').length - 1, 3);
    assert.equal(sheetLists(overview).length, 4, 'every root names its sheets');
    const written = sheetTexts(overview).map(([, name]) => name);
    assert.equal(new Set(written).size, written.length);
    const cardSheets = sheetLists(overview)[1][1].split(' ');
    for (const name of cardSheets) assert.ok(written.includes(name));
  });

  test('the same sheet has the same name in every render, so two renders on one page agree', async () => {
    const names = async () => sheetTexts(await renderElement('source-list')).map(([, name]) => name);
    assert.deepEqual(await names(), await names());
  });
});

describe('renderPage', () => {
  test('wraps the element in a whole page with the article title', async () => {
    const html = await renderPage('her2-therapy-card', { type: 'tki' }, { lang: 'en' });
    assert.match(html, /^<!doctype html>\n<html lang="en">/);
    assert.ok(html.includes(`<title>${articleMeta.title.text}</title>`));
    assert.ok(html.includes('<body>\n<her2-therapy-card'));
    assert.ok(!/<script/i.test(html), 'no scripts: the page works where scripts are not allowed');
  });

  test('every shadow root carries its own styles: nothing needs a script to be styled', async () => {
    const html = await renderPage('her2-therapy-overview');
    const roots = html.split(shadowRoot).length - 1;
    assert.equal(roots, 4, 'the overview and its three cards');
    assert.equal(html.split(`${shadowRoot}<style>`).length - 1, roots);
    assert.ok(!html.includes('her2-styles'));
  });

  test('escapes the title and lang', async () => {
    const html = await renderPage('source-list', {}, { title: '<b>A & B</b>', lang: '"x' });
    assert.ok(html.includes('<title>&lt;b&gt;A &amp; B&lt;/b&gt;</title>'));
    assert.ok(html.includes('<html lang="&quot;x">'));
  });
});

function run(...args) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
}

describe('her2-widgets CLI', () => {
  test('is the package bin, with a node shebang', () => {
    const { bin } = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.equal(bin['her2-widgets'], cli);
    assert.match(readFileSync(cli, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  test('render <tag> name=value prints the fragment', () => {
    const { status, stdout } = run('render', 'her2-therapy-card', 'type=adc');
    assert.equal(status, 0);
    assert.ok(
      withoutScript(stdout)
        .replace(/^<her2-therapy-card\s+type="adc">/, '')
        .startsWith(shadowRoot),
    );
    assert.ok(textOf(stdout).includes('These are called antibody drug conjugates or ADCs'));
  });

  test('+ renders the next element of the same page: its fragments share their styles', () => {
    const { status, stdout } = run('render', 'her2-therapy-card', 'type=adc', '+', 'source-list', 'collapsed');
    assert.equal(status, 0);
    const [first, second] = stdout.split(/^<!-- her2-widgets \d of 2: <[\w-]+> -->\n/m).slice(1);
    assert.ok(first.startsWith('<script>'));
    assert.match(second, /^<source-list\s+collapsed><template/);
    assert.ok(!second.includes('<script'));
    const named = second.match(/data-sheets="([\w ]+)"/)[1].split(' ').length;
    assert.ok((second.match(/<style/g) ?? []).length < named, 'it reuses the sheets the card wrote');
  });

  test('--lang es renders the UI strings in Spanish', () => {
    const { status, stdout } = run('render', 'source-list', '--lang', 'es');
    assert.equal(status, 0);
    assert.ok(textOf(stdout).includes('Fuentes'));
  });

  test('--page prints a whole page; boolean attributes and --title', () => {
    const { status, stdout } = run('render', 'source-list', 'collapsed', '--page', '--title', 'Sources');
    assert.equal(status, 0);
    assert.match(stdout, /^<!doctype html>/);
    assert.ok(stdout.includes('<title>Sources</title>'));
    assert.match(stdout, /<source-list\s+collapsed>/);
  });

  test('.property=JSON sets a property', () => {
    const terms = JSON.stringify([{ id: 'care-team', term: 'care team', definition: 'The people who treat you.' }]);
    const { status, stdout } = run('render', 'biomarker-glossary', 'terms=care-team', `.extraTerms=${terms}`);
    assert.equal(status, 0);
    assert.ok(textOf(stdout).includes('The people who treat you.'));
  });

  test('an unknown value still renders, the warning goes to stderr', () => {
    const { status, stdout, stderr } = run('render', 'her2-therapy-card', 'type=xyz');
    assert.equal(status, 0);
    assert.match(stdout, /part="notice"/);
    assert.match(stderr, /cannot use type "xyz"/);
  });

  test('usage errors exit 2 with the usage on stderr; --help exits 0', () => {
    for (const args of [
      [],
      ['draw'],
      ['render'],
      ['render', 'source-list', '--nope'],
      ['render', 'source-list', '.x=not json'],
      ['render', '+', 'source-list'],
      ['render', 'source-list', '+'],
      ['render', 'source-list', '+', 'biomarker-glossary', '--page'],
    ]) {
      const { status, stdout, stderr } = run(...args);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, /Usage: her2-widgets render/);
    }
    const help = run('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: her2-widgets render/);
  });

  test('a tag that is not ours exits 1', () => {
    const { status, stdout, stderr } = run('render', 'marquee');
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /<marquee> is not a her2-widgets element/);
  });
});
