import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { captureWarnings } from '../support/console.js';
import { deepQueryAll, styleOf } from '../support/dom.js';
import { blockPartStates, stateNamed, termStates, type TaggedState } from '../support/elements.js';
import { emulateMedia } from '../support/media-emulation.js';
import { cleanUp, renderState } from '../support/render.js';
import { visibleText } from '../support/text.js';

const style = (node: Element, pseudo?: string) => styleOf(node, pseudo);
const byTag = (tag: string) => blockPartStates.find((item) => item.tag === tag)!;

/**
 * What a printed link shows after its text. Engines report `content` differently: Chromium as
 * one resolved string, WebKit as three, Firefox with `attr(href)` unresolved.
 */
function printedAfter(link: Element): string {
  const content = style(link, '::after').content;
  if (content === 'none') return content;
  const resolved = content.replace(/attr\(href\)/g, JSON.stringify(link.getAttribute('href')));
  return [...resolved.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1]).join('');
}

describe('theming: print', () => {
  captureWarnings();
  let host: HTMLElement | undefined;
  beforeEach(() => emulateMedia({ media: 'print' }));
  afterEach(async () => {
    cleanUp(host);
    await emulateMedia({ media: 'screen' });
  });

  async function render(item: TaggedState, theme?: string): Promise<HTMLElement> {
    host = document.body.appendChild(document.createElement('div'));
    return renderState(item, { parent: host, theme });
  }

  for (const item of blockPartStates) {
    describe(item.name, () => {
      it('prints every link with its address after the link text', async () => {
        const el = await render(item);
        for (const link of deepQueryAll<HTMLAnchorElement>(el, 'a[href]')) {
          expect(printedAfter(link)).to.equal(` (${link.getAttribute('href')})`);
        }
        await emulateMedia({ media: 'screen' });
        for (const link of deepQueryAll(el, 'a[href]')) expect(printedAfter(link)).to.equal('none');
      });

      it('prints dark text on white in the dark theme, whatever the colour tokens say', async () => {
        host = document.body.appendChild(document.createElement('div'));
        host.style.setProperty('--her2-color-text', 'rgb(240, 240, 240)');
        host.style.setProperty('--her2-color-surface', 'rgb(20, 20, 20)');
        const el = await renderState(item, { parent: host, theme: 'dark' });
        const [card, ...nested] = deepQueryAll(el, '[part~="card"]');
        expect(style(card).backgroundColor).to.equal('rgb(255, 255, 255)');
        for (const box of [card, ...nested]) expect(style(box).color).to.equal('rgb(0, 0, 0)');
      });

      it('prints no interactive chrome: no search box, no buttons but inline terms', async () => {
        const el = await render(item);
        for (const control of deepQueryAll(el, 'input, button')) {
          const isTerm = control.matches('button.term');
          expect(control.checkVisibility(), `<${control.localName} class="${control.className}">`).to.equal(isTerm);
        }
      });
    });
  }

  it('<biomarker-glossary> prints its terms and definitions without the search, count or "Show more"', async () => {
    const glossary = byTag('biomarker-glossary');
    const el = await render(glossary);
    for (const selector of ['[part~="search"]', '.count', '[part~="show-more"]']) {
      const node = deepQueryAll(el, selector)[0];
      expect(node, selector).to.exist;
      expect(node.checkVisibility(), selector).to.be.false;
    }
    for (const phrase of glossary.phrases) expect(visibleText(el)).to.contain(phrase);
  });

  it('<source-list collapsed> prints the whole list', async () => {
    const el = await render(stateNamed('<source-list collapsed> closed'));
    const items = deepQueryAll(el, '[part~="source"]');
    expect(items).to.have.length(14);
    for (const source of items) {
      expect(source.checkVisibility()).to.be.true;
      expect(source.getBoundingClientRect().height).to.be.greaterThan(0);
    }
    expect(visibleText(el)).to.contain('Treatment of Stage IV (Metastatic) Breast Cancer.');
    await emulateMedia({ media: 'screen' });
    expect(items[0].checkVisibility(), 'closed on screen').to.be.false;
  });

  it('<glossary-term> prints its definition in brackets after the term, open or not, without the close button', async () => {
    const el = await render(stateNamed('<glossary-term> closed'));
    const popover = deepQueryAll(el, '[part~="popover"]')[0];
    expect(style(popover).display).to.equal('inline');
    expect(style(popover, '::before').content).to.equal('" ("');
    for (const phrase of termStates[0].phrases) expect(visibleText(el)).to.contain(phrase);
    expect(deepQueryAll(el, '.close')[0].checkVisibility()).to.be.false;
  });

  it('<glossary-term> moved sideways to fit the screen prints in its place in the sentence', async () => {
    await emulateMedia({ media: 'screen' });
    host = document.body.appendChild(document.createElement('p'));
    host.style.textAlign = 'right';
    const el = await renderState(termStates[0], { parent: host });
    const popover = deepQueryAll(el, '[part~="popover"]')[0];
    expect(parseFloat(style(popover).marginLeft), 'shifted left on screen').to.be.lessThan(0);
    await emulateMedia({ media: 'print' });
    expect(style(popover).marginLeft).to.equal('0px');
  });

  it('<her2-article> prints every inline definition expanded', async () => {
    const el = await render(byTag('her2-article'));
    const terms = deepQueryAll(el, 'glossary-term');
    expect(terms.length).to.be.greaterThan(5);
    for (const term of terms) {
      const popover = deepQueryAll(term, '[part~="popover"]')[0];
      expect(popover.checkVisibility(), term.getAttribute('term')!).to.be.true;
    }
  });
});

describe('theming: reduced motion', () => {
  let host: HTMLElement | undefined;
  afterEach(async () => {
    cleanUp(host);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  async function openTerm(): Promise<HTMLElement> {
    host = document.body.appendChild(document.createElement('div'));
    const el = await renderState(termStates[0], { parent: host });
    return deepQueryAll(el, '[part~="popover"]')[0];
  }

  it('the definition fades in when motion is welcome', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(style(await openTerm()).animationName).to.equal('her2-term-fade');
  });

  it('nothing animates or transitions when the reader asks for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const popover = await openTerm();
    expect(style(popover).animationName).to.equal('none');
    const glossary = await renderState(byTag('biomarker-glossary'), { parent: host });
    for (const node of [popover, ...deepQueryAll(glossary, '*')]) {
      expect(style(node).animationName).to.equal('none');
      expect(parseFloat(style(node).transitionDuration)).to.equal(0);
    }
  });
});

describe('theming: theme="auto" follows prefers-color-scheme', () => {
  let host: HTMLElement | undefined;
  afterEach(async () => {
    cleanUp(host);
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const item of [...blockPartStates, termStates[0]]) {
    it(`${item.name} theme="auto"`, async () => {
      host = document.body.appendChild(document.createElement('div'));
      await emulateMedia({ colorScheme: 'dark' });
      const el = await renderState(item, { parent: host, theme: 'auto' });
      const boxes = deepQueryAll(el, '[part~="card"], [part~="popover"]');
      expect(style(boxes[0]).backgroundColor).to.equal('rgb(22, 27, 34)');
      for (const box of boxes) expect(style(box).color).to.equal('rgb(230, 237, 243)');
      await emulateMedia({ colorScheme: 'light' });
      expect(style(boxes[0]).backgroundColor).to.equal('rgb(255, 255, 255)');
      for (const box of boxes) expect(style(box).color).to.equal('rgb(31, 35, 40)');
    });
  }
});
