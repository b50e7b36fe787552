// scripts/build/minify-templates.mjs: shorter css, html and svg templates in the bundles, meaning unchanged.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rollup } from 'rollup';
import { minifyTemplates } from '../../scripts/build/minify-templates.mjs';
import { shortenCss, shortenMarkup } from '../../scripts/build/template-text.mjs';

test('markup: white space between nodes and attributes becomes one space, none before >', () => {
  assert.deepEqual(shortenMarkup(['<div\n    part="card"\n    class="a  b"\n  >\n  <p>A  \n  word</p>\n</div>']), [
    '<div part="card" class="a  b"> <p>A word</p> </div>',
  ]);
});

test('markup: the holes between parts keep their spaces', () => {
  assert.deepEqual(shortenMarkup(['<p>\n  ', '  \n ', '</p><input\n  .value=', '\n  />']), [
    '<p> ',
    ' ',
    '</p><input .value=',
    ' />',
  ]);
});

test('markup: a space before /> stays after an unquoted value, whose end it marks', () => {
  assert.deepEqual(shortenMarkup(['<a href=x />', '<b c="d" />']), ['<a href=x />', '<b c="d"/>']);
});

test('markup: a no-break space, attribute values and comments are kept', () => {
  assert.deepEqual(shortenMarkup(['<p title="a\n   b">1\u00a0\u00a0kg<!--  x  --></p>']), [
    '<p title="a\n   b">1\u00a0\u00a0kg<!--  x  --></p>',
  ]);
});

test('markup: elements that keep white space, and unfinished markup, are left alone', () => {
  assert.equal(shortenMarkup(['<pre>a  b</pre>']), null);
  assert.equal(shortenMarkup(['<TEXTAREA>a</TEXTAREA>']), null);
  assert.equal(shortenMarkup(['<p title="a']), null);
});

test('css: comments and white space go where no token needs them', () => {
  assert.deepEqual(
    shortenCss([
      '\n  /* note */\n  .a > .b,\n  .c {\n    margin: 0 0 calc(var(--x) / 2);\n    color: red !important;\n  }\n',
    ]),
    [' .a>.b,.c{margin:0 0 calc(var(--x)/2);color:red!important}'],
  );
});

test('css: spaces that change meaning stay', () => {
  assert.deepEqual(shortenCss(['a :hover{x:calc(1em + 2px) calc(3em - 1px)}@media screen and (x: y){}']), [
    'a :hover{x:calc(1em + 2px) calc(3em - 1px)}@media screen and (x:y){}',
  ]);
  assert.deepEqual(shortenCss(['a/**/b{}']), ['a b{}']);
});

test('css: 0.5 becomes .5, but not inside a longer number or a name', () => {
  assert.deepEqual(shortenCss(['a{b:0.5em 10.5em -0.5em x0.5 rgb(0 0 0 / 0.2)}']), [
    'a{b:.5em 10.5em -0.5em x0.5 rgb(0 0 0/.2)}',
  ]);
});

test('css: strings are copied as they are', () => {
  assert.deepEqual(shortenCss(['a::after{content:\' (  /* x */  \' attr(href) "  ;}  "}']), [
    'a::after{content:\' (  /* x */  \' attr(href) "  ;}  "}',
  ]);
  assert.equal(shortenCss(["a{content:'x"]), null);
  assert.equal(shortenCss(['a{} /* open']), null);
});

test('css: next to a hole one space stays unless a delimiter makes it unneeded', () => {
  assert.deepEqual(shortenCss(['.a {\n  ', '\n  b: c;\n}\n', '\n  x\n']), ['.a{', ' b:c}', ' x ']);
});

async function bundle(source) {
  const external = ['lit', '@lit/localize'];
  const warnings = [];
  const build = await rollup({
    input: 'entry',
    external,
    onwarn: (warning) => warnings.push(warning.code),
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === 'entry' ? id : null),
        load: (id) => (id === 'entry' ? source : null),
      },
      minifyTemplates(),
    ],
  });
  const { output } = await build.generate({ format: 'es', sourcemap: true });
  await build.close();
  return { ...output[0], warnings };
}

test('the plugin shortens the templates of the tags imported from lit, with a source map', async () => {
  const chunk = await bundle(
    'import { css as c, html } from \'lit\';\nexport const s = c`\n  a {\n    b: 0.5em;\n  }\n`;\nexport const t = (x) => html`<p\n  class="y"\n>\n  ${x}\n</p>`;\n',
  );
  assert.match(chunk.code, /css` a\{b:\.5em\}`/);
  assert.match(chunk.code, /html`<p class="y"> \$\{x\} <\/p>`/);
  assert.deepEqual(chunk.warnings, [], 'no SOURCEMAP_BROKEN: the edits come with their map');
});

test('the plugin leaves other tags, and templates with escapes, as they are', async () => {
  const source =
    "import { html } from 'lit';\nconst css = (s) => s.raw.join('');\nexport const a = css`\n  a {  }\n`;\nexport const b = html`<p>\\n  x</p>`;\n";
  const chunk = await bundle(source);
  assert.ok(chunk.code.includes('css`\n  a {  }\n`'));
  assert.ok(chunk.code.includes('html`<p>\\n  x</p>`'));
});

test('the plugin leaves the templates of msg(), whose translations are found by their text', async () => {
  const chunk = await bundle(
    "import { html } from 'lit';\nimport { msg } from '@lit/localize';\nexport const a = msg(html`<b>Hi</b>\n  there`);\n",
  );
  assert.ok(chunk.code.includes('html`<b>Hi</b>\n  there`'));
});
