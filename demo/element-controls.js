// The embed-code builder's controls, from the elements' public contract (custom-elements.json):
// every element, every attribute it documents with its description, and the text inside it where
// it has a slot. A select offers the values the library itself lists; other values are typed.
import { glossary } from '../dist/esm/content/glossary.js';
import { therapyTypes } from '../dist/esm/content/therapies.js';
import { allLocales } from '../dist/esm/generated/locale-codes.js';
import { maxHeadingLevel, minHeadingLevel } from '../dist/esm/shared/heading-level.js';
import { linkTargets } from '../dist/esm/shared/link-target.js';
import { themes } from '../dist/esm/shared/themes.js';

const levels = Array.from(
  { length: maxHeadingLevel - minHeadingLevel + 1 },
  (_, index) => `${minHeadingLevel + index}`,
);

/** Attribute name → the values its select offers; '' leaves the attribute out. */
const choices = {
  type: therapyTypes,
  term: glossary.map((entry) => entry.id),
  theme: ['', ...themes],
  lang: ['', ...allLocales],
  'heading-level': ['', ...levels],
  'link-target': ['', ...linkTargets],
};

/** What the preview starts with where an element has nothing to show without a value. */
const examples = {
  type: 'adc',
  term: 'her2',
  hrefs: '{"biomarkers": "https://your-site.example/biomarkers"}',
};

/** The text inside the tag, for an element that wraps words of the host's own. */
const textExamples = {
  'glossary-term': 'HER2',
  'her2-glossify': 'Your own words, such as HER2 and TKI: each term gets its definition where it first appears.',
};

/**
 * @typedef {object} Control
 * @property {string} name the attribute's name, or '' for the text inside the tag
 * @property {'boolean' | 'select' | 'text'} kind
 * @property {string} description what the element's documentation says of it
 * @property {readonly string[]} [options] for a select
 * @property {string} [value] the value the preview starts with
 */

/** @returns {Control} */
function attributeControl({ name, type, description = '' }) {
  const value = examples[name];
  if (type?.text === 'boolean') return { name, kind: 'boolean', description };
  if (choices[name]) return { name, kind: 'select', description, options: choices[name], value };
  return { name, kind: 'text', description, value };
}

/** @returns {Control | undefined} the text inside the tag, if the element has a default slot */
function textControl(tag, slots = []) {
  const slot = slots.find(({ name }) => name === '');
  return slot && { name: '', kind: 'text', description: slot.description ?? '', value: textExamples[tag] ?? '' };
}

/** Tag → its controls, for every element the manifest declares. */
export async function elementControls() {
  const manifest = await (await fetch(new URL('../custom-elements.json', import.meta.url))).json();
  const controls = new Map();
  for (const { tagName, attributes = [], slots } of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (!tagName) continue;
    const text = textControl(tagName, slots);
    controls.set(tagName, [...attributes.map(attributeControl), ...(text ? [text] : [])]);
  }
  return controls;
}

/** Whether the element wraps the host's own words: it goes in with a script tag, inside the host's text. */
export const wrapsHostText = (controls) => controls.some((control) => control.name === '');
