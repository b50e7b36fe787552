// Demo page only: switch the theme of every element, show host terms in the glossary, and
// register a host's content pack.
import { autoloadedTags } from '../dist/esm/autoloaded-tags.js';
import { registerContentPack } from '../dist/her2-widgets.js';

const themeSwitch = document.getElementById('theme-switch');
const widgets = () => document.querySelectorAll(autoloadedTags.join(', '));

function applyTheme(theme) {
  for (const widget of widgets()) widget.setAttribute('theme', theme);
  const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.body.className = dark ? 'dark' : 'light';
}

const requested = new URLSearchParams(location.search).get('theme');
if (requested) themeSwitch.value = requested;
applyTheme(themeSwitch.value);
themeSwitch.addEventListener('change', () => applyTheme(themeSwitch.value));

document.getElementById('glossary').extraTerms = [
  {
    id: 'care-team',
    term: 'care team',
    definition: 'Example of a term a host site adds: the people at this hospital who plan and give your treatment.',
  },
];

// <her2-glossify>: switch it off and on, add text later, and show what it defined.
const glossify = document.getElementById('glossify-demo');
const glossifyStatus = document.getElementById('glossify-status');

function showGlossified(detail) {
  const total = glossify.querySelectorAll('glossary-term').length;
  const last = detail ? ` The last pass defined: ${detail.terms.join(', ')}.` : '';
  glossifyStatus.textContent = `${total} ${total === 1 ? 'term' : 'terms'} defined in the post.${last}`;
}

document.getElementById('glossify-toggle').addEventListener('change', async (event) => {
  glossify.disabled = !event.target.checked;
  await glossify.updateComplete;
  if (glossify.disabled) showGlossified();
});
document.getElementById('glossify-comment').addEventListener('click', () => {
  const comment = document.createElement('p');
  comment.textContent = "A reader's comment: thank you. I am still learning what biomarkers are.";
  document.getElementById('glossify-post').append(comment);
});
glossify.addEventListener('her2-glossified', (event) => showGlossified(event.detail));
showGlossified();

// A host registering its own reviewed translation of one content export. The project ships no
// translated medical text, so each "translation" is a visible placeholder where a hospital's
// reviewed Spanish text would go.
const placeholder = (what) => `[${what}: aquí va el texto traducido y revisado por su equipo]`;

const result = registerContentPack({
  locale: 'es',
  reviewer: 'Nombre de quien revisó la traducción (ejemplo)',
  reviewed: { year: 2025, month: 3 },
  content: {
    treatmentDecisions: {
      heading: { text: placeholder('Título') },
      paragraphs: [{ text: placeholder('Párrafo') }],
    },
  },
});

document.getElementById('pack-result').textContent = JSON.stringify(result);
