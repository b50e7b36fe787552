/**
 * Pre-rendered fragments (`her2-widgets render … + …`) on a host's page: with scripts off they are
 * readable, with their review date; with the inline script they share one copy of each style
 * sheet; with the CDN file, dist/her2-widgets.js, each element is taken over in place: one copy,
 * the server's own nodes, the same size, and everything works.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { normalize } from '../support/dom.js';
import { embedCodeBuilder } from '../support/embed-code.js';
import { errorsIn, pageInFrame, recordPageErrors } from '../support/frames.js';
import { typeInGlossary } from '../support/glossary-input.js';

const tags = ['her2-therapy-card', 'biomarker-glossary', 'source-list', 'glossary-term'] as const;

/** `her2-widgets render` for the three widgets of README's snippet and a term: one page's fragments. */
function renderFragments(): Promise<string> {
  const args = ['her2-therapy-card', 'type=adc', '+', 'biomarker-glossary', '+', 'source-list', 'collapsed'];
  return executeServerCommand<string, { args: string[] }>('her2-ssr-render', {
    args: [...args, '+', 'glossary-term', 'term=her2'],
  });
}

/** A blog post around the fragments; `scripts` go at the end of its body. */
function hostPage(fragments: string, scripts = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host's post</title></head>
<body style="font: 17px/1.6 Georgia, serif; max-width: 40em"><h1>My notes</h1><p>Text of the host's own.</p>
${fragments}<p>More text of the host's.</p>${scripts}</body></html>`;
}

/** Before any module runs: the page's errors from then on, and each element's size and server nodes. */
const recordBeforeModules = `${recordPageErrors}<script>
  window.serverNodes = [...document.querySelectorAll('${tags.join(',')}')].map((el) => ({
    height: el.getBoundingClientRect().height,
    heading: el.shadowRoot.querySelector('[part~="heading"], [part~="term"]'),
    text: el.shadowRoot.querySelector('p, dd, summary')?.firstChild,
  }));
</script>`;

interface ServerNodes {
  height: number;
  heading: Element | null;
  text: Node | null | undefined;
}

const frames: HTMLIFrameElement[] = [];

async function loadFrame(html: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const frame = await pageInFrame(html, sandbox);
  frames.push(frame);
  return frame;
}

const elementsIn = (frame: HTMLIFrameElement) =>
  tags.map((tag) => frame.contentDocument!.querySelector(tag) as LitElement);

/** What a reader sees of the element, through its shadow root. */
const shownText = (el: Element) => normalize((el.shadowRoot as ShadowRoot & { innerText?: string }).textContent);

const cardBorder = (el: Element) => {
  const card = el.shadowRoot!.querySelector('[part~="card"]');
  return card ? getComputedStyle(card).borderTopStyle : 'none';
};

