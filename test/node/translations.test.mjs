// UI strings: every message in the source has a reviewed Spanish target in src/translations.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));

/** Each trans-unit of an XLIFF file: its id, source and target (if any). */
function units(xliff) {
  return [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    source: body.match(/<source>([\s\S]*?)<\/source>/)?.[1],
    target: body.match(/<target>([\s\S]*?)<\/target>/)?.[1],
  }));
}

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

  test(`${locale} translations keep every placeholder of their English message`, () => {
    for (const unit of committed) {
      const placeholders = (text) => [...text.matchAll(/<x id="(\d+)"/g)].map(([, id]) => id).sort();
      assert.deepEqual(placeholders(unit.target ?? ''), placeholders(unit.source), unit.source);
    }
  });
}
