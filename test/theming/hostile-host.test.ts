import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { captureWarnings } from '../support/console.js';
import { deepElements, deepQueryAll, styleOf } from '../support/dom.js';
import { blockPartStates, termStates } from '../support/elements.js';
import { styleElement } from '../support/fixtures.js';
import { cleanUp, renderState } from '../support/render.js';
import { visibleText } from '../support/text.js';

/**
 * A page that fights everything: a reset that unsets every property of every element (the
 * widgets' own tags included), the 62.5% root size, hidden headings, and inherited text
 * settings that would wreck any text they reach.
 */
const hostileCss = `
  * { all: unset; }
  html { font-size: 62.5%; }
  body { font-size: 1.6rem; }
  h2, h3 { display: none; }
  body { color: red; line-height: 5; }
  a { color: inherit; }
  body {
    font-family: Georgia, serif;
    font-style: italic;
    font-weight: 700;
    letter-spacing: 0.3em;
    word-spacing: 1em;
    text-transform: uppercase;
    text-align: center;
    text-indent: 3em;
    text-shadow: 1px 1px red;
    white-space: pre;
  }
`;

const style = (node: Element) => styleOf(node);
const lightText = 'rgb(31, 35, 40)';
const lightAccent = 'rgb(10, 88, 168)';

function expectTextBaseline(node: Element, label: string): void {
  const computed = style(node);
  expect(computed.color, `${label} colour`).to.equal(lightText);
  expect(computed.fontStyle, `${label} font-style`).to.equal('normal');
  expect(computed.letterSpacing, `${label} letter-spacing`).to.equal('normal');
  expect(computed.wordSpacing, `${label} word-spacing`).to.equal('0px');
  expect(computed.textTransform, `${label} text-transform`).to.equal('none');
  expect(computed.textAlign, `${label} text-align`).to.equal('start');
  expect(computed.textIndent, `${label} text-indent`).to.equal('0px');
  expect(computed.textShadow, `${label} text-shadow`).to.equal('none');
  expect(computed.whiteSpace, `${label} white-space`).to.equal('normal');
  expect(computed.fontFamily, `${label} follows the page font`).to.equal('Georgia, serif');
}

