// The exact fidelity rule for the reviewed text (DESIGN.md, "Content rules"): every text the
// content shows (a ReviewedText, a glossary definition, a diagram's caption and description) is
// one seed sentence, or consecutive seed sentences, of the paragraphs it cites, compared after
// making whitespace one space and nothing else; or it records a light edit whose `from` is such
// seed text. Diagram labels are seed words of the paragraphs the diagram cites.
// test/content-fidelity.test.ts checks in a browser that every seed paragraph is shown.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as content from '../../dist/esm/content/index.js';
import { normalise, seedParagraphs, seedRuns, sentencesOf } from '../../scripts/seed-text.mjs';

const seed = seedParagraphs(readFileSync('test/fixtures/seed-article.txt', 'utf8'));

const isSeedText = (text, cited) => seedRuns(seed, cited).has(normalise(text));

/** Every text under the rule, with the content path it is at, its citation and its light edit. */
function reviewedTexts(node, path, found = []) {
  if (!node || typeof node !== 'object') return found;
  if (Array.isArray(node.seed)) {
    const { seed: cited, edit } = node;
    if (typeof node.text === 'string') found.push({ path, text: node.text, cited, edit });
    if (typeof node.definition === 'string')
      found.push({ path: `${path}.definition`, text: node.definition, cited, edit });
  }
  for (const [key, value] of Object.entries(node)) {
    reviewedTexts(value, Array.isArray(node) ? `${path}[${key}]` : `${path}.${key}`, found);
  }
  return found;
}

const data = Object.entries(content).filter(([, value]) => typeof value !== 'function');
const texts = data.flatMap(([name, value]) => reviewedTexts(value, name));
const diagrams = [['her2StatusDiagram', content.her2StatusDiagram]].concat(
  Object.entries(content.therapyDiagrams).map(([type, diagram]) => [`therapyDiagrams.${type}`, diagram]),
);
const cite = (cited) => cited.map((number) => `¶${number}`).join(', ');

/** Why a text breaks the rule, or undefined if it keeps it. */
function problem({ text, cited, edit }) {
  if (!edit) return isSeedText(text, cited) ? undefined : `is not whole seed sentences of ${cite(cited)}`;
  if (typeof edit.change !== 'string' || !edit.change.trim()) return 'records an edit without saying what changed';
  if (!isSeedText(edit.from, cited))
    return `records an edit whose "from" is not whole seed sentences of ${cite(cited)}`;
  if (normalise(edit.from) === normalise(text)) return 'records an edit but is its "from" unchanged';
  return undefined;
}

/** Each text of `candidates` that breaks the rule, with why, its seed words and its cited paragraphs. */
const report = (candidates) =>
  candidates
    .map((text) => ({ ...text, why: problem(text) }))
    .filter(({ why }) => why)
    .map(({ path, text, cited, edit, why }) =>
      [`${path} ${why}:`, `  text: ${text}`, ...(edit ? [`  from: ${edit.from}`] : []), `  ${cite(cited)} (seed):`]
        .concat(cited.map((number) => `    ¶${number}: ${seed[number - 1]}`))
        .join('\n'),
    );

test('the rule takes whole seed sentences of the cited paragraphs and nothing else', () => {
  const sentence = 'Healthcare providers can order tests to determine if breast cancer is HER2-positive.';
  assert.ok(isSeedText(sentence, [5]));
  assert.ok(isSeedText(`  ${sentence.replace(/ /g, '\n ')} `, [5]), 'whitespace is all that is normalised');
  assert.ok(isSeedText(seed[4], [5]), 'a whole paragraph');
  assert.ok(isSeedText(`${sentencesOf(seed[4]).at(-1)} ${sentencesOf(seed[5])[0]}`, [5, 6]), 'across cited paragraphs');
  assert.ok(!isSeedText(`${sentencesOf(seed[4]).at(-1)} ${sentencesOf(seed[5])[0]}`, [5]), 'only cited paragraphs');
  assert.ok(!isSeedText(sentence, [4, 6]), 'a sentence of a paragraph it does not cite');
  assert.ok(!isSeedText(sentence.replace('can order', 'order'), [5]), 'a changed word');
  assert.ok(!isSeedText(sentence.replace('.', ''), [5]), 'a changed punctuation mark');
  assert.ok(!isSeedText(sentence.toLowerCase(), [5]), 'a changed case');
  assert.ok(!isSeedText('Healthcare providers can order tests', [5]), 'part of a sentence');
  assert.ok(!isSeedText(`${sentencesOf(seed[3])[0]} ${sentencesOf(seed[3])[2]}`, [4]), 'sentences that skip one');
  assert.deepEqual(sentencesOf(seed[11]).slice(0, 2), [
    'Antibody drug conjugates (ADCs).',
    'Some drugs include a combination of monoclonal antibodies and other anti-cancer drugs—such as chemotherapy agents or topoisomerase inhibitors (which work by blocking an enzyme that cancer cells need to replicate DNA).',
  ]);
});

test('the rule covers every reviewed text, glossary definition and diagram text', () => {
  const paths = new Set(texts.map(({ path }) => path));
  content.glossary.forEach((_, index) => assert.ok(paths.has(`glossary[${index}].definition`), `glossary[${index}]`));
  for (const [name, diagram] of diagrams) {
    assert.ok(paths.has(`${name}.caption`), `${name}.caption`);
    diagram.description.forEach((_, index) => assert.ok(paths.has(`${name}.description[${index}]`), name));
  }
  assert.ok(
    paths.has('articleMeta.title') && paths.has('therapies.mab.whatItIs') && paths.has('relatedReading[0].summary'),
  );
});

test('every text without a light edit is whole seed sentences of the paragraphs it cites', () => {
  assert.deepEqual(report(texts.filter((text) => !text.edit)), []);
});

test('every light edit starts from whole seed sentences of the paragraphs it cites, and changes them', () => {
  assert.deepEqual(report(texts.filter((text) => text.edit)), []);
});

test('every line of every diagram label is words of the paragraphs the diagram cites', () => {
  const missing = [];
  for (const [name, diagram] of diagrams) {
    const cited = diagram.seed.map((number) => normalise(seed[number - 1]).toLowerCase());
    for (const [shape, label] of Object.entries(diagram.labels)) {
      for (const line of typeof label === 'string' ? [label] : label) {
        if (!cited.some((paragraph) => paragraph.includes(normalise(line).toLowerCase()))) {
          missing.push(`${name}.labels.${shape} "${line}" is not in ${cite(diagram.seed)}`);
        }
      }
    }
  }
  assert.deepEqual(missing, []);
});
