// Demo page only: edit the theme tokens live, and build the embed code for one element.
// Everything is built with DOM calls and textContent: no HTML strings from the form.
import { autoloadedTags } from '../dist/esm/autoloaded-tags.js';
import { moduleUrl } from '../dist/esm/cdn/pinned-snippet.js';
import { elementControls, wrapsHostText } from './element-controls.js';
import { frameSnippets, pinnedScriptSnippet, preRenderedSnippet, scriptSnippet } from './embed-code.js';

const colorTokens = [
  ['--her2-color-text', 'Text'],
  ['--her2-color-muted', 'Secondary text'],
  ['--her2-color-surface', 'Surface'],
  ['--her2-color-border', 'Borders'],
  ['--her2-color-accent', 'Accent: links, buttons'],
  ['--her2-color-accent-contrast', 'Text on the accent'],
  ['--her2-color-focus', 'Focus ring'],
];

const otherTokens = [
  [
    '--her2-font-family',
    'Font family',
    ['inherit', 'system-ui, sans-serif', 'Arial, Helvetica, sans-serif', 'Georgia, serif', 'Verdana, sans-serif'],
  ],
  ['--her2-font-size', 'Text size', ['0.875em', '1em', '1.125em', '1.25em']],
  ['--her2-radius', 'Corner radius', ['0', '0.25em', '0.5em', '0.75em', '1em']],
  ['--her2-space', 'Spacing', ['0.75em', '1em', '1.25em', '1.5em']],
];

/** Each --her2-* token's fallback, the first time `cssText` reads it. */
function fallbacks(cssText) {
  const found = {};
  for (const [, token, value] of cssText.matchAll(/var\((--her2-[\w-]+),\s*([^)]+)\)/g)) found[token] ??= value.trim();
  return found;
}

/** The built-in defaults, as a card's own styles hold them: light first, then the dark theme's colours. */
const cardClass = await customElements.whenDefined('her2-therapy-card');
const cardCss = cardClass.elementStyles.map((style) => style.cssText).join('');
const light = fallbacks(cardCss);
const defaults = { light, dark: { ...light, ...fallbacks(cardCss.match(/\.theme-dark\s*\{[^}]*\}/)[0]) } };

const presets = [
  { name: 'Default light', theme: 'light', page: '#f6f8fa', tokens: defaults.light },
  { name: 'Default dark', theme: 'dark', page: '#0d1117', tokens: defaults.dark },
  {
    name: 'Hospital blue',
    theme: 'light',
    page: '#f0f4f5',
    tokens: {
      ...defaults.light,
      '--her2-color-text': '#212b32',
      '--her2-color-muted': '#4c6272',
      '--her2-color-border': '#768692',
      '--her2-color-accent': '#005eb8',
      '--her2-color-focus': '#003087',
      '--her2-font-family': 'Arial, Helvetica, sans-serif',
      '--her2-radius': '0.25em',
    },
  },
  {
    name: 'Dark portal',
    theme: 'dark',
    page: '#0b0f14',
    tokens: {
      ...defaults.dark,
      '--her2-color-text': '#e8edf2',
      '--her2-color-muted': '#a8b3bf',
      '--her2-color-surface': '#10151c',
      '--her2-color-border': '#5d6a78',
      '--her2-color-accent': '#8cc4ff',
      '--her2-color-accent-contrast': '#0b0f14',
      '--her2-color-focus': '#ffd166',
      '--her2-font-family': 'system-ui, sans-serif',
      '--her2-radius': '0.75em',
    },
  },
  {
    name: 'High contrast',
    theme: 'dark',
    page: '#000000',
    tokens: {
      ...defaults.dark,
      '--her2-color-text': '#ffffff',
      '--her2-color-muted': '#ffffff',
      '--her2-color-surface': '#000000',
      '--her2-color-border': '#ffffff',
      '--her2-color-accent': '#ffff00',
      '--her2-color-accent-contrast': '#000000',
      '--her2-color-focus': '#00ffff',
      '--her2-font-size': '1.125em',
      '--her2-radius': '0',
    },
  },
];

const $ = (id) => document.getElementById(id);

function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/* ---------- Colour arithmetic (WCAG 2.x), on what the browser computes ---------- */

const probe = document.body.appendChild(element('span', { hidden: '' }));

function rgb(color) {
  probe.style.color = '';
  probe.style.color = color;
  if (!probe.style.color) return undefined;
  const match = getComputedStyle(probe).color.match(/[\d.]+/g);
  return match ? match.slice(0, 3).map(Number) : undefined;
}

