/**
 * Keyboard only, on every engine: Tab reaches every control of every element in reading order
 * and leaves it (Shift+Tab too: no trap); each control shows a focus ring of at least 2 px with
 * 3:1 contrast against what surrounds it, and is not hidden under other content; Enter, Space
 * and Escape do what README says.
 */
import { elementUpdated, expect, fixtureSync } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import { glossary as builtInTerms } from '../../src/content/glossary.js';
import { contrastRatio, parseColor, type Rgba } from '../support/colors.js';
import { captureWarnings } from '../support/console.js';
import { deepActiveElement, deepQuery, flatParent } from '../support/dom.js';
import { everyState, placeholderTerms, stateNamed, type TaggedState } from '../support/elements.js';
import { waitForTerm } from '../support/glossary-input.js';
import { pageStyle, renderState } from '../support/render.js';
import { settle } from '../support/settle.js';

/** Children in the order they are rendered: a shadow root instead of light children, slots filled. */
function renderedChildren(node: Element): Element[] {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedElements({ flatten: true });
    return assigned.length ? assigned : [...node.children];
  }
  return [...(node.shadowRoot ?? node).children];
}

function isTabbable(el: Element): boolean {
  if (!(el instanceof HTMLElement) || !el.checkVisibility()) return false;
  if ((el as HTMLButtonElement).disabled) return false;
  if (el.hasAttribute('tabindex')) return el.tabIndex >= 0;
  if (el instanceof HTMLAnchorElement) return el.hasAttribute('href');
  if (el.localName === 'summary') return el.parentElement?.localName === 'details';
  return ['button', 'input', 'select', 'textarea'].includes(el.localName);
}

/** Every control under `root` in the order Tab should visit them: the rendered (flat) tree order. */
function tabbables(root: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walk = (node: Element) => {
    if (isTabbable(node)) found.push(node as HTMLElement);
    for (const child of renderedChildren(node)) walk(child);
  };
  walk(root);
  return found;
}

