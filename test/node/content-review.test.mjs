// docs/content-review.md, the packet a clinical reviewer signs, keeps step with the content: every
// text of every content export is in it word for word, each light edit beside its seed text,
// every drug with its sources, the dates, and the interface words as the library's own.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as content from '../../dist/esm/content/index.js';
import {
  buildContentReview,
  interfaceWords,
  reviewPath,
  unescapeMarkdown,
  xliffPath,
} from '../../scripts/content-review.mjs';
import { lightEdits } from '../support/light-edits.mjs';

const committed = readFileSync(reviewPath, 'utf8');
const monthYear = ({ year, month }) =>
  new Date(year, month - 1).toLocaleString('en-US', { month: 'long', year: 'numeric' });
/** The packet's words as a reader of the rendered Markdown sees them. */
const packet = unescapeMarkdown(committed);
const data = JSON.parse(
  JSON.stringify(Object.fromEntries(Object.entries(content).filter(([, value]) => typeof value !== 'function'))),
);

/** Keys whose strings name or classify a thing (her2, mab) rather than say something to readers. */
const codeKeys = new Set(['id', 'type']);

/** Every string of the content, with where it is; the therapy type codes are codes, not text. */
function contentTexts(node, path, found = []) {
  if (typeof node === 'string') found.push({ path, text: node });
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (!codeKeys.has(key)) contentTexts(value, Array.isArray(node) ? `${path}[${key}]` : `${path}.${key}`, found);
    }
  }
  return found;
}

const texts = Object.entries(data)
  .filter(([name]) => name !== 'therapyTypes')
  .flatMap(([name, value]) => contentTexts(value, name));

const missingFrom = (markdown) => texts.filter(({ text }) => !markdown.includes(text)).map(({ path }) => path);

/** The packet's numbered blocks (#### T1. …), each with the lines under it. */
const blocks = packet.split(/^(?=#### )/m);

test('the committed packet is what the build writes for the built content', async () => {
  assert.equal(committed, await buildContentReview(), `${reviewPath} is stale: run npm run build and commit it`);
});

test('the same content gives the same packet, byte for byte', async () => {
  assert.equal(await buildContentReview(), await buildContentReview());
});

test('every text of every content export is in the packet, word for word', () => {
  assert.ok(texts.length > 100, `${texts.length} texts found in the content`);
  assert.deepEqual(missingFrom(packet), []);
});

test('the check names a text the packet lacks', () => {
  for (const path of ['glossary[0].definition', 'therapies.tki.givenWhen.text', 'drugExamples.tki[2].note']) {
    const { text } = texts.find((candidate) => candidate.path === path);
    assert.ok(missingFrom(packet.replaceAll(text, '')).includes(path), path);
  }
});

test('every light edit stands beside the seed text it edits, with what changed', () => {
  const edited = lightEdits(data);
  assert.ok(edited.length > 0);
  for (const { text, edit } of edited) {
    const block = blocks.find(
      (candidate) => candidate.includes(`> ${edit.from}\n`) && candidate.includes(`> ${text}\n`),
    );
    assert.ok(block, `no block has the seed text and the shown text of: ${text}`);
    assert.ok(block.includes(`light edit: ${edit.change}`), `the change of: ${text}`);
    assert.ok(block.indexOf(`> ${edit.from}\n`) < block.indexOf(`> ${text}\n`), `seed text before shown text: ${text}`);
  }
});

test('every text block names its origin', () => {
  const numbered = blocks.filter((block) => /^#### [TGR]\d+\. /.test(block));
  assert.ok(numbered.length > 50);
  for (const block of numbered) assert.match(block, /\n\nOrigin: seed ¶\d+/, block.split('\n')[0]);
});

test('the drug table has every drug example with its sources, and its origin row', () => {
  const rows = packet.split('\n').filter((line) => line.startsWith('| '));
  for (const drug of Object.values(data.drugExamples).flat()) {
    const row = rows.find((line) => line.includes(`| ${drug.genericName} |`));
    assert.ok(row, drug.genericName);
    for (const value of [...drug.brandNames, ...(drug.biosimilars ?? []), drug.abbreviation, drug.note, drug.url]) {
      if (value) assert.ok(row.includes(value), `${drug.genericName}: ${value}`);
    }
    for (const source of drug.sources) {
      for (const value of [source.publisher, source.title, source.description, source.url]) {
        if (value) assert.ok(row.includes(value), `${drug.genericName}: source ${value}`);
      }
    }
    assert.ok(packet.includes(`drug-examples.md, row ${drug.genericName}, source: `), `${drug.genericName}: origin`);
  }
});

test('the header names the review date, the next review and the drug facts’ date, and has a sign-off', () => {
  const { reviewed, nextReview } = data.articleMeta;
  const header = packet.slice(0, packet.indexOf('## Article text'));
  assert.ok(header.includes(data.articleMeta.title.text));
  assert.ok(header.includes(`Medically reviewed ${monthYear(reviewed)}`), 'review date');
  assert.ok(header.includes(`Next review due ${monthYear(nextReview)}. Basis: ${nextReview.basis}`), 'next review');
  assert.ok(header.includes(`facts compiled ${monthYear(data.drugExamplesCompiled.compiled)}`), 'drug facts date');
  assert.ok(header.includes(data.drugExamplesCompiled.document));
  for (const line of ['Reviewer name', 'Role', 'Organisation', 'Date', 'Signature']) {
    assert.ok(header.includes(`| ${line} |`), line);
  }
  assert.ok(packet.includes('Medically reviewed May 2022') && packet.includes('Next review due May 2025'));
});

test('the interface words are all listed, as the library’s own words and not reviewed text', () => {
  const section = packet.slice(packet.indexOf('## Interface words'), packet.indexOf('## Dates'));
  assert.match(section, /Origin of every line below: the library's own interface words\./);
  const words = interfaceWords(readFileSync(xliffPath, 'utf8'));
  assert.ok(words.length > 20);
  words.forEach((word, index) => assert.ok(section.includes(`\n${index + 1}. ${word}\n`), word));
});