function luminance([r, g, b]) {
  const channel = (value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function ratio(a, b) {
  const first = rgb(a);
  const second = rgb(b);
  if (!first || !second) return undefined;
  const [light, dark] = [luminance(first), luminance(second)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function toHex(color) {
  const channels = rgb(color);
  return channels ? `#${channels.map((value) => value.toString(16).padStart(2, '0')).join('')}` : '#000000';
}

/* ---------- Theming playground ---------- */

const state = { preset: presets[0].name, theme: 'light', page: presets[0].page, tokens: { ...presets[0].tokens } };
const inputs = new Map();

function tokenRow(token, label, control) {
  const id = `token-${token.slice(2)}`;
  control.id = id;
  const row = element('p', { class: 'row' });
  const text = element('label', { for: id });
  text.append(`${label} `, element('code', {}, token));
  row.append(text, control);
  return row;
}

function buildTokenControls() {
  for (const [token, label] of colorTokens) {
    const text = element('input', { type: 'text', spellcheck: 'false', autocomplete: 'off' });
    const picker = element('input', { type: 'color', 'aria-label': `${label}: colour picker` });
    text.addEventListener('input', () => {
      if (rgb(text.value)) picker.value = toHex(text.value);
      setToken(token, text.value);
    });
    picker.addEventListener('input', () => {
      text.value = picker.value;
      setToken(token, picker.value);
    });
    inputs.set(token, { text, picker });
    const row = tokenRow(token, label, text);
    const pair = element('span', { class: 'pair' });
    row.replaceChild(pair, text);
    pair.append(picker, text);
    $('color-tokens').append(row);
  }
  for (const [token, label, options] of otherTokens) {
    const listId = `${token.slice(2)}-options`;
    const text = element('input', { type: 'text', list: listId, spellcheck: 'false', autocomplete: 'off' });
    const list = element('datalist', { id: listId });
    for (const option of options) list.append(element('option', { value: option }));
    text.addEventListener('input', () => setToken(token, text.value));
    inputs.set(token, { text });
    const row = tokenRow(token, label, text);
    row.append(list);
    $('other-tokens').append(row);
  }
}

function buildPresets() {
  for (const preset of presets) {
    const button = element('button', { type: 'button', 'aria-pressed': 'false' }, preset.name);
    button.addEventListener('click', () => applyPreset(preset));
    $('presets').append(button);
  }
}

function applyPreset(preset) {
  Object.assign(state, { preset: preset.name, theme: preset.theme, page: preset.page, tokens: { ...preset.tokens } });
  for (const [token, { text, picker }] of inputs) {
    text.value = state.tokens[token];
    if (picker) picker.value = toHex(state.tokens[token]);
  }
  $('theme').value = state.theme;
  $('page-background').value = state.page;
  render();
}

function setToken(token, value) {
  state.tokens[token] = value.trim();
  state.preset = undefined;
  render();
}

/** Whether two values of a token are the same: `#fff` and `#ffffff` are. */
const sameValue = (a, b) => a === b || (rgb(a) !== undefined && rgb(b) !== undefined && toHex(a) === toHex(b));

/** The tokens that differ from the chosen theme's defaults: what a site has to write. */
function changedTokens() {
  const base = defaults[state.theme === 'dark' ? 'dark' : 'light'];
  return Object.entries(state.tokens).filter(([token, value]) => value && !sameValue(value, base[token]));
}

function cssText() {
  const lines = changedTokens().map(([token, value]) => `  ${token}: ${value};`);
  const title = state.preset ? ` (${state.preset})` : '';
  const themeNote = state.theme === 'light' ? '' : `\n/* …and theme="${state.theme}" on each element. */`;
  return `/* her2-widgets theme${title} */\n.her2-theme {\n${lines.join('\n') || '  /* the defaults: nothing to set */'}\n}${themeNote}\n`;
}

function applyTokens(target) {
  for (const [token] of [...colorTokens, ...otherTokens]) target.style.removeProperty(token);
  for (const [token, value] of changedTokens()) target.style.setProperty(token, value);
}

const contrastPairs = [
  ['Text on the surface', '--her2-color-text', '--her2-color-surface', 4.5],
  ['Secondary text on the surface', '--her2-color-muted', '--her2-color-surface', 4.5],
  ['Links on the surface', '--her2-color-accent', '--her2-color-surface', 4.5],
  ['Button text on the accent', '--her2-color-accent-contrast', '--her2-color-accent', 4.5],
  ['Borders on the surface', '--her2-color-border', '--her2-color-surface', 3],
  ['Focus ring on the surface', '--her2-color-focus', '--her2-color-surface', 3],
  ['Focus ring on your page (inline terms)', '--her2-color-focus', 'page', 3],
];

function renderContrast() {
  const rows = contrastPairs.map(([label, foreground, background, needed]) => {
    const value = ratio(state.tokens[foreground], background === 'page' ? state.page : state.tokens[background]);
    const passes = value !== undefined && value >= needed;
    const row = element('tr', { class: passes ? 'pass' : 'fail' });
    row.append(
      element('th', { scope: 'row' }, label),
      element('td', {}, value === undefined ? '—' : `${value.toFixed(2)}:1`),
      element('td', {}, `${needed}:1`),
      element('td', {}, passes ? '✓ passes' : '✗ too low'),
    );
    return row;
  });
  $('contrast-rows').replaceChildren(...rows);
}

function render() {
  const preview = $('preview');
  applyTokens(preview);
  preview.style.background = state.page;
  preview.classList.toggle('on-dark', luminance(rgb(state.page) ?? [255, 255, 255]) < 0.2);
  // Every element takes `theme`.
  for (const widget of preview.querySelectorAll(autoloadedTags.join(', '))) widget.setAttribute('theme', state.theme);
  $('page-background-value').value = state.page;
  for (const button of $('presets').querySelectorAll('button')) {
    button.setAttribute('aria-pressed', String(button.textContent === state.preset));
  }
  $('css-output').value = cssText();
  renderContrast();
  renderEmbed();
}

$('theme').addEventListener('change', (event) => {
  state.theme = event.target.value;
  render();
});
$('page-background').addEventListener('input', (event) => {
  state.page = event.target.value;
  render();
});

/* ---------- Embed-code builder ---------- */

const controlsByTag = await elementControls();

const embed = { tag: 'her2-therapy-card', values: {} };

function buildTagSelect() {
  for (const tag of controlsByTag.keys()) $('embed-tag').append(element('option', { value: tag }, `<${tag}>`));
  $('embed-tag').value = embed.tag;
  $('embed-tag').addEventListener('change', (event) => {
    embed.tag = event.target.value;
    buildAttributeControls();
    renderEmbed();
  });
  for (const id of ['embed-script', 'embed-base', 'embed-theme', 'embed-as'])
    $(id).addEventListener('input', renderEmbed);
}

/** The documentation's words, its `code` spans as code. */
function description(id, text) {
  const help = element('span', { id, class: 'help' });
  text.split('`').forEach((part, index) => help.append(index % 2 ? element('code', {}, part) : part));
  return help;
}

/** The form control for one attribute, or for the text inside the tag. */
function controlFor(spec, id, describedBy) {
  const common = { id, 'aria-describedby': describedBy };
  if (spec.kind === 'boolean') return element('input', { ...common, type: 'checkbox' });
  if (spec.kind === 'text')
    return element('input', { ...common, type: 'text', spellcheck: 'false', autocomplete: 'off' });
  const select = element('select', common);
  for (const option of spec.options) select.append(element('option', { value: option }, option || '(default)'));
  return select;
}

/** A row of the form for one attribute, or for the text inside the tag; it keeps `embed.values` up to date. */
function controlRow(spec) {
  const id = spec.name ? `attribute-${spec.name}` : 'element-text';
  const label = element('label', { for: id });
  label.append(spec.name ? element('code', {}, spec.name) : 'Text inside the tag');
  const help = description(`${id}-help`, spec.description);
  const control = controlFor(spec, id, help.id);
  const isCheckbox = spec.kind === 'boolean';
  const chosen = () => (isCheckbox ? control.checked : control.value);
  if (!isCheckbox) control.value = spec.value ?? '';
  embed.values[spec.name] = chosen();
  control.addEventListener('input', () => {
    embed.values[spec.name] = chosen();
    renderEmbed();
  });
  const row = element('p', { class: isCheckbox ? 'row check' : 'row' });
  row.append(...(isCheckbox ? [control, label] : [label, control]), help);
  return row;
}

function buildAttributeControls() {
  embed.values = {};
  const controls = controlsByTag.get(embed.tag);
  $('embed-attributes').replaceChildren(...controls.map(controlRow));
  // An element inside the host's own words has no page of its own, nor HTML without those words.
  for (const way of $('embed-as').querySelectorAll('input:not([value="script"])'))
    way.disabled = wrapsHostText(controls);
}

/** The element's attributes and the text inside it, as chosen. */
function chosenMarkup() {
  const attributes = [];
  let content = '';
  for (const spec of controlsByTag.get(embed.tag)) {
    const value = embed.values[spec.name];
    if (!spec.name) content = value ?? '';
    else if (spec.kind === 'boolean' && value) attributes.push([spec.name, '']);
    else if (spec.kind !== 'boolean' && value) attributes.push([spec.name, value]);
  }
  return { attributes, content };
}

/** The chosen way of embedding: a script tag, pre-rendered HTML or a frame (block elements only). */
function embedWay() {
  const chosen = $('embed-as').querySelector('input:checked')?.value ?? 'script';
  return wrapsHostText(controlsByTag.get(embed.tag)) ? 'script' : chosen;
}

/** The address to paste and the frame, or why the element has none. */
async function frameText(scriptOptions) {
  const width = Math.min(Math.max(Number($('embed-width').value) || 600, 320), 1280);
  const snippets = await frameSnippets({ ...scriptOptions, base: baseUrl(), width });
  const note = 'A static page shows the element as it comes: of the attributes, only type and lang apply.';
  return `<!-- The address to paste: WordPress (and any oEmbed host) turns it into a sized frame. ${note} -->\n${snippets.url}\n\n<!-- Or the frame, for any page that allows one, at the height for a ${width} px column -->\n${snippets.frame}`;
}

/** The address the host serves the package's folder at, as typed. */
const baseUrl = () => $('embed-base').value.trim() || './';

/** Pre-rendered HTML is taken over by dist/her2-widgets.js, the file with Lit's hydration support. */
function scriptUrl() {
  const oneElement = $('embed-script').value !== 'all' && embedWay() === 'script';
  return moduleUrl(baseUrl(), oneElement ? `define/${embed.tag}.js` : 'her2-widgets.js');
}

async function snippetText() {
  const { attributes, content } = chosenMarkup();
  const scriptOptions = { scriptUrl: scriptUrl(), tag: embed.tag, attributes, content };
  let snippet;
  if (embedWay() === 'frame') return frameText(scriptOptions);
  if (embedWay() === 'pre-rendered') snippet = await preRenderedSnippet(scriptOptions);
  else if ($('embed-script').value === 'pinned')
    snippet = await pinnedScriptSnippet({ ...scriptOptions, base: baseUrl() });
  else snippet = scriptSnippet(scriptOptions);
  if (!$('embed-theme').checked) return snippet;
  const css = cssText()
    .trimEnd()
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return `<style>\n${css}\n</style>\n<div class="her2-theme">\n${snippet}</div>\n`;
}

let shownSnippet = 0;

/** Writes the snippet once it is ready, unless a newer choice has asked for another. */
async function showSnippet() {
  const request = (shownSnippet += 1);
  $('embed-script').disabled = embedWay() !== 'script';
  $('embed-width').disabled = embedWay() !== 'frame';
  $('snippet').value = embedWay() === 'script' ? $('snippet').value : 'Rendering…';
  try {
    const text = await snippetText();
    if (request === shownSnippet) $('snippet').value = text;
  } catch (error) {
    if (request === shownSnippet) $('snippet').value = `Could not render this element: ${error.message}`;
  }
}

function renderEmbed() {
  const { attributes, content } = chosenMarkup();
  const widget = element(embed.tag);
  for (const [name, value] of attributes) widget.setAttribute(name, value);
  if (content) widget.textContent = content;
  const preview = $('embed-preview');
  if ($('embed-theme').checked) {
    applyTokens(preview);
    preview.style.background = state.page;
    preview.classList.toggle('on-dark', luminance(rgb(state.page) ?? [255, 255, 255]) < 0.2);
  } else {
    for (const [token] of [...colorTokens, ...otherTokens]) preview.style.removeProperty(token);
    preview.style.background = '';
    preview.classList.remove('on-dark');
  }
  if (embed.tag === 'glossary-term') {
    const sentence = element('p', { class: 'host-text' }, 'Your sentence with ');
    sentence.append(widget, ' in it.');
    preview.replaceChildren(sentence);
  } else {
    preview.replaceChildren(widget);
  }
  void showSnippet();
}

/* ---------- Copying ---------- */

async function copyFrom(textarea, what) {
  const status = $('copy-status');
  try {
    await navigator.clipboard.writeText(textarea.value);
    status.textContent = `Copied ${what}.`;
  } catch {
    textarea.focus();
    textarea.select();
    status.textContent = `Selected ${what}: press Ctrl+C (⌘C on a Mac) to copy it.`;
  }
}

$('copy-css').addEventListener('click', () => copyFrom($('css-output'), 'the CSS'));
$('copy-snippet').addEventListener('click', () => copyFrom($('snippet'), 'the snippet'));

buildPresets();
buildTokenControls();
buildTagSelect();
buildAttributeControls();
applyPreset(presets[0]);
