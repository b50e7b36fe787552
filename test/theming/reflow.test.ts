import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { captureWarnings } from '../support/console.js';
import { deepElements, deepQueryAll, normalize, styleOf } from '../support/dom.js';
import { blockPartStates, noticeStates, termStates, type TaggedState } from '../support/elements.js';
import { frameFixture } from '../support/frames.js';
import { renderState } from '../support/render.js';

/** Nothing reaches past the right edge of the viewport, and no card scrolls sideways. */
function expectNoSidewaysScroll(el: Element): void {
  const root = el.ownerDocument.documentElement;
  expect(root.scrollWidth, 'page scroll width').to.be.at.most(root.clientWidth);
  for (const box of deepQueryAll(el, '[part~="card"], [part~="body"]')) {
    expect(box.scrollWidth, `<${box.localName} part="${box.getAttribute('part')}"> scroll width`).to.be.at.most(
      box.clientWidth,
    );
  }
  for (const node of deepElements(el)) {
    if (!node.checkVisibility() || styleOf(node).position === 'absolute') continue;
    const { right } = node.getBoundingClientRect();
    expect(right, `<${node.localName} class="${node.getAttribute('class') ?? ''}"> right edge`).to.be.at.most(
      root.clientWidth + 0.5,
    );
  }
}

/** The smallest element holding `phrase` is on screen (works across frames, unlike `visibleText`). */
function expectPhraseShown(el: Element, phrase: string): void {
  const holders = deepElements(el).filter((node) => normalize(node.textContent).includes(phrase));
  const innermost = holders[holders.length - 1];
  expect(innermost, phrase).to.exist;
  expect(innermost.checkVisibility(), phrase).to.be.true;
  expect(innermost.getBoundingClientRect().width, phrase).to.be.greaterThan(0);
}

/** The case rendered in a page of its own, `width` CSS px wide: a real viewport on every engine. */
async function inViewport(item: TaggedState, width: number, css = '', parentTag = 'div'): Promise<HTMLElement> {
  const page = await frameFixture('', { width, height: 640, css });
  const parent = page.document.body.appendChild(page.document.createElement(parentTag));
  return renderState(item, { parent });
}

/** The open definition lies inside the viewport, and the page does not scroll sideways. */
function expectDefinitionInside(el: Element): void {
  const root = el.ownerDocument.documentElement;
  const box = deepQueryAll(el, '[part~="popover"]')[0].getBoundingClientRect();
  expect(box.left).to.be.at.least(0);
  expect(box.right).to.be.at.most(root.clientWidth);
  expect(root.scrollWidth, 'page scroll width').to.be.at.most(root.clientWidth);
}

describe('theming: reflow', () => {
  captureWarnings();

  describe('320 CSS px wide (WCAG 1.4.10)', () => {
    for (const item of [...blockPartStates, ...noticeStates]) {
      it(`${item.name} needs no horizontal scrolling and shows its text`, async () => {
        const el = await inViewport(item, 320);
        expectNoSidewaysScroll(el);
        for (const phrase of item.phrases) expectPhraseShown(el, phrase);
      });
    }

    it('an open <glossary-term> definition stays inside the viewport, even at the right edge', async () => {
      const el = await inViewport(termStates[0], 320, 'p { text-align: end; }', 'p');
      expect(el.getBoundingClientRect().right).to.be.greaterThan(250);
      expectDefinitionInside(el);
    });
  });

  describe('200 % text in a 640 px viewport (1280 px at 200 % zoom, WCAG 1.4.4)', () => {
    const zoomed = 'html { font-size: 200%; } body { font-size: 1em; }';

    for (const item of [...blockPartStates, ...noticeStates]) {
      it(`${item.name} grows with the text and needs no horizontal scrolling`, async () => {
        const el = await inViewport(item, 640, zoomed);
        const [card] = deepQueryAll(el, '[part~="card"]');
        expect(styleOf(card).fontSize).to.equal('32px');
        expectNoSidewaysScroll(el);
      });
    }

    it('an open <glossary-term> definition stays inside the viewport', async () => {
      const el = await inViewport(termStates[0], 640, `${zoomed} p { text-align: end; }`, 'p');
      expectDefinitionInside(el);
    });
  });
});
