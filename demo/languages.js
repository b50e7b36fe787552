// Demo page only: a host registering its own reviewed translation of one content export.
// The project ships no translated medical text, so every "translation" here is a visible
// placeholder where a hospital's reviewed Spanish text would go.
import { registerContentPack } from '../dist/her2-widgets.js';

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