describe('theming: a hostile host page', () => {
  captureWarnings();
  let page: HTMLStyleElement | undefined;
  let host: HTMLElement | undefined;

  beforeEach(() => {
    page = document.head.appendChild(styleElement(hostileCss));
    host = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => cleanUp(page, host));

  it('the hostile rules are in force on the page', () => {
    const paragraph = host!.appendChild(document.createElement('p'));
    expect(style(paragraph).display).to.equal('inline');
    expect(style(paragraph).color).to.equal('rgb(255, 0, 0)');
    expect(style(document.body).lineHeight).to.equal('80px');
    expect(style(document.documentElement).fontSize).to.equal('10px');
  });

  for (const item of blockPartStates) {
    describe(item.name, () => {
      it('is a block card as wide as the page, in its own colours and text settings', async () => {
        const el = await renderState(item, { parent: host });
        expect(style(el).display, 'the reset does reach the element itself').to.equal('inline');
        const [card, ...nested] = deepQueryAll(el, '[part~="card"]');
        expect(style(card).display).to.equal('block');
        expect(card.getBoundingClientRect().width).to.be.closeTo(document.documentElement.clientWidth, 1);
        expect(style(card).backgroundColor).to.equal('rgb(255, 255, 255)');
        expectTextBaseline(card, 'card');
        for (const inner of nested) expectTextBaseline(inner, 'nested card');
      });

      it('keeps its sizes in em: 16px text after html { font-size: 62.5% }, line-height 1.5', async () => {
        const el = await renderState(item, { parent: host });
        const [card] = deepQueryAll(el, '[part~="card"]');
        expect(style(card).fontSize).to.equal('16px');
        expect(style(card).lineHeight).to.equal('24px');
        expect(style(card).paddingTop).to.equal('16px');
        const heading = deepQueryAll(el, '[part~="heading"]')[0];
        expect(style(heading).fontSize).to.equal(item.tag === 'her2-article' ? '25.6px' : '20px');
        for (const paragraph of deepQueryAll(el, 'p')) {
          expect(parseFloat(style(paragraph).lineHeight)).to.be.at.most(
            1.5 * parseFloat(style(paragraph).fontSize) + 0.5,
          );
        }
      });

      it('shows its headings and its text; links keep the accent colour', async () => {
        const el = await renderState(item, { parent: host });
        const headings = deepQueryAll(el, 'h2, h3, h4, h5, h6');
        expect(headings.length).to.be.greaterThan(0);
        for (const heading of headings) {
          expect(heading.checkVisibility(), heading.textContent ?? '').to.be.true;
          expect(heading.getBoundingClientRect().height).to.be.greaterThan(0);
          expect(style(heading).display).to.equal('block');
        }
        for (const phrase of item.phrases) expect(visibleText(el)).to.contain(phrase);
        for (const link of deepQueryAll(el, 'a[href]')) expect(style(link).color).to.equal(lightAccent);
      });
    });
  }

  it('keeps headings visible at heading-level 2 and 3, whatever h2, h3 { display: none } says', async () => {
    const decisions = blockPartStates.find((item) => item.tag === 'treatment-decisions')!;
    for (const level of ['2', '3']) {
      const el = await renderState(
        { ...decisions, attributes: { ...decisions.attributes, 'heading-level': level } },
        { parent: host },
      );
      const heading = deepQueryAll(el, `h${level}`)[0];
      expect(heading.checkVisibility()).to.be.true;
      expect(heading.getBoundingClientRect().height).to.be.greaterThan(20);
    }
  });

  describe('<glossary-term>', () => {
    it('the definition box keeps its own text settings; the term stays a button in the sentence', async () => {
      const el = await renderState(termStates[0], { parent: host });
      const popover = deepQueryAll(el, '[part~="popover"]')[0];
      expect(popover.checkVisibility()).to.be.true;
      expectTextBaseline(popover, 'definition');
      expect(parseFloat(style(popover).lineHeight)).to.be.closeTo(1.5 * parseFloat(style(popover).fontSize), 0.1);
      const term = deepQueryAll(el, '[part~="term"]')[0];
      expect(term.localName).to.equal('button');
      expect(term.getBoundingClientRect().width).to.be.greaterThan(0);
      for (const phrase of termStates[0].phrases) expect(visibleText(el)).to.contain(phrase);
    });
  });

  it('no element sizes anything in rem', async () => {
    for (const item of [...blockPartStates, ...termStates]) {
      const el = await renderState(item, { parent: host });
      for (const node of [el, ...deepElements(el)]) {
        for (const sheet of node.shadowRoot?.adoptedStyleSheets ?? []) {
          const text = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
          expect(text, `<${node.localName}>`).not.to.match(/\d\s*rem\b/);
        }
      }
    }
  });
});

describe('theming: a page with html { font-size: 62.5% } and no reset', () => {
  let page: HTMLStyleElement | undefined;
  let host: HTMLElement | undefined;
  beforeEach(() => {
    page = document.head.appendChild(styleElement('html { font-size: 62.5%; } body { font-size: 1.6rem; }'));
    host = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => cleanUp(page, host));

  for (const item of [...blockPartStates, termStates[0]]) {
    it(`${item.name} sizes follow the 16px body text, not the 10px root`, async () => {
      const el = await renderState(item, { parent: host });
      const box = deepQueryAll(el, '[part~="card"], [part~="popover"]')[0];
      expect(parseFloat(style(box).fontSize)).to.be.at.least(15);
      expect(parseFloat(style(box).paddingTop)).to.be.at.least(item.tag === 'glossary-term' ? 11 : 16);
    });
  }
});
