// scripts/build/minify-literals.mjs: shorter css, html and svg templates in the bundles, meaning unchanged.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rollup } from 'rollup';
import { minifyLiterals } from '../../scripts/build/minify-literals.mjs';

/** `source` as the one module of a bundle, through the plugin; its code and Rollup's warnings. */
async function bundle(source) {
  const warnings = [];
  const build = await rollup({
    input: 'entry.js',
    external: (id) => id !== 'entry.js',
    onwarn: (warning) => warnings.push(warning.code),
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === 'entry.js' ? id : null),
        load: (id) => (id === 'entry.js' ? source : null),
      },
      minifyLiterals(),
    ],
  });
  const { output } = await build.generate({ format: 'es', sourcemap: true });
  await build.close();
  return { code: output[0].code, warnings };
}

// The plugin goes by the tag's name (html, svg, css), not by where it is imported from.
test('html and css templates are shortened, with a source map', async () => {
  const { code, warnings } = await bundle(
    'import { css, html } from \'lit\';\nexport const s = css`\n  a {\n    b: 0.5em;\n  }\n`;\nexport const t = (x) => html`<p\n  class="y"\n>\n  ${x}\n</p>`;\n',
  );
  assert.match(code, /css`a\{b:\.5em\}`/);
  assert.match(code, /html`<p class="y"> \$\{x\} <\/p>`/);
  assert.deepEqual(warnings, [], 'no SOURCEMAP_BROKEN: the edits come with their map');
});

test('the templates of msg(), imported from our i18n module or @lit/localize, are left as written', async () => {
  const template = 'html`<b>Hi</b>\n  there`';
  const { code } = await bundle(
    "import { html } from 'lit';\nimport { msg } from '../shared/i18n.js';\nimport { msg as m } from '@lit/localize';\n" +
      `export const a = msg(${template});\nexport const b = m(${template}, { id: 'b' });\nexport const c = html\`<b>Hi</b>\n  there\`;\n`,
  );
  assert.equal(code.split(template).length - 1, 2, code);
  assert.ok(code.includes('html`<b>Hi</b> there`'), 'a template outside msg() is shortened');
});

test('spaces at the edges of a template stay: they separate it from the text around it', async () => {
  const { code } = await bundle(
    "import { html } from 'lit';\nexport const a = (x) => html` (${x})`;\nexport const b = (x) => html`<strong>${x}</strong>\n   `;\nexport const c = (x) => html`${x} `;\n",
  );
  assert.ok(code.includes('html` (${x})`'), code);
  assert.ok(code.includes('html`<strong>${x}</strong> `'), code);
  assert.ok(code.includes('html`${x} `'), code);
});

test('white space that is text stays: <pre>, and a no-break space', async () => {
  const { code } = await bundle(
    "import { html } from 'lit';\nexport const a = html`<pre>a\n   b</pre>`;\nexport const b = html`<p>1\u00a0\u00a0kg</p>`;\n",
  );
  assert.ok(code.includes('<pre>a\n   b</pre>'), code);
  assert.ok(code.includes('<p>1\u00a0\u00a0kg</p>'), code);
});

test('an svg fragment keeps its self-closing elements, also after an unquoted binding', async () => {
  const { code } = await bundle(
    'import { svg } from \'lit\';\nexport const a = (r, d) => svg`<circle cx="1" r=${r}/><path d=${d}/>\n  <rect width="2"/>`;\n',
  );
  assert.match(code, /svg`<circle cx="1" r="?\$\{r\}"? ?\/><path d="?\$\{d\}"? ?\/> <rect width="2"\/>`/);
});

test('a css template of declarations only is shortened and keeps its last semicolon', async () => {
  const { code } = await bundle(
    "import { css } from 'lit';\nexport const palette = css`\n  --_text: #000000;\n  color-scheme: light;\n`;\n",
  );
  assert.ok(code.includes('css`--_text:#000;color-scheme:light;`'), code);
});

test("css stays within what Safari reads: text-decoration's thickness is not folded into the shorthand", async () => {
  const { code } = await bundle(
    "import { css } from 'lit';\nexport const s = css`a { text-decoration: underline dotted; text-decoration-thickness: 0.08em; }`;\n",
  );
  assert.ok(code.includes('text-decoration-thickness:.08em'), code);
  assert.ok(!code.includes('-webkit-'), 'no vendor prefixes added');
});

test('a template the minifier cannot read stops the build', async () => {
  await assert.rejects(bundle("import { css } from 'lit';\nexport const s = css`a { b: c; } }}} {{`;\n"));
});
