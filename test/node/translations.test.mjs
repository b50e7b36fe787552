// UI strings: every message in the source has a Spanish target in src/translations, which says
// whether a professional translator has reviewed it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));

/** Each trans-unit of an XLIFF file: its id, source, target (if any) and the target's state. */
function units(xliff) {
  return [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => {
    const target = body.match(/<target( [^>]*)?>([\s\S]*?)<\/target>/);
    return {
      id,
      source: body.match(/<source>([\s\S]*?)<\/source>/)?.[1],
      target: target?.[2],
      state: target?.[1]?.match(/ state="([^"]*)"/)?.[1],
    };
  });
}

/** A message's placeholders, each id with what it stands for (`equiv-text`). */
const placeholders = (text) =>
  [...text.matchAll(/<x id="(\d+)" equiv-text="([^"]*)"\/>/g)].map(([, id, equiv]) => `${id}: ${equiv}`).sort();

/** The messages the source code has now, extracted by lit-localize into a scratch folder. */
function extractedUnits(locale) {
  const dir = mkdtempSync(join(tmpdir(), 'her2-xliff-'));
  try {
    const scratchConfig = join(dir, 'lit-localize.json');
    writeFileSync(
      scratchConfig,
      JSON.stringify({
        ...config,
        tsConfig: join(process.cwd(), config.tsConfig),
        interchange: { ...config.interchange, xliffDir: dir },
      }),
    );
    execFileSync('npx', ['lit-localize', 'extract', '--config', scratchConfig], { stdio: 'pipe' });
    return units(readFileSync(join(dir, `${locale}.xlf`), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const locale of config.targetLocales) {
  const committed = units(readFileSync(join(config.interchange.xliffDir, `${locale}.xlf`), 'utf8'));

  test(`every UI string has a ${locale} translation, and no translation is stale`, () => {
    const current = extractedUnits(locale);
    assert.deepEqual(committed.map((unit) => unit.id).sort(), current.map((unit) => unit.id).sort());
    const untranslated = committed.filter((unit) => !unit.target?.trim()).map((unit) => unit.source);
    assert.deepEqual(untranslated, []);
  });

  test(`${locale} translations keep every placeholder of their English message, described as it is`, () => {
    for (const unit of committed) {
      assert.deepEqual(placeholders(unit.target ?? ''), placeholders(unit.source), unit.source);
    }
  });

  test(`${locale} translations say they await a professional translator's review, as the README does`, () => {
    // XLIFF 1.2 target states; a professional translator's review moves a target to "translated" or "final".
    const states = ['needs-review-translation', 'translated', 'final', 'signed-off'];
    for (const unit of committed) assert.ok(states.includes(unit.state), `${unit.source}: state="${unit.state}"`);
    if (committed.some((unit) => unit.state === 'needs-review-translation')) {
      const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
      assert.match(readme, /not yet reviewed by a professional translator/);
    }
  });
}

test('the Spanish UI strings are written as Spanish punctuates: «» quotes, the comma after "por ejemplo"', () => {
  const spanish = units(readFileSync(join(config.interchange.xliffDir, 'es.xlf'), 'utf8'));
  for (const { target = '' } of spanish) {
    // Placeholders and JSON examples ({"biomarkers": …}) keep their straight quotes.
    const prose = target.replace(/<x [^>]*\/>/g, '').replace(/\{[^}]*\}/g, '');
    assert.doesNotMatch(prose, /["“”]/, target);
    assert.doesNotMatch(prose, /por ejemplo [^,]/, target);
  }
});
