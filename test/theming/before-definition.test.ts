/**
 * Before the module has run (or with scripts off) a page shows its own fallback inside each tag,
 * while the reserving CSS (dist/reserve.css, and the `<style>` of README's first snippet) holds
 * the room each widget will take, at a phone's width and a desktop column's, so that the page
 * does not move when the widgets appear. This is the guard the zero-shift snippet relies on:
 * without the CSS, an undefined element has no height. This file registers nothing until its
 * last tests, so the tests run in order: defining an element cannot be undone.
 */
import { expect } from '@open-wc/testing';
import { normalize } from '../support/dom.js';
import { blockElements, defaultState } from '../support/elements.js';
import { styleElement } from '../support/fixtures.js';
import { visibleText } from '../support/text.js';

/** Each block element as a host writes it, around a fallback of the host's own. */
const blocks = blockElements.map(({ tag }) => {
  const { attributes, phrases } = defaultState(tag);
  return { tag, attributes, phrases, fallback: `Our own page instead of <${tag}>` };
});

/** A phone's column and a desktop blog's, in the page's text size. */
const columns = ['22em', '42em'];

/**
 * How far the room may be from the widget's height. The formula follows the width and the font;
 * Firefox cannot divide lengths, so there it assumes a typical font's width (README).
 */
const tolerance = navigator.userAgent.includes('Firefox') ? 0.2 : 0.12;

/** The CSS README gives for the inline term, under "Before the script loads". */
async function readmeTermRule(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.slice(readme.indexOf('### Before the script loads'));
  const match = section.match(/```css\n(glossary-term[\s\S]*?)```/);
  if (!match) throw new Error('README has no glossary-term rule under "Before the script loads"');
  return match[1];
}

interface Placed {
  tag: string;
  column: string;
  el: HTMLElement;
  fallback: HTMLParagraphElement;
  roomBefore: number;
}

describe('theming: before the script loads', () => {
  const page = document.createElement('div');
  const placed: Placed[] = [];
  let term: HTMLElement;

  before(async () => {
    const reserveCss = await (await fetch('/dist/reserve.css')).text();
    page.append(styleElement(reserveCss), styleElement(await readmeTermRule()));
    for (const column of columns) {
      const box = page.appendChild(document.createElement('div'));
      box.style.width = column;
      for (const { tag, attributes, fallback } of blocks) {
        const el = box.appendChild(document.createElement(tag));
        for (const [name, value] of Object.entries(attributes ?? {})) el.setAttribute(name, value);
        const paragraph = el.appendChild(document.createElement('p'));
        paragraph.textContent = fallback;
        placed.push({ tag, column, el, fallback: paragraph, roomBefore: 0 });
      }
    }
    const sentence = page.appendChild(document.createElement('p'));
    sentence.append('The test looks for ');
    term = sentence.appendChild(document.createElement('glossary-term'));
    term.setAttribute('term', 'her2');
    term.textContent = 'HER2';
    sentence.append(' proteins.');
    document.body.append(page);
    for (const item of placed) item.roomBefore = item.el.getBoundingClientRect().height;
  });

  after(() => page.remove());

  it('nothing is defined yet', () => {
    for (const { tag } of blocks) expect(customElements.get(tag), tag).to.be.undefined;
    expect(customElements.get('glossary-term')).to.be.undefined;
  });

  it("shows the host's fallback text in each element's place", () => {
    for (const { tag, fallback, el } of placed) {
      expect(fallback.checkVisibility(), tag).to.be.true;
      expect(fallback.getBoundingClientRect().height, tag).to.be.greaterThan(0);
      expect(visibleText(el), tag).to.equal(`Our own page instead of <${tag}>`);
    }
    expect(visibleText(term.parentElement!)).to.equal('The test looks for HER2 proteins.');
  });

  it('holds far more room for each element than its fallback takes', () => {
    for (const { tag, column, fallback, roomBefore } of placed) {
      expect(roomBefore, `<${tag}> in ${column}`).to.be.greaterThan(3 * fallback.getBoundingClientRect().height);
    }
  });

  it('once defined, each widget replaces the fallback and the term keeps its word', async () => {
    await import('../../src/define/all.js');
    for (const { tag, el, fallback } of placed) {
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      const { phrases } = blocks.find((block) => block.tag === tag)!;
      expect(el.matches(':defined'), tag).to.be.true;
      expect(fallback.checkVisibility(), `${tag}: fallback hidden`).to.be.false;
      for (const phrase of phrases) expect(normalize(el.shadowRoot!.textContent), tag).to.contain(phrase);
      expect(visibleText(el), tag).not.to.contain(fallback.textContent);
    }
    await (term as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(visibleText(term.parentElement!)).to.equal('The test looks for HER2 proteins.');
    expect(term.shadowRoot!.querySelector('[part~="term"]')).to.exist;
  });

  it('the room held was the widget’s height, at a phone’s width and a desktop column’s', () => {
    for (const { tag, column, el, roomBefore } of placed) {
      const height = el.getBoundingClientRect().height;
      expect(Math.abs(roomBefore - height) / height, `<${tag}> in ${column}: ${roomBefore} for ${height}`).to.be.below(
        tolerance,
      );
    }
  });
});
