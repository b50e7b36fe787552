// docs/api.md is what scripts/api-docs.mjs writes from custom-elements.json, and the manifest
// documents every element completely.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { manifestElements } from '../../scripts/api-docs.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifestElements(manifest);

const tokens = [
  '--her2-font-family',
  '--her2-font-size',
  '--her2-color-text',
  '--her2-color-muted',
  '--her2-color-surface',
  '--her2-color-border',
  '--her2-color-accent',
  '--her2-color-accent-contrast',
  '--her2-color-focus',
  '--her2-radius',
  '--her2-space',
];
/** Inline elements sit in the host's text: no heading, no footer, no card. */
const inline = new Set(['glossary-term', 'her2-glossify']);

test('README links the API reference', () => {
  assert.match(readFileSync('README.md', 'utf8'), /\]\(docs\/api\.md\)/);
});

describe('custom-elements.json', () => {
  test('has every element that src/define registers', () => {
    const defined = readFileSync('src/define/all.ts', 'utf8')
      .match(/'\.\/([a-z0-9-]+)\.js'/g)
      .map((line) => line.slice(3, -4));
    assert.deepEqual(elements.map((element) => element.tagName).sort(), defined.sort());
  });

  for (const element of elements) {
    describe(`<${element.tagName}>`, () => {
      test('has a summary and documents every attribute, property, event, slot and part', () => {
        assert.ok(element.summary, 'summary');
        const fields = (element.members ?? []).filter((member) => member.kind === 'field' && !member.privacy);
        for (const item of [
          ...(element.attributes ?? []),
          ...fields,
          ...(element.events ?? []),
          ...(element.slots ?? []),
          ...(element.cssParts ?? []),
        ]) {
          assert.ok(item.description?.trim(), `${item.name || '(default slot)'} has a description`);
        }
      });

      test('takes every theme token and dispatches her2-invalid', () => {
        assert.deepEqual((element.cssProperties ?? []).map((property) => property.name).sort(), [...tokens].sort());
        assert.ok(element.events?.some((event) => event.name === 'her2-invalid'));
      });

      test('lists the attributes every element takes', () => {
        const names = element.attributes.map((attribute) => attribute.name);
        const expected = inline.has(element.tagName)
          ? ['theme', 'lang']
          : ['theme', 'lang', 'heading-level', 'no-footer'];
        for (const name of expected) assert.ok(names.includes(name), name);
        if (inline.has(element.tagName)) assert.ok(!names.includes('heading-level') && !names.includes('no-footer'));
      });

      test('lists the public properties every element has', () => {
        const publicFields = (element.members ?? [])
          .filter((member) => member.kind === 'field' && !member.privacy && !member.static)
          .map((member) => member.name);
        const expected = inline.has(element.tagName) ? ['theme'] : ['theme', 'headingLevel', 'noFooter'];
        for (const name of expected) assert.ok(publicFields.includes(name), name);
      });

      if (!inline.has(element.tagName)) {
        test('has the parts of a block element', () => {
          const parts = element.cssParts.map((part) => part.name);
          for (const part of ['card', 'heading', 'body', 'footer']) assert.ok(parts.includes(part), part);
        });
      }
    });
  }
});
