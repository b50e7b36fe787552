import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { captureWarnings } from '../support/console.js';
import { deepQueryAll, styleOf } from '../support/dom.js';
import { blockPartStates, partStates, termStates, type TaggedState } from '../support/elements.js';
import { styleElement } from '../support/fixtures.js';
import { cleanUp, renderState } from '../support/render.js';

const tokens: Record<string, string> = {
  '--her2-font-family': '"Courier New", monospace',
  '--her2-font-size': '1.25em',
  '--her2-color-text': 'rgb(10, 20, 30)',
  '--her2-color-muted': 'rgb(40, 50, 60)',
  '--her2-color-surface': 'rgb(250, 240, 230)',
  '--her2-color-border': 'rgb(70, 80, 90)',
  '--her2-color-accent': 'rgb(100, 0, 0)',
  '--her2-color-accent-contrast': 'rgb(1, 2, 3)',
  '--her2-color-focus': 'rgb(0, 100, 0)',
  '--her2-radius': '3px',
  '--her2-space': '11px',
};

const light = { text: 'rgb(31, 35, 40)', surface: 'rgb(255, 255, 255)', accent: 'rgb(10, 88, 168)' };
const dark = { text: 'rgb(230, 237, 243)', surface: 'rgb(22, 27, 34)', accent: 'rgb(121, 184, 255)' };

/** A host page's container: 16px Georgia, optionally carrying the tokens. */
function wrapper(withTokens: boolean): HTMLDivElement {
  const div = document.createElement('div');
  div.style.fontSize = '16px';
  div.style.fontFamily = 'Georgia, serif';
  div.style.color = 'rgb(0, 128, 0)';
  if (withTokens) for (const [name, value] of Object.entries(tokens)) div.style.setProperty(name, value);
  return document.body.appendChild(div);
}

const style = (node: Element) => styleOf(node);
const focusable = (el: Element) => deepQueryAll(el, 'a[href], button, input, summary')[0];

