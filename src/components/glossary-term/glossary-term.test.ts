import { aTimeout, elementUpdated, expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../define/glossary-term.js';
import type { Her2InvalidDetail, Her2TermToggleDetail } from '../../shared/events.js';
import { captureWarnings, recordEvents } from '../../../test/support/console.js';
import { deepActiveElement, normalize, shadowQuery, shadowText } from '../../../test/support/dom.js';
import { fixtureWrapped } from '../../../test/support/fixtures.js';
import { frameFixture } from '../../../test/support/frames.js';
import { emulateMedia } from '../../../test/support/media-emulation.js';
import type { GlossaryTerm } from './glossary-term.js';
import { hoverCloseDelay, hoverOpenDelay, shiftIntoView } from './term-popover.js';

const her2Definition =
  'HER2, or “human epidermal growth factor receptor 2,” is a protein the body uses to grow and repair breast tissue.';

/** A paragraph of the host's with one or more terms in it; resolves with the first term. */
function inParagraph(template: TemplateResult): Promise<GlossaryTerm> {
  return fixtureWrapped('glossary-term', html`<p>${template}</p>`);
}

function her2Term(): Promise<GlossaryTerm> {
  return inParagraph(html`Doctors test for <glossary-term term="her2">HER2</glossary-term>, a protein.`);
}

function termButton(el: GlossaryTerm): HTMLButtonElement {
  return shadowQuery<HTMLButtonElement>(el, '[part="term"]')!;
}

function popover(el: GlossaryTerm): HTMLElement {
  return shadowQuery(el, '[part="popover"]')!;
}

function closeButton(el: GlossaryTerm): HTMLButtonElement {
  return shadowQuery<HTMLButtonElement>(el, '.close')!;
}

function isShown(node: Element): boolean {
  const { width, height } = node.getBoundingClientRect();
  return width > 0 && height > 0;
}

function centre(node: Element): [number, number] {
  const rect = node.getBoundingClientRect();
  return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
}

/** Compares identity only: chai's report of two unequal elements can stall the browser. */
function expectFocusOn(node: Element, message: string): void {
  const active = deepActiveElement();
  expect(active === node, `${message}; focus is on <${active?.localName}>`).to.be.true;
}

async function openByClick(el: GlossaryTerm): Promise<void> {
  termButton(el).click();
  await elementUpdated(el);
}

async function pressOn(el: GlossaryTerm, key: string): Promise<void> {
  termButton(el).focus();
  await sendKeys({ press: key });
  await elementUpdated(el);
}

/** The HER2 term in a paragraph with `elsewhere` after it: somewhere else on the page. */
async function her2TermBeside(elsewhere: TemplateResult): Promise<{ el: GlossaryTerm; wrapper: HTMLDivElement }> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div>
    <p><glossary-term term="her2">HER2</glossary-term></p>
    ${elsewhere}
  </div>`);
  return { el: await elementUpdated(wrapper.querySelector('glossary-term')!), wrapper };
}

/** Two terms in one paragraph, the first opened by a click. */
async function twoTermsFirstOpen(): Promise<[GlossaryTerm, GlossaryTerm]> {
  const wrapper = fixtureSync<HTMLParagraphElement>(html`<p>
    <glossary-term term="her2">HER2</glossary-term> and <glossary-term term="tki">TKIs</glossary-term>
  </p>`);
  const [first, second] = [...wrapper.querySelectorAll('glossary-term')];
  await Promise.all([elementUpdated(first), elementUpdated(second)]);
  await openByClick(first);
  return [first, second];
}

/** Once `el` has updated: its definition is closed and hidden. */
async function expectClosed(el: GlossaryTerm): Promise<void> {
  await elementUpdated(el);
  expect(el.open).to.be.false;
  expect(isShown(popover(el))).to.be.false;
}

/** Once `el` has updated: its definition is closed, and focus is on `node`. */
async function expectClosedWithFocusOn(el: GlossaryTerm, node: Element, message: string): Promise<void> {
  await elementUpdated(el);
  expect(el.open).to.be.false;
  expectFocusOn(node, message);
}

describe('<glossary-term>', () => {
  const warnings = captureWarnings();
  const toggles = recordEvents<Her2TermToggleDetail>('her2-term-toggle');
  const invalidEvents = recordEvents<Her2InvalidDetail>('her2-invalid');

  afterEach(async () => {
    await resetMouse();
  });

  describe('content', () => {
    it('shows the host text as the term and the reviewed definition once opened', async () => {
      const el = await her2Term();
      const slot = shadowQuery<HTMLSlotElement>(el, 'slot')!;
      expect(
        normalize(
          slot
            .assignedNodes()
            .map((node) => node.textContent)
            .join(''),
        ),
      ).to.equal('HER2');
      expect(isShown(popover(el))).to.be.false;
      await openByClick(el);
      expect(isShown(popover(el))).to.be.true;
      expect(shadowText(el, '.name')).to.equal('HER2');
      expect(shadowText(el, '.definition')).to.equal(her2Definition);
      expect(warnings.calls).to.have.length(0);
    });

    it('shows the term name with its abbreviation in the definition box', async () => {
      const el = await inParagraph(html`<glossary-term term="adc">ADCs</glossary-term>`);
      expect(shadowText(el, '.name')).to.equal('antibody drug conjugate (ADC)');
      expect(shadowText(el, '.definition')).to.contain(
        'ADCs also release anti-cancer drugs directly into HER2-positive cancer cells.',
      );
    });

    it('shows the glossary name of the term when the host gives no text', async () => {
      const el = await inParagraph(html`Ask about <glossary-term term="tki"></glossary-term> drugs.`);
      expect(shadowText(el, '[part="term"]')).to.equal('tyrosine kinase inhibitor');
      expect(isShown(termButton(el))).to.be.true;
    });

    it('adds no space of its own to the host sentence', async () => {
      const el = await inParagraph(html`(<glossary-term term="her2">HER2</glossary-term>)`);
      const host = el.getBoundingClientRect().width;
      expect(Math.abs(host - termButton(el).getBoundingClientRect().width)).to.be.lessThan(1);
    });

    it('the definition follows the term in reading order', async () => {
      const el = await her2Term();
      expect(termButton(el).nextElementSibling === popover(el), 'the definition box comes right after the term').to.be
        .true;
      expect(termButton(el).getAttribute('aria-controls')).to.equal(popover(el).id);
      expect(el.shadowRoot!.getElementById(popover(el).id) === popover(el), 'aria-controls names the box').to.be.true;
    });

    it('takes a term id in any case and with surrounding spaces', async () => {
      const el = await inParagraph(html`<glossary-term term=" HER2 ">HER2</glossary-term>`);
      await openByClick(el);
      expect(shadowText(el, '.definition')).to.equal(her2Definition);
      expect(toggles[0].detail).to.deep.equal({ term: 'her2', open: true });
    });

    it('follows a change of term', async () => {
      const el = await her2Term();
      el.term = 'tki';
      await elementUpdated(el);
      expect(shadowText(el, '.name')).to.equal('tyrosine kinase inhibitor (TKI)');
    });
  });

  describe('opening and closing', () => {
    it('a click opens the definition and another closes it, with aria-expanded following', async () => {
      const el = await her2Term();
      expect(termButton(el).getAttribute('aria-expanded')).to.equal('false');
      await sendMouse({ type: 'click', position: centre(termButton(el)) });
      await elementUpdated(el);
      expect(el.open).to.be.true;
      expect(termButton(el).getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(popover(el))).to.be.true;
      await sendMouse({ type: 'click', position: centre(termButton(el)) });
      await elementUpdated(el);
      expect(termButton(el).getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(popover(el))).to.be.false;
      await aTimeout(hoverOpenDelay + 100);
      expect(el.open, 'the pointer resting on the term does not reopen it').to.be.false;
    });

    // ' ' rather than 'Space': puppeteer over WebDriver BiDi (Firefox) knows the key by its value only.
    for (const [name, key] of [
      ['Enter', 'Enter'],
      ['Space', ' '],
    ]) {
      it(`${name} on the focused term toggles the definition`, async () => {
        const el = await her2Term();
        await pressOn(el, key);
        expect(el.open).to.be.true;
        expect(termButton(el).getAttribute('aria-expanded')).to.equal('true');
        expect(isShown(popover(el))).to.be.true;
        await pressOn(el, key);
        expect(el.open).to.be.false;
        expect(isShown(popover(el))).to.be.false;
      });
    }

    it('Escape closes it and puts focus back on the term when focus was inside', async () => {
      const el = await her2Term();
      await pressOn(el, 'Enter');
      await sendKeys({ press: 'Tab' });
      expectFocusOn(closeButton(el), 'Tab reaches the close button');
      await sendKeys({ press: 'Escape' });
      await expectClosedWithFocusOn(el, termButton(el), 'focus is back on the term');
    });

    it('Escape closes it from anywhere, leaving focus where it was', async () => {
      const { el, wrapper } = await her2TermBeside(html`<input aria-label="elsewhere" />`);
      const input = wrapper.querySelector('input')!;
      await openByClick(el);
      input.focus();
      await sendKeys({ press: 'Escape' });
      await expectClosedWithFocusOn(el, input, 'focus stays on the input');
    });

    it('the close button, named for the term, closes it and focus returns to the term', async () => {
      const el = await her2Term();
      await openByClick(el);
      expect(closeButton(el).getAttribute('aria-label')).to.equal('Close the definition of HER2');
      closeButton(el).focus();
      closeButton(el).click();
      await expectClosedWithFocusOn(el, termButton(el), 'focus is back on the term');
    });

    it('a click elsewhere closes it; a click inside the definition does not', async () => {
      const { el, wrapper } = await her2TermBeside(
        html`<p style="margin-top: 12em" id="elsewhere">Elsewhere on the page.</p>`,
      );
      await openByClick(el);
      await sendMouse({ type: 'click', position: centre(shadowQuery(el, '.definition')!) });
      await elementUpdated(el);
      expect(el.open).to.be.true;
      await sendMouse({ type: 'click', position: centre(wrapper.querySelector('#elsewhere')!) });
      await elementUpdated(el);
      expect(el.open).to.be.false;
    });

    it('setting open shows it, as a click would', async () => {
      const el = await her2Term();
      el.open = true;
      await elementUpdated(el);
      expect(el.hasAttribute('open')).to.be.true;
      expect(isShown(popover(el))).to.be.true;
      expect(toggles.map((event) => event.detail)).to.deep.equal([{ term: 'her2', open: true }]);
    });
  });

  describe('hover (WCAG 1.4.13)', () => {
    it('opens while the pointer rests on the term and stays open while it crosses to the definition', async () => {
      const el = await her2Term();
      await sendMouse({ type: 'move', position: centre(termButton(el)) });
      await waitUntil(() => el.open, 'hovering the term opens it');
      await elementUpdated(el);
      const box = popover(el).getBoundingClientRect();
      const [x] = centre(termButton(el));
      await sendMouse({ type: 'move', position: [x, Math.round(box.top) - 2] });
      await aTimeout(hoverCloseDelay / 3);
      await sendMouse({ type: 'move', position: centre(popover(el)) });
      await aTimeout(hoverCloseDelay + 200);
      expect(el.open, 'still open over the definition').to.be.true;
      await sendMouse({ type: 'move', position: centre(termButton(el)) });
      await aTimeout(hoverCloseDelay + 200);
      expect(el.open, 'still open back over the term').to.be.true;
      await sendMouse({ type: 'move', position: [2, Math.round(box.bottom) + 100] });
      await waitUntil(() => !el.open, 'leaving both closes it');
      expect(toggles.map((event) => event.detail.open)).to.deep.equal([true, false]);
    });

    it('a click on a hovered term keeps it open after the pointer leaves', async () => {
      const el = await her2Term();
      await sendMouse({ type: 'move', position: centre(termButton(el)) });
      await waitUntil(() => el.open);
      await sendMouse({ type: 'click', position: centre(termButton(el)) });
      await sendMouse({ type: 'move', position: [2, 400] });
      await aTimeout(hoverCloseDelay + 200);
      expect(el.open).to.be.true;
    });

    it('Escape dismisses a hovered definition without moving the pointer', async () => {
      const el = await her2Term();
      await sendMouse({ type: 'move', position: centre(termButton(el)) });
      await waitUntil(() => el.open);
      await sendKeys({ press: 'Escape' });
      await elementUpdated(el);
      expect(el.open).to.be.false;
      await aTimeout(hoverOpenDelay + 100);
      expect(el.open).to.be.false;
    });
  });

  describe('one open at a time', () => {
    it('hovering a second term closes the one opened before', async () => {
      const [first, second] = await twoTermsFirstOpen();
      await sendMouse({ type: 'move', position: centre(termButton(second)) });
      await waitUntil(() => second.open, 'hovering the second term opens it');
      await expectClosed(first);
    });

    it('opening a second term from the keyboard closes the first', async () => {
      const [first, second] = await twoTermsFirstOpen();
      await pressOn(second, 'Enter');
      await expectClosed(first);
      expect(second.open).to.be.true;
      expect(toggles.map((event) => event.detail)).to.deep.equal([
        { term: 'her2', open: true },
        { term: 'tki', open: true },
        { term: 'her2', open: false },
      ]);
    });
  });

  describe('her2-term-toggle', () => {
    it('bubbles out of the shadow DOM with {term, open} on each change', async () => {
      const el = await her2Term();
      await openByClick(el);
      await openByClick(el);
      expect(toggles).to.have.length(2);
      expect(toggles[0].bubbles).to.be.true;
      expect(toggles[0].composed).to.be.true;
      expect(toggles[0].target === el, 'dispatched by the element').to.be.true;
      expect(toggles.map((event) => event.detail)).to.deep.equal([
        { term: 'her2', open: true },
        { term: 'her2', open: false },
      ]);
    });
  });

  describe('leaving the page', () => {
    it('removes its document listeners when removed while open', async () => {
      const added = new Set<string>();
      const { addEventListener: add, removeEventListener: remove } = document;
      document.addEventListener = function (this: Document, type: string, ...rest: unknown[]) {
        added.add(type);
        Reflect.apply(add, this, [type, ...rest]);
      } as typeof document.addEventListener;
      document.removeEventListener = function (this: Document, type: string, ...rest: unknown[]) {
        added.delete(type);
        Reflect.apply(remove, this, [type, ...rest]);
      } as typeof document.removeEventListener;
      const errors: ErrorEvent[] = [];
      const onError = (event: ErrorEvent) => errors.push(event);
      window.addEventListener('error', onError);
      try {
        const el = await her2Term();
        await openByClick(el);
        expect([...added]).to.include.members(['keydown', 'click']);
        el.remove();
        await elementUpdated(el);
        expect([...added]).to.deep.equal([]);
        toggles.length = 0;
        await sendKeys({ press: 'Escape' });
        document.body.click();
        expect(errors).to.have.length(0);
        expect(toggles).to.have.length(0);
        expect(el.open).to.be.false;
      } finally {
        document.addEventListener = add;
        document.removeEventListener = remove;
        window.removeEventListener('error', onError);
      }
    });
  });

  describe('unknown term', () => {
    it('keeps the host text as plain, readable text without a button', async () => {
      const el = await inParagraph(html`Read about <glossary-term term="nope">HER3</glossary-term> here.`);
      expect(termButton(el)).to.be.null;
      expect(shadowQuery(el, '[part="popover"]')).to.be.null;
      const range = document.createRange();
      range.selectNodeContents(el);
      expect(range.getBoundingClientRect().width).to.be.greaterThan(0);
      expect(normalize(el.textContent)).to.equal('HER3');
    });

    it('warns once naming the valid ids and carries the notice as the text title', async () => {
      const el = await inParagraph(html`<glossary-term term="nope">HER3</glossary-term>`);
      el.theme = 'dark';
      await elementUpdated(el);
      expect(warnings.calls).to.have.length(1);
      expect(warnings.messages[0])
        .to.contain('<glossary-term>')
        .and.contain('"nope"')
        .and.contain('her2, her2-positive');
      expect(shadowQuery(el, '[part="notice"]')!.title).to.match(
        /^Unknown term “nope”\. Use one of: her2, her2-positive, /,
      );
    });

    it('dispatches one her2-invalid event that bubbles with {tag, attribute, value}', async () => {
      await inParagraph(html`<glossary-term term="nope">HER3</glossary-term>`);
      expect(invalidEvents).to.have.length(1);
      expect(invalidEvents[0].bubbles).to.be.true;
      expect(invalidEvents[0].composed).to.be.true;
      expect(invalidEvents[0].detail).to.deep.equal({ tag: 'glossary-term', attribute: 'term', value: 'nope' });
    });

    it('says the term is missing when there is none, without throwing', async () => {
      const el = await inParagraph(html`<glossary-term>HER2</glossary-term>`);
      expect(await el.updateComplete).to.be.true;
      expect(shadowQuery(el, '[part="notice"]')!.title).to.match(/^Missing term\./);
      expect(invalidEvents).to.have.length(1);
    });

    it('cannot be opened', async () => {
      const el = await inParagraph(html`<glossary-term term="nope" open>HER3</glossary-term>`);
      expect(el.open).to.be.false;
      expect(toggles).to.have.length(0);
    });
  });

  describe('host terms', () => {
    const careTeam = { id: 'care-team', term: 'care team', definition: '<b>People</b> <img src=x> who treat you.' };

    it('defines a host term by its id, as text', async () => {
      const el = await inParagraph(
        html`<glossary-term term="care-team" .extraTerms=${[careTeam]}>care team</glossary-term>`,
      );
      await openByClick(el);
      expect(shadowText(el, '.definition')).to.equal('<b>People</b> <img src=x> who treat you.');
      expect(shadowQuery(el, 'b, img')).to.be.null;
      expect(warnings.calls).to.have.length(0);
    });

    it('refuses a host term that reuses a built-in id, and keeps the reviewed definition', async () => {
      const el = await inParagraph(
        html`<glossary-term term="her2" .extraTerms=${[{ id: 'her2', term: 'HER2', definition: 'Other.' }]}>HER2</glossary-term>`,
      );
      expect(shadowText(el, '.definition')).to.equal(her2Definition);
      expect(warnings.calls).to.have.length(1);
      expect(invalidEvents.map((event) => event.detail.attribute)).to.deep.equal(['extraTerms']);
    });

    it('an unknown id with host terms names the host ids among the valid ones', async () => {
      await inParagraph(html`<glossary-term term="care" .extraTerms=${[careTeam]}>care</glossary-term>`);
      expect(warnings.messages[0]).to.contain('care-team');
    });
  });

  describe('viewport', () => {
    // A frame is a viewport of any size on every engine; WebKitGTK's window cannot be 320 px wide.
    const atRightEdge = async (width: number) => {
      const page = await frameFixture(
        '<p><span style="display: block; text-align: right">Is it <glossary-term term="her2-positive">HER2-positive</glossary-term></span></p>',
        { width, modules: ['/src/define/glossary-term.ts'] },
      );
      return { page, el: page.document.querySelector('glossary-term')! };
    };

    it('keeps the definition inside a 320 px wide viewport for a term at the right edge', async () => {
      const { el } = await atRightEdge(320);
      expect(termButton(el).getBoundingClientRect().right).to.be.greaterThan(250);
      await openByClick(el);
      const box = popover(el).getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
      expect(box.width).to.be.greaterThan(250);
      expect(box.top).to.be.at.least(termButton(el).getBoundingClientRect().bottom);
    });

    it('moves an open definition back inside when the viewport narrows', async () => {
      const { page, el } = await atRightEdge(800);
      await openByClick(el);
      expect(popover(el).getBoundingClientRect().right).to.be.greaterThan(320);
      await page.resize(320);
      await waitUntil(() => {
        const box = popover(el).getBoundingClientRect();
        return box.left >= 0 && box.right <= 320;
      }, 'repositioned after resize');
    });

    it('shiftIntoView moves a box left or right only as far as needed', () => {
      expect(shiftIntoView(10, 100, 320, 8)).to.equal(0);
      expect(shiftIntoView(280, 100, 320, 8)).to.equal(-68);
      expect(shiftIntoView(2, 100, 320, 8)).to.equal(6);
      expect(shiftIntoView(250, 320, 320, 8)).to.equal(-250);
    });
  });

  describe('accessibility', () => {
    it('is accessible closed', async () => {
      const el = await her2Term();
      await expect(el.parentElement).to.be.accessible();
    });

    it('is accessible open', async () => {
      const el = await her2Term();
      await openByClick(el);
      await expect(el.parentElement).to.be.accessible();
    });

    it('is accessible open in theme="dark"', async () => {
      const el = await inParagraph(html`About <glossary-term term="adc" theme="dark">ADCs</glossary-term>.`);
      await openByClick(el);
      await expect(el.parentElement).to.be.accessible();
    });

    it('is accessible with an unknown term', async () => {
      const el = await inParagraph(html`About <glossary-term term="nope">HER3</glossary-term>.`);
      await expect(el.parentElement).to.be.accessible();
    });
  });

  describe('theme', () => {
    it('theme="dark" darkens the definition box but the term keeps the paragraph colour', async () => {
      const el = await inParagraph(html`<span style="color: rgb(10, 20, 30)"
        ><glossary-term term="her2" theme="dark">HER2</glossary-term></span
      >`);
      await openByClick(el);
      expect(getComputedStyle(popover(el)).backgroundColor).to.equal('rgb(22, 27, 34)');
      expect(getComputedStyle(termButton(el)).color).to.equal('rgb(10, 20, 30)');
    });

    it('applies --her2-color-surface and --her2-color-border to the definition box', async () => {
      const el =
        await inParagraph(html`<span style="--her2-color-surface: rgb(1, 2, 3); --her2-color-border: rgb(255, 0, 0)"
        ><glossary-term term="her2">HER2</glossary-term></span
      >`);
      await openByClick(el);
      const style = getComputedStyle(popover(el));
      expect(style.backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(style.borderTopColor).to.equal('rgb(255, 0, 0)');
    });

    it('marks the definition with the resolved locale, not the host text', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div lang="en-GB"><p><glossary-term term="her2">HER2</glossary-term></p></div>`,
      );
      const el = await elementUpdated(wrapper.querySelector('glossary-term')!);
      expect(popover(el).getAttribute('lang')).to.equal('en');
      expect(shadowQuery(el, '.root')!.hasAttribute('lang')).to.be.false;
    });
  });

  describe('media', () => {
    afterEach(async () => {
      await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
    });

    it('fades in, except when the reader prefers reduced motion', async () => {
      const el = await her2Term();
      await openByClick(el);
      expect(getComputedStyle(popover(el)).animationName).to.equal('her2-term-fade');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(popover(el)).animationName).to.equal('none');
    });

    it('prints the definition in brackets after the term, without the close button', async () => {
      const el = await her2Term();
      await emulateMedia({ media: 'print' });
      const box = popover(el);
      expect(getComputedStyle(box).display).to.equal('inline');
      expect(getComputedStyle(box, '::before').content).to.equal('" ("');
      expect(getComputedStyle(closeButton(el)).display).to.equal('none');
      expect(getComputedStyle(shadowQuery(el, '.name')!).display).to.equal('none');
    });
  });
});
