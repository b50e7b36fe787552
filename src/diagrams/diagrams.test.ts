import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { her2StatusDiagram, type DiagramLabel, type DiagramText } from '../content/diagrams.js';
import { therapyDiagrams } from '../content/therapy-diagrams.js';
import { her2Status } from '../content/her2-status.js';
import { therapies } from '../content/therapies.js';
import { foldText } from '../glossary/search-text.js';
import { seedParagraphs } from '../../test/support/content.js';
import { normalize } from '../../test/support/dom.js';
import { textAlternative } from '../../test/support/text.js';
import { diagramStyles } from './diagram.styles.js';
import { her2StatusFigure } from './her2-status.js';
import { therapyFigures } from './therapy.js';

interface Picture {
  name: string;
  figure: () => TemplateResult;
  text: DiagramText<string>;
  /** The article's sentences that the picture's text alternative repeats. */
  sentences: string;
}

const pictures: Picture[] = [
  {
    name: 'HER2 status',
    figure: () => her2StatusFigure(her2StatusDiagram),
    text: her2StatusDiagram,
    sentences:
      'Some breast cancers produce excess amounts of HER2 proteins. These proteins are located on the outside of cancer cells and attract growth hormones that the cancer cells can use to promote their growth, division, and spread.',
  },
  {
    name: 'monoclonal antibodies',
    figure: () => therapyFigures.mab(therapyDiagrams),
    text: therapyDiagrams.mab,
    sentences: therapies.mab.standalone!.howItWorks![0].text,
  },
  {
    name: 'antibody drug conjugates',
    figure: () => therapyFigures.adc(therapyDiagrams),
    text: therapyDiagrams.adc,
    sentences: therapies.adc.howItWorks[0].text,
  },
  {
    name: 'tyrosine kinase inhibitors',
    figure: () => therapyFigures.tki(therapyDiagrams),
    text: therapyDiagrams.tki,
    sentences: `${therapies.tki.whatItIs.text} ${therapies.tki.howItWorks[0].text}`,
  },
];

const labelText = (label: DiagramLabel): string => (typeof label === 'string' ? label : label.join(' '));

const plainQuotes = (value: string) => value.replace(/[“”]/g, '"');

const words = (text: string): string[] => foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** The same word, or the same word in another form: "antibody" and "antibodies", "attach" and "attaching". */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 3) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common += 1;
  return common >= Math.max(3, shorter - 2);
}

/** The words of `text` that none of the paragraphs has in any form. */
function wordsNotIn(text: string, paragraphs: string[]): string[] {
  const seedWords = paragraphs.flatMap(words);
  return words(text).filter((word) => !seedWords.some((seedWord) => sameWord(word, seedWord)));
}