describe('theming: tokens and parts', () => {
  captureWarnings();
  let host: HTMLDivElement | undefined;
  afterEach(() => cleanUp(host));

  describe('every token reaches every block element', () => {
    for (const item of blockPartStates) {
      for (const theme of ['light', 'dark']) {
        it(`${item.name} theme="${theme}"`, async () => {
          host = wrapper(true);
          const el = await renderState(item, { parent: host, theme });
          const cards = deepQueryAll(el, '[part~="card"]');
          expect(cards.length).to.be.greaterThan(0);
          for (const card of cards) {
            expect(style(card).fontFamily, 'font family').to.contain('Courier New');
            expect(style(card).fontSize, 'font size: 1.25em of 16px, once, nested cards too').to.equal('20px');
            expect(style(card).color).to.equal(tokens['--her2-color-text']);
          }
          const [card] = cards;
          expect(style(card).backgroundColor).to.equal(tokens['--her2-color-surface']);
          expect(style(card).borderTopColor).to.equal(tokens['--her2-color-border']);
          expect(style(card).borderTopLeftRadius).to.equal('3px');
          expect(style(card).paddingTop).to.equal('11px');
          for (const text of deepQueryAll(el, '[part~="heading"], [part~="body"]')) {
            expect(style(text).color).to.equal(tokens['--her2-color-text']);
          }
          for (const footer of deepQueryAll(el, '[part~="footer"]')) {
            expect(style(footer).color).to.equal(tokens['--her2-color-muted']);
            expect(style(footer).borderTopColor).to.equal(tokens['--her2-color-border']);
          }
          for (const link of deepQueryAll(el, 'a[href]')) {
            expect(style(link).color).to.equal(tokens['--her2-color-accent']);
          }
          for (const button of deepQueryAll(el, '[part~="show-more"]')) {
            expect(style(button).color).to.equal(tokens['--her2-color-accent-contrast']);
            expect(style(button).backgroundColor).to.equal(tokens['--her2-color-accent']);
          }
          const control = focusable(el);
          if (control) {
            control.focus();
            expect(style(control).outlineColor).to.equal(tokens['--her2-color-focus']);
          }
        });
      }
    }

    it('the elements that have controls were checked for the focus token', async () => {
      const withControls: string[] = [];
      for (const item of blockPartStates) {
        host = wrapper(false);
        if (focusable(await renderState(item, { parent: host }))) withControls.push(item.tag);
        cleanUp(host);
      }
      expect(withControls).to.include.members([
        'her2-article',
        'her2-therapy-overview',
        'her2-therapy-card',
        'biomarker-glossary',
        'source-list',
        'related-reading',
      ]);
    });
  });

  describe('<glossary-term>: the definition takes the tokens, the term keeps the sentence', () => {
    it('styles the definition box with the tokens', async () => {
      host = wrapper(true);
      const el = await renderState(termStates[0], { parent: host });
      const popover = deepQueryAll(el, '[part~="popover"]')[0];
      expect(style(popover).backgroundColor).to.equal(tokens['--her2-color-surface']);
      expect(style(popover).color).to.equal(tokens['--her2-color-text']);
      expect(style(popover).borderTopColor).to.equal(tokens['--her2-color-border']);
      expect(style(popover).borderTopLeftRadius).to.equal('3px');
      expect(style(popover).fontFamily).to.contain('Courier New');
      expect(style(popover).fontSize).to.equal('19px'); // 0.95 × 1.25em × 16px
      const term = deepQueryAll(el, '[part~="term"]')[0];
      term.focus();
      expect(style(term).outlineColor).to.equal(tokens['--her2-color-focus']);
    });

    it('leaves the term in the font, size and colour of the host sentence', async () => {
      host = wrapper(true);
      const el = await renderState(termStates[0], { parent: host });
      const term = deepQueryAll(el, '[part~="term"]')[0];
      expect(style(term).fontFamily).to.equal(style(host).fontFamily);
      expect(style(term).fontSize).to.equal('16px');
      expect(style(term).color).to.equal('rgb(0, 128, 0)');
    });
  });

  describe('with no token set, every element uses its fallbacks and the page font', () => {
    for (const item of blockPartStates) {
      it(item.name, async () => {
        host = wrapper(false);
        const el = await renderState(item, { parent: host });
        const [card] = deepQueryAll(el, '[part~="card"]');
        expect(style(card).fontFamily).to.equal(style(host).fontFamily);
        expect(style(card).fontSize).to.equal('16px');
        expect(style(card).lineHeight).to.equal('24px');
        expect(style(card).color).to.equal(light.text);
        expect(style(card).backgroundColor).to.equal(light.surface);
        expect(style(card).borderTopLeftRadius).to.equal('8px'); // 0.5em
        expect(style(card).paddingTop).to.equal('16px'); // 1em
        for (const link of deepQueryAll(el, 'a[href]')) expect(style(link).color).to.equal(light.accent);
      });
    }
  });

  describe('theme on every element', () => {
    const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
    for (const item of [...blockPartStates, termStates[0]]) {
      for (const [theme, palette] of [
        ['dark', dark],
        ['light', light],
        ['auto', prefersDark ? dark : light],
      ] as const) {
        it(`${item.name} theme="${theme}"`, async () => {
          host = wrapper(false);
          const el = await renderState(item, { parent: host, theme });
          const boxes = deepQueryAll(el, '[part~="card"], [part~="popover"]');
          expect(boxes.length).to.be.greaterThan(0);
          expect(style(boxes[0]).backgroundColor).to.equal(palette.surface);
          for (const box of boxes) expect(style(box).color).to.equal(palette.text);
          for (const link of deepQueryAll(el, 'a[href]')) expect(style(link).color).to.equal(palette.accent);
        });
      }
    }
  });

  describe('::part on every part README names', () => {
    const probe = (el: Element) => deepQueryAll(el, '*').filter((node) => style(node).scrollMarginTop === '7px').length;

    const check = (item: TaggedState, part: string) =>
      it(`${item.name}::part(${part})`, async () => {
        host = wrapper(false);
        const el = await renderState(item, { parent: host });
        expect(probe(el), 'nothing styled before the rule').to.equal(0);
        host.append(styleElement(`${item.tag}::part(${part}) { scroll-margin-top: 7px; }`));
        expect(probe(el), `nodes styled through ::part(${part})`).to.be.greaterThan(0);
      });

    for (const item of partStates) for (const part of item.parts ?? []) check(item, part);
  });
});
