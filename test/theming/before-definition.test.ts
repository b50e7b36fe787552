/**
 * Before the module has run (or with scripts off) a page shows its own fallback inside each tag,
 * with README's `:not(:defined)` rule keeping room for the widget; once the elements are defined
 * the widget replaces the fallback. This file registers nothing until its last test, so the
 * tests run in order: defining an element cannot be undone.
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

/** The first ```css block of README's "Before the script loads" section. */
async function readmeSnippet(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.slice(readme.indexOf('### Before the script loads'));
  const match = section.match(/```css\n([\s\S]*?)```/);
  if (!match) throw new Error('README has no CSS block under "Before the script loads"');
  return match[1];
}

describe('theming: before the script loads', () => {
  const page = document.createElement('div');
  const fallbacks = new Map<string, HTMLParagraphElement>();
  let term: HTMLElement;
  let reservedHeight = 0;

  before(async () => {
    const css = await readmeSnippet();
    reservedHeight = 12 * parseFloat(getComputedStyle(document.body).fontSize);
    page.append(styleElement(css));
    for (const { tag, attributes, fallback } of blocks) {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes ?? {})) el.setAttribute(name, value);
      const paragraph = el.appendChild(document.createElement('p'));
      paragraph.textContent = fallback;
      fallbacks.set(tag, paragraph);
      page.append(el);
    }
    const sentence = page.appendChild(document.createElement('p'));
    sentence.append('The test looks for ');
    term = sentence.appendChild(document.createElement('glossary-term'));
    term.setAttribute('term', 'her2');
    term.textContent = 'HER2';
    sentence.append(' proteins.');
    document.body.append(page);
  });

  after(() => page.remove());

  it('README documents the :not(:defined) rule for every block element', async () => {
    const css = await readmeSnippet();
    for (const { tag } of blocks) expect(css).to.contain(`${tag}:not(:defined)`);
  });

  it('nothing is defined yet', () => {
    for (const { tag } of blocks) expect(customElements.get(tag), tag).to.be.undefined;
    expect(customElements.get('glossary-term')).to.be.undefined;
  });

  it("shows the host's fallback text in each element's place", () => {
    for (const { tag, fallback } of blocks) {
      const paragraph = fallbacks.get(tag)!;
      expect(paragraph.checkVisibility(), tag).to.be.true;
      expect(paragraph.getBoundingClientRect().height, tag).to.be.greaterThan(0);
      expect(visibleText(paragraph.parentElement!), tag).to.equal(fallback);
    }
    expect(visibleText(term.parentElement!)).to.equal('The test looks for HER2 proteins.');
  });

  it("keeps room for each element with README's rule, so the page does not jump", () => {
    for (const { tag } of blocks) {
      const el = fallbacks.get(tag)!.parentElement!;
      expect(getComputedStyle(el).display, tag).to.equal('block');
      expect(el.getBoundingClientRect().height, tag).to.be.at.least(reservedHeight - 0.5);
    }
  });

  it('once defined, each widget replaces the fallback and the term keeps its word', async () => {
    await import('../../src/define/all.js');
    for (const { tag, fallback, phrases } of blocks) {
      const paragraph = fallbacks.get(tag)!;
      const el = paragraph.parentElement as HTMLElement & { updateComplete: Promise<boolean> };
      await el.updateComplete;
      expect(el.matches(':defined'), tag).to.be.true;
      expect(paragraph.checkVisibility(), `${tag}: fallback hidden`).to.be.false;
      for (const phrase of phrases) expect(normalize(el.shadowRoot!.textContent), tag).to.contain(phrase);
      expect(visibleText(el), tag).not.to.contain(fallback);
    }
    await (term as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(visibleText(term.parentElement!)).to.equal('The test looks for HER2 proteins.');
    expect(term.shadowRoot!.querySelector('[part~="term"]')).to.exist;
  });
});