describe('pre-rendered fragments on a host page', () => {
  let fragments: string;

  before(async () => {
    fragments = await renderFragments();
  });

  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('with scripts off, shows every element’s content and its review date', async () => {
    const frame = await loadFrame(hostPage(fragments), 'allow-same-origin');
    for (const el of elementsIn(frame)) {
      expect(el.shadowRoot, `<${el.localName}> has its shadow root`).to.exist;
      expect(el.getBoundingClientRect().height, el.localName).to.be.greaterThan(10);
    }
    const [card, glossary, sources] = elementsIn(frame);
    expect(shownText(card)).to.contain('These are called antibody drug conjugates or ADCs');
    expect(shownText(glossary)).to.contain('is a protein the body uses to grow and repair breast tissue');
    expect(shownText(sources)).to.contain('Sources (14)');
    for (const el of [card, glossary, sources]) {
      expect(shownText(el), el.localName).to.contain('Medically reviewed May 2022 · Next review due May 2025');
    }
    expect(cardBorder(card), 'the first fragment’s own sheets style it').to.equal('solid');
  });

  it('with only the inline script, every element is styled from the sheets written once', async () => {
    const frame = await loadFrame(hostPage(fragments), 'allow-scripts allow-same-origin');
    const [card, glossary, sources] = elementsIn(frame);
    for (const el of [card, glossary, sources]) expect(cardBorder(el), el.localName).to.equal('solid');
    expect(card.shadowRoot!.adoptedStyleSheets, 'the first holds its own sheets: no second copy').to.have.length(0);
    for (const el of [glossary, sources]) {
      expect(el.shadowRoot!.adoptedStyleSheets.length, `${el.localName} shares the card's`).to.be.greaterThan(0);
    }
    expect(frame.contentWindow!.customElements.get('her2-therapy-card'), 'no widget module ran').to.be.undefined;
  });

  describe('with the CDN file', () => {
    let frame: HTMLIFrameElement;

    beforeEach(async () => {
      const scripts = `${recordBeforeModules}<script type="module" src="/dist/her2-widgets.js"></script>`;
      frame = await loadFrame(hostPage(fragments, scripts));
      for (const tag of tags) await frame.contentWindow!.customElements.whenDefined(tag);
      for (const el of elementsIn(frame)) await el.updateComplete;
    });

    const serverNodes = () => (frame.contentWindow as unknown as { serverNodes: ServerNodes[] }).serverNodes;

    it('takes each element over in place: one copy, the server’s nodes, the same size', () => {
      expect(errorsIn(frame)).to.deep.equal([]);
      elementsIn(frame).forEach((el, index) => {
        const before = serverNodes()[index];
        expect(el.shadowRoot!.querySelectorAll('[part~="card"]').length, el.localName).to.be.at.most(1);
        expect(el.shadowRoot!.querySelector('[part~="heading"], [part~="term"]') === before.heading, el.localName).to.be
          .true;
        if (before.text) expect(before.text.isConnected, `${el.localName}: the server's text node`).to.be.true;
        expect(el.getBoundingClientRect().height, el.localName).to.be.closeTo(before.height, 0.5);
      });
    });

    it('works fully: search, the term’s definition, the sources’ disclosure', async () => {
      const [, glossary, sources, term] = elementsIn(frame);
      const allTerms = glossary.shadowRoot!.querySelectorAll('[part="term"]').length;
      await typeInGlossary(glossary, 'kinase');
      const shown = glossary.shadowRoot!.querySelectorAll('[part="term"]').length;
      expect(shown).to.be.greaterThan(0).and.lessThan(allTerms);

      const button = term.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="term"]')!;
      button.click();
      await term.updateComplete;
      expect((term as LitElement & { open: boolean }).open).to.be.true;
      expect(button.getAttribute('aria-expanded')).to.equal('true');

      const details = sources.shadowRoot!.querySelector('details')!;
      details.querySelector('summary')!.click();
      expect(details.open).to.be.true;
      expect(errorsIn(frame)).to.deep.equal([]);
    });
  });

  it('the embed-code builder’s pre-rendered snippet is taken over in place too', async () => {
    const { preRenderedSnippet } = await embedCodeBuilder();
    const snippet = await preRenderedSnippet({
      scriptUrl: '/dist/her2-widgets.js',
      tag: 'her2-therapy-card',
      attributes: [['type', 'tki']],
    });
    expect(snippet).to.match(/^<script type="module" src="\/dist\/her2-widgets.js"><\/script>\n<script>/);
    const [script, ...rest] = snippet.split('\n');
    const frame = await loadFrame(hostPage(rest.join('\n'), `${recordBeforeModules}${script}`));
    const card = frame.contentDocument!.querySelector('her2-therapy-card') as LitElement;
    await frame.contentWindow!.customElements.whenDefined('her2-therapy-card');
    await card.updateComplete;
    const [before] = (frame.contentWindow as unknown as { serverNodes: ServerNodes[] }).serverNodes;
    expect(card.shadowRoot!.querySelector('[part~="heading"]') === before.heading, 'the server’s heading').to.be.true;
    expect(card.shadowRoot!.querySelectorAll('[part~="card"]').length).to.equal(1);
    expect(shownText(card)).to.contain('TKIs work by blocking these enzymes');
  });

  it('the builder’s script snippet holds the widget’s room until it has run', async () => {
    const { scriptSnippet } = await embedCodeBuilder();
    const snippet = scriptSnippet({
      scriptUrl: 'data:text/javascript,',
      tag: 'source-list',
      attributes: [['collapsed', '']],
    });
    const frame = await loadFrame(hostPage(snippet), 'allow-same-origin');
    const list = frame.contentDocument!.querySelector('source-list')!;
    expect(list.getBoundingClientRect().height, 'room held before the module runs').to.be.greaterThan(60);
  });
});