describe('pictures (src/diagrams)', () => {
  let host: HTMLDivElement;

  function show(figure: () => TemplateResult): HTMLElement {
    host = document.body.appendChild(document.createElement('div'));
    render(figure(), host);
    return host;
  }

  afterEach(() => host?.remove());

  for (const { name, figure, text, sentences } of pictures) {
    describe(name, () => {
      it('renders one figure: an SVG image sized by its viewBox alone, and a visible caption', () => {
        const root = show(figure);
        expect(root.querySelectorAll('figure')).to.have.length(1);
        const svg = root.querySelector('figure > svg')!;
        expect(svg.getAttribute('role')).to.equal('img');
        expect(svg.getAttribute('viewBox')).to.match(/^0 \d+ \d+ \d+$/);
        expect(svg.hasAttribute('width') || svg.hasAttribute('height')).to.be.false;
        expect(normalize(root.querySelector('figure > figcaption')?.textContent)).to.equal(text.caption.text);
      });

      it('is named by its caption and described by the article’s own sentences', () => {
        const svg = show(figure).querySelector('svg')!;
        const { name: accessibleName, description } = textAlternative(svg);
        expect(accessibleName).to.equal(text.caption.text);
        expect(description).to.equal(sentences);
      });

      it('shows every label of its content, and no other words', () => {
        const shown = [...show(figure).querySelectorAll('svg text')].map((node) =>
          [...node.querySelectorAll('tspan')].map((line) => line.textContent).join(' '),
        );
        const labels = Object.values(text.labels).map(labelText);
        expect([...new Set(shown)].sort()).to.deep.equal([...labels].sort());
      });

      it('keeps every label inside the picture, in the stylesheet’s font size and a wide sans-serif', () => {
        host = document.body.appendChild(document.createElement('div'));
        // The labels take the host page's font; the page's own serif would be narrower.
        host.style.fontFamily = 'Verdana, "DejaVu Sans", sans-serif';
        const root = host.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = [diagramStyles.styleSheet!];
        render(figure(), root);
        const svg = root.querySelector('svg')!;
        const [x, y, width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
        for (const node of svg.querySelectorAll('text')) {
          const box = node.getBBox();
          const where = `"${node.textContent}" ${box.x}..${box.x + box.width}, ${box.y}..${box.y + box.height}`;
          expect(box.x, where).to.be.at.least(x);
          expect(box.y, where).to.be.at.least(y);
          expect(box.x + box.width, where).to.be.at.most(x + width);
          expect(box.y + box.height, where).to.be.at.most(y + height);
        }
      });

      it('draws its shapes inline: no image, link, external reference, script or motion', () => {
        const svg = show(figure).querySelector('svg')!;
        expect(
          svg.querySelectorAll(
            'image, use, a, script, style, foreignObject, animate, animateTransform, animateMotion, set',
          ),
        ).to.have.length(0);
        expect(
          [...svg.querySelectorAll('*')].some((node) => node.hasAttribute('href') || node.hasAttribute('xlink:href')),
        ).to.be.false;
        expect(svg.outerHTML).not.to.match(/url\(|https?:/);
      });
    });
  }

  describe('content', () => {
    let paragraphs: string[];
    const cited = (seed: readonly number[]) => seed.map((number) => paragraphs[number - 1]);

    before(async () => {
      paragraphs = await seedParagraphs();
    });

    it('each picture cites paragraphs of the seed', () => {
      for (const { text } of pictures) {
        for (const seed of [text.seed, text.caption.seed, ...text.description.map((item) => item.seed)]) {
          expect(seed.length).to.be.greaterThan(0);
          for (const number of seed) expect(paragraphs[number - 1], `¶${number}`).to.be.a('string');
        }
      }
    });

    it('labels are the words of the paragraphs the picture cites, as the seed has them', () => {
      for (const { name, text } of pictures) {
        const source = cited(text.seed).join(' ').toLowerCase();
        for (const label of Object.values(text.labels).map(labelText)) {
          expect(source, `${name}: "${label}"`).to.contain(label.toLowerCase());
        }
      }
    });

    it('no label says what the seed does not: no "normal" amount, no "HER2-positive" picture', () => {
      for (const { name, text } of pictures) {
        for (const label of Object.values(text.labels).map(labelText)) {
          expect(label, name).not.to.match(/\bnormal\b/i);
        }
      }
      const statusLabels = Object.values(her2StatusDiagram.labels).map(labelText);
      expect(statusLabels.some((label) => /HER2-positive/i.test(label))).to.be.false;
      expect(statusLabels).to.include.members(['cancer cell', 'excess amounts of HER2 proteins', 'growth hormones']);
    });

    it('the HER2 status picture cites only ¶4, the sentences it shows', () => {
      expect(her2StatusDiagram.seed).to.deep.equal([4]);
      expect(her2StatusDiagram.description.map((item) => item.seed)).to.deep.equal([[4]]);
    });

    it('captions keep the words of the paragraphs they cite', () => {
      for (const { name, text } of pictures) {
        expect(wordsNotIn(text.caption.text, cited(text.caption.seed)), name).to.deep.equal([]);
      }
    });

    it('text alternatives are the article’s sentences, word for word or as a recorded light edit', () => {
      for (const { name, text } of pictures) {
        for (const item of text.description) {
          const source = plainQuotes(cited(item.seed).join(' '));
          expect(source, name).to.contain(plainQuotes(item.edit ? item.edit.from : item.text));
        }
      }
      expect(her2Status.paragraphs[0].text).to.contain(her2StatusDiagram.description[0].text);
    });

    it('the monoclonal antibody picture names its subject: "Monoclonal antibodies work by…", not "They…"', () => {
      const [description] = therapyDiagrams.mab.description;
      expect(description.text).to.match(/^Monoclonal antibodies work by attaching to HER2 proteins/);
      expect(description.edit?.from).to.match(/^They work by attaching/);
    });

    it('captions that are not the seed’s words verbatim record the seed words they were made from', () => {
      for (const { name, text } of pictures) {
        const source = plainQuotes(cited(text.caption.seed).join(' '));
        if (source.includes(plainQuotes(text.caption.text))) continue;
        expect(text.caption.edit, name).to.exist;
        expect(source, name).to.contain(plainQuotes(text.caption.edit!.from));
      }
    });

    it('is frozen', () => {
      expect(Object.isFrozen(her2StatusDiagram.labels)).to.be.true;
      expect(Object.isFrozen(her2StatusDiagram.labels.her2)).to.be.true;
      expect(Object.isFrozen(therapyDiagrams.tki.caption)).to.be.true;
      expect(Object.isFrozen(therapyDiagrams.adc.description)).to.be.true;
    });
  });

  describe('styles', () => {
    const cssText = diagramStyles.cssText;

    it('take colours only from the private tokens, and system colours in forced-colors mode', () => {
      expect(cssText).not.to.match(/#[0-9a-f]{3,8}\b|\b(rgb|hsl|oklch|lab)a?\(/i);
      expect(cssText.match(/var\(--[\w-]+/g)?.every((name) => name.startsWith('var(--_'))).to.be.true;
      const forced = /@media \(forced-colors: active\) \{([\s\S]*)\}/.exec(cssText)?.[1] ?? '';
      for (const color of ['CanvasText', 'Canvas', 'Highlight']) expect(forced).to.contain(color);
      expect(forced).to.contain('forced-color-adjust: none');
    });

    it('never move', () => {
      expect(cssText).not.to.match(/animation|transition/);
    });
  });
});