function describeNode(el: Element | null): string {
  if (!el) return 'nothing';
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}> "${text}"`;
}

async function shiftTab(): Promise<void> {
  await executeServerCommand('her2-key-chord', { keys: ['Shift', 'Tab'] });
}

/** The opaque colour behind `el`: the first ancestor background that is not transparent. */
function backgroundBehind(el: Element): Rgba {
  for (let node = flatParent(el); node; node = flatParent(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) return color;
  }
  return [255, 255, 255, 1];
}

/** The element painted topmost at (x, y), looking into shadow roots. */
function topmostAt(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

function isInside(node: Element | null, container: Element): boolean {
  for (let current = node; current; current = flatParent(current)) if (current === container) return true;
  return false;
}

function inViewport(el: Element): boolean {
  const { top, bottom, left, right } = el.getBoundingClientRect();
  return bottom > 0 && right > 0 && top < innerHeight && left < innerWidth;
}

/**
 * Headless Firefox ESR 153 (puppeteer over WebDriver BiDi) at times scrolls a control that Tab
 * focuses only part of the way into view, leaving it just below the viewport: seen about one run
 * in two on a plain page with no widget on it (a paragraph link after a tall description list),
 * never in Chromium or WebKit. Scrolling is the browser's part, not the widget's, so on Firefox the
 * test scrolls the control into view itself and checks the rest.
 */
const firefoxScrollsPartWay = /\bFirefox\//.test(navigator.userAgent);

/**
 * 2.4.7 and 1.4.11: a visible ring with 3:1 contrast; 2.4.11: scrolled into view and not entirely
 * hidden by other content.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- async so a failed check is a rejection (see its own test)
async function expectVisibleFocus(el: HTMLElement): Promise<void> {
  const label = describeNode(el);
  if (firefoxScrollsPartWay && !inViewport(el)) el.scrollIntoView({ block: 'nearest' });
  expect(inViewport(el), `${label}: scrolled into view`).to.be.true;
  const style = getComputedStyle(el);
  expect(style.outlineStyle, `${label}: focus outline`).not.to.equal('none');
  expect(parseFloat(style.outlineWidth), `${label}: outline width`).to.be.at.least(2);
  const ratio = contrastRatio(parseColor(style.outlineColor), backgroundBehind(el));
  expect(ratio, `${label}: focus ring contrast`).to.be.at.least(3);
  const rects = [...el.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
  expect(rects.length, `${label}: has a box`).to.be.greaterThan(0);
  const points = rects.flatMap((rect) => [
    [rect.left + rect.width / 2, rect.top + rect.height / 2],
    [rect.left + 2, rect.top + 2],
    [rect.right - 2, rect.bottom - 2],
  ]);
  // The hit is the control, something in it, or an ancestor showing through (slotted text is
  // hit as its host); anything else on top hides it.
  const seen = points.some(([x, y]) => {
    const hit = topmostAt(x, y);
    return hit !== null && (isInside(hit, el) || isInside(el, hit));
  });
  const where = points.map(([x, y]) => `(${Math.round(x)}, ${Math.round(y)}): ${describeNode(topmostAt(x, y))}`);
  expect(seen, `${label}: not covered by other content; in a ${innerWidth}×${innerHeight} viewport ${where.join(', ')}`)
    .to.be.true;
}

async function render(
  state: TaggedState,
  theme: string,
): Promise<{ el: HTMLElement; before: HTMLButtonElement; after: HTMLButtonElement }> {
  const page = theme === 'dark' ? 'dark' : 'light';
  const wrapper = fixtureSync<HTMLElement>(
    `<div lang="en" style="${pageStyle[page]}; padding: 1em"><button id="before">before</button></div>`,
  );
  const el = await renderState(state, { parent: wrapper, theme });
  wrapper.insertAdjacentHTML('beforeend', '<button id="after">after</button>');
  if (['her2-glossify', 'her2-article'].includes(state.tag)) await waitForTerm(el);
  await settle(wrapper);
  return { el, before: wrapper.querySelector('#before')!, after: wrapper.querySelector('#after')! };
}

/** The controls Tab visited, from `before` until it reached `after` (or gave up). */
async function tabThrough(before: HTMLElement, after: HTMLElement, limit: number): Promise<Element[]> {
  before.focus();
  const visited: Element[] = [];
  for (let i = 0; i <= limit; i += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (active === after || !active) break;
    visited.push(active);
    await expectVisibleFocus(active as HTMLElement);
  }
  return visited;
}

describe('keyboard: every element, every state, every engine', () => {
  captureWarnings();

  for (const state of everyState) {
    for (const theme of ['light', 'dark']) {
      it(`${state.name}, ${theme}: Tab visits each control in order with a visible ring, Shift+Tab goes back`, async function () {
        // Each key press is a round trip to the browser; the article has dozens of controls.
        this.timeout(30_000);
        const { el, before, after } = await render(state, theme);
        const expected = tabbables(el);
        const visited = await tabThrough(before, after, expected.length + 2);
        expect(visited.map(describeNode)).to.deep.equal(expected.map(describeNode));
        expect(
          visited.every((node, i) => node === expected[i]),
          'the very same controls',
        ).to.be.true;
        expect(
          deepActiveElement() === after,
          `Tab leaves the element: focus is on ${describeNode(deepActiveElement())}`,
        ).to.be.true;

        const back: Element[] = [];
        for (let i = 0; i <= expected.length; i += 1) {
          await shiftTab();
          const active = deepActiveElement();
          if (active === before || !active) break;
          back.push(active);
        }
        expect(back.map(describeNode)).to.deep.equal([...expected].reverse().map(describeNode));
        expect(deepActiveElement() === before, 'Shift+Tab leaves the element backwards').to.be.true;
      });
    }
  }

  it('no element puts a positive tabindex anywhere', async () => {
    for (const state of everyState) {
      const { el } = await render(state, 'light');
      const all: Element[] = [];
      const walk = (node: Element) => {
        all.push(node);
        renderedChildren(node).forEach(walk);
        if (node.shadowRoot) [...node.children].forEach(walk);
      };
      walk(el);
      expect(
        all.filter((node) => node.getAttribute('tabindex') && Number(node.getAttribute('tabindex')) > 0),
        state.name,
      ).to.have.length(0);
    }
  });

  describe('Enter, Space and Escape', () => {
    const termState = stateNamed('<glossary-term> closed');

    it('<glossary-term>: Enter opens, Tab reaches the close button, Escape closes and returns focus to the term', async () => {
      const { el, before } = await render(termState, 'light');
      const term = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="term"]')!;
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement() === term, 'Tab reaches the term').to.be.true;
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(term.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      expect(describeNode(deepActiveElement())).to.contain('<button');
      expect(deepActiveElement()?.getAttribute('aria-label')).to.contain('HER2');
      expect(isInside(deepActiveElement(), el.shadowRoot!.querySelector('[part="popover"]')!)).to.be.true;
      await sendKeys({ press: 'Escape' });
      await elementUpdated(el);
      expect(term.getAttribute('aria-expanded')).to.equal('false');
      expect(deepActiveElement() === term, `focus back on the term, not ${describeNode(deepActiveElement())}`).to.be
        .true;
    });

    it('<glossary-term>: Space toggles; the close button closes with Enter', async () => {
      const { el } = await render(termState, 'light');
      const term = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="term"]')!;
      term.focus();
      await sendKeys({ press: ' ' });
      await elementUpdated(el);
      expect(el.hasAttribute('open')).to.be.true;
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(el.hasAttribute('open')).to.be.false;
      expect(deepActiveElement() === term, 'focus back on the term').to.be.true;
    });

    it('<her2-article>: a definition left open does not hide the next control for good: Escape closes it, focus stays', async () => {
      const article = stateNamed('<her2-article>');
      const { el } = await render(article, 'light');
      const term = await waitForTerm(el);
      const button = term.shadowRoot!.querySelector<HTMLButtonElement>('[part="term"]')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(term);
      await sendKeys({ press: 'Tab' }); // the close button
      await sendKeys({ press: 'Tab' }); // the next control after the definition
      const next = deepActiveElement()!;
      expect(isInside(next, term), `left the term for ${describeNode(next)}`).to.be.false;
      await sendKeys({ press: 'Escape' });
      await elementUpdated(term);
      expect(term.hasAttribute('open')).to.be.false;
      expect(deepActiveElement() === next, 'Escape leaves focus where it was').to.be.true;
      await expectVisibleFocus(next as HTMLElement);
    });

    it('<source-list collapsed>: Enter opens the sources, Space closes them', async () => {
      const collapsed = stateNamed('<source-list collapsed> closed');
      const { el, before } = await render(collapsed, 'light');
      const details = el.shadowRoot!.querySelector('details')!;
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(describeNode(deepActiveElement())).to.contain('<summary');
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(details.open).to.be.true;
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.localName, 'Tab goes on into the open list').to.equal('a');
      await shiftTab();
      await sendKeys({ press: ' ' });
      await elementUpdated(el);
      expect(details.open).to.be.false;
    });

    it('<biomarker-glossary>: typing filters and announces; Escape keeps focus in the box and the list in step with it', async () => {
      const glossary = stateNamed('<biomarker-glossary> every term');
      const { el, before } = await render(glossary, 'light');
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement() === input, 'the search box comes first').to.be.true;
      await sendKeys({ type: 'tki' });
      await settle(el);
      expect(el.shadowRoot!.querySelectorAll('dt')).to.have.length.within(1, 3);
      expect(status.textContent).to.match(/\btki\b/i);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(deepActiveElement() === input, 'Escape does not move focus').to.be.true;
      // Engines differ on whether Escape empties a search box; the list must follow the box either way.
      const shown = el.shadowRoot!.querySelectorAll('dt').length;
      expect(
        shown === builtInTerms.length ? input.value === '' : input.value === 'tki',
        `${shown} terms for "${input.value}"`,
      ).to.be.true;
    });

    it('<biomarker-glossary>: Enter on "Show more" shows the next terms and keeps focus in the glossary', async () => {
      const glossary = stateNamed('<biomarker-glossary> "Show more" and host terms');
      const { el } = await render(glossary, 'light');
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-more"]')!;
      expect(el.shadowRoot!.querySelectorAll('dt')).to.have.length(50);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const terms = el.shadowRoot!.querySelectorAll('dt');
      expect(terms).to.have.length(builtInTerms.length + placeholderTerms.length);
      expect(el.shadowRoot!.querySelector('[part="show-more"]') === null, 'all shown: the button is gone').to.be.true;
      const active = deepActiveElement();
      expect(active === terms[50], `focus on the first term it showed, not ${describeNode(active)}`).to.be.true;
      await expectVisibleFocus(active as HTMLElement);
    });
  });

  it('finds a missing focus ring (the check itself)', async () => {
    const wrapper = fixtureSync<HTMLElement>(
      '<div style="background: #fff"><button style="outline: none">no ring</button></div>',
    );
    const button = wrapper.querySelector('button')!;
    button.focus();
    const failure = await expectVisibleFocus(button).then(
      () => '',
      (error: Error) => error.message,
    );
    expect(failure).to.contain('focus outline');
    expect(deepQuery(wrapper, 'button') === button).to.be.true;
  });
});
