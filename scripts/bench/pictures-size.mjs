// What the pictures add to the whole library: the bundle built as usual, and built again with
// each picture module replaced by one that draws nothing.
import { bundledSize } from './bundled-size.mjs';

const pictureStubs = {
  'diagrams/her2-status.js': "import { nothing } from 'lit'; export const her2StatusFigure = () => nothing;",
  'diagrams/therapy.js':
    "import { nothing } from 'lit'; const none = () => nothing; export const therapyFigures = { mab: none, adc: none, tki: none };",
  'diagrams/diagram.styles.js': "import { css } from 'lit'; export const diagramStyles = css``;",
  'content/diagrams.js': 'export const her2StatusDiagram = {};',
  'content/therapy-diagrams.js': 'export const therapyDiagrams = {};',
};

function withoutPictures() {
  return {
    name: 'without-pictures',
    load(id) {
      const stub = Object.entries(pictureStubs).find(([path]) => id.endsWith(path));
      return stub ? stub[1] : null;
    },
  };
}

/** The library built exactly as `npm run build` builds it, with `extraPlugins` first. */
const librarySize = (extraPlugins) => bundledSize('dist/esm/define/all.js', 'dist/her2-widgets.js', extraPlugins);

export async function picturesSize() {
  const withPictures = await librarySize([]);
  const without = await librarySize([withoutPictures()]);
  return {
    withPictures,
    withoutPictures: without,
    added: { gzip: withPictures.gzip - without.gzip, brotli: withPictures.brotli - without.brotli },
  };
}
