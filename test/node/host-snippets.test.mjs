// What README's snippets carry inline, against the build: the reserving CSS of the first snippet
// is dist/reserve.css's for the widgets it shows, and the script hash a strict CSP needs for
// pre-rendered fragments is that of the script they start with.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { reservedRoom } from '../../dist/esm/generated/reserved-room.js';
import { reserveCss, reservedSelector } from '../../dist/esm/reserve/reserve-css.js';
import { sharedStylesScript } from '../../dist/esm/ssr/index.js';

const readme = readFileSync('README.md', 'utf8');

/** The first ```html block of README: the snippet a blogger pastes. */
const firstSnippet = readme.match(/```html\n([\s\S]*?)```/)[1];

/** The reserve rule's selector for a tag as written: `<source-list collapsed>` → `source-list[collapsed]`. */
function selectorOf(tag, attributes) {
  const parsed = Object.fromEntries(
    [...attributes.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name, value ?? '']),
  );
  return reservedSelector(reservedRoom, tag, parsed);
}

test('the first snippet holds the room of exactly the widgets it shows, as dist/reserve.css does', () => {
  const tags = [...firstSnippet.matchAll(/^<([a-z0-9]+-[a-z0-9-]+)([^>]*)><\/\1>$/gm)];
  assert.equal(tags.length, 3);
  const selectors = tags.map(([, tag, attributes]) => selectorOf(tag, attributes));
  assert.deepEqual(selectors, ['her2-therapy-card[type="adc"]', 'biomarker-glossary', 'source-list[collapsed]']);
  const style = firstSnippet.match(/<style>\n([\s\S]*?)<\/style>/)[1];
  assert.equal(style, reserveCss(reservedRoom, selectors));
  assert.ok(!firstSnippet.includes('blocking='), 'the first paint does not wait for the module');
});

test('dist/reserve.css holds the room of every element the formula was fitted to', () => {
  const css = readFileSync('dist/reserve.css', 'utf8');
  for (const selector of Object.keys(reservedRoom)) assert.ok(css.includes(`${selector}:not(:defined)::before{`));
});

test('README gives the hash of the script that shares pre-rendered styles, for script-src', () => {
  const hash = `'sha256-${createHash('sha256').update(sharedStylesScript).digest('base64')}'`;
  assert.ok(readme.includes(hash), `README names ${hash}`);
});
