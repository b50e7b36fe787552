// Demo page only: switch the theme of every element, and show host terms in the glossary.
const themeSwitch = document.getElementById('theme-switch');
const tags = [
  'her2-article',
  'her2-therapy-card',
  'her2-therapy-overview',
  'her2-status-explainer',
  'treatment-decisions',
  'biomarker-glossary',
  'glossary-term',
  'source-list',
  'related-reading',
];
const widgets = () => document.querySelectorAll(tags.join(', '));

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
