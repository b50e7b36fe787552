import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../../define/her2-glossify.js';
import '../../define/her2-article.js';
import { glossary } from '../../content/glossary.js';
import type { Her2GlossifiedDetail, Her2InvalidDetail } from '../../shared/events.js';
import { captureWarnings, recordEvents } from '../../../test/support/console.js';
import { shadowQuery, shadowQueryAll } from '../../../test/support/dom.js';
import { fixtureWrapped } from '../../../test/support/fixtures.js';
import { settle } from '../../../test/support/settle.js';
import { visibleText } from '../../../test/support/text.js';
import type { GlossaryTerm } from '../glossary-term/glossary-term.js';
import type { Her2Article } from '../her2-article/her2-article.js';
import type { Her2Glossify } from './her2-glossify.js';

/** A host's blog post, in the host's words. */
const blogPost = html`<h2>My HER2 story</h2>
  <p>After my scan, my oncologist ordered a test to find out whether the cancer was HER2-positive.</p>
  <p>It was. We talked about <em>targeted therapies</em>, and about what TKIs and ADCs do.</p>
  <p>HER2 came up again, and so did metastatic breast cancer (MBC) and <a href="#more">HER2 testing</a>.</p>`;

function glossify(content: TemplateResult, every = false): Promise<Her2Glossify> {
  return fixture<Her2Glossify>(html`<her2-glossify ?every=${every}>${content}</her2-glossify>`);
}

/** Each defined term as `id:text`, in document order. */
function defined(root: ParentNode): string[] {
  return [...root.querySelectorAll('glossary-term')].map((term) => `${term.getAttribute('term')}:${term.textContent}`);
}

/** The container's content as it was: a detached copy of each child. */
function copyChildren(el: Element): Node[] {
  return [...el.childNodes].map((node) => node.cloneNode(true));
}

function sameChildren(el: Element, copy: Node[]): boolean {
  return el.childNodes.length === copy.length && [...el.childNodes].every((node, i) => node.isEqualNode(copy[i]));
}

function textNodes(el: Element): Text[] {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  while (walker.nextNode()) found.push(walker.currentNode as Text);
  return found;
}

/** A glossify element that is not yet on the page, with its content rendered into it. */
function detachedGlossify(content: TemplateResult): Her2Glossify {
  const el = document.createElement('her2-glossify');
  render(content, el);
  return el;
}

async function termsUpdated(root: Element): Promise<void> {
  await settle(root);
}

/** Mutation observers are called in a microtask queued by the first change; this one comes after. */
const afterMutations = () => Promise.resolve();

describe('<her2-glossify>', () => {
  const warnings = captureWarnings();
  const glossified = recordEvents<Her2GlossifiedDetail>('her2-glossified');
  const invalid = recordEvents<Her2InvalidDetail>('her2-invalid');

  describe('matching', () => {
    it('defines the first occurrence of each term, in the host text', async () => {
      const el = await glossify(blogPost);
      expect(defined(el)).to.deep.equal([
        'her2-positive:HER2-positive',
        'targeted-therapy:targeted therapies',
        'tki:TKIs',
        'adc:ADCs',
        'her2:HER2',
      ]);
      const terms = [...el.querySelectorAll('glossary-term')];
      const parents = new Set(terms.map((term) => term.parentElement?.localName));
      expect([...parents].sort()).to.deep.equal(['em', 'p']);
    });

    it('leaves "metastatic breast cancer" and "MBC" as the host wrote them: the glossary does not define them', async () => {
      const el = await glossify(blogPost, true);
      expect(defined(el).filter((term) => /metastatic|MBC/i.test(term))).to.deep.equal([]);
      expect(el.querySelector('p:last-of-type')?.textContent).to.contain('metastatic breast cancer (MBC)');
    });

    it('defines every occurrence with `every`', async () => {
      const el = await glossify(html`<p>HER2, then HER2 again, then TKI and TKI.</p>`, true);
      expect(defined(el)).to.deep.equal(['her2:HER2', 'her2:HER2', 'tki:TKI', 'tki:TKI']);
    });

    it('prefers the longest form', async () => {
      const el = await glossify(
        html`<p>A tyrosine kinase inhibitor blocks tyrosine kinase. HER2-positive is more than HER2.</p>`,
      );
      expect(defined(el)).to.deep.equal([
        'tki:tyrosine kinase inhibitor',
        'tyrosine-kinase:tyrosine kinase',
        'her2-positive:HER2-positive',
        'her2:HER2',
      ]);
    });

    it('finds plurals, abbreviations and expansions, in any case, with spaces or hyphens', async () => {
      const el = await glossify(
        html`<p>TKIs and ADCs; Monoclonal Antibodies; HER2 positive or HER2-positive; biomarkers; human epidermal growth factor receptor 2.</p>`,
        true,
      );
      expect(defined(el)).to.deep.equal([
        'tki:TKIs',
        'adc:ADCs',
        'monoclonal-antibody:Monoclonal Antibodies',
        'her2-positive:HER2 positive',
        'her2-positive:HER2-positive',
        'biomarker:biomarkers',
        'her2:human epidermal growth factor receptor 2',
      ]);
    });

    it('matches whole words only', async () => {
      const el = await glossify(html`<p>HER23, XHER2, MBCs and TKIsh are not terms; HER2. is one.</p>`);
      expect(defined(el)).to.deep.equal(['her2:HER2']);
    });

    it('looks only for the terms named in `terms`', async () => {
      const el = await fixture<Her2Glossify>(
        html`<her2-glossify terms="tki her2"><p>HER2-positive MBC, HER2 and TKIs.</p></her2-glossify>`,
      );
      expect(defined(el)).to.deep.equal(['her2:HER2', 'tki:TKIs']);
    });
  });

  describe('what it leaves alone', () => {
    const skipped: Array<[string, TemplateResult]> = [
      ['headings', html`<h3>HER2</h3>`],
      ['role="heading"', html`<div role="heading" aria-level="3">HER2</div>`],
      ['links', html`<p><a href="#x">HER2</a></p>`],
      ['buttons', html`<p><button type="button">HER2</button></p>`],
      ['labels', html`<p><label>HER2 <input /></label></p>`],
      ['text areas', html`<textarea>HER2</textarea>`],
      ['select options', html`<select aria-label="x"><option>HER2</option></select>`],
      ['code', html`<p><code>HER2</code></p>`],
      ['pre', html`<pre>HER2</pre>`],
      ['kbd', html`<p><kbd>HER2</kbd></p>`],
      ['script', html`<script type="text/plain">HER2</script>`],
      ['style', html`<style>/* HER2 */</style>`],
      ['template', html`<template><p>HER2</p></template>`],
      ['contenteditable regions, to any depth', html`<div contenteditable="true"><p><em>HER2</em></p></div>`],
      ['an existing <glossary-term>', html`<p><glossary-term term="her2">HER2</glossary-term></p>`],
      ['anything under [data-no-glossify]', html`<div data-no-glossify><p><strong>HER2</strong></p></div>`],
    ];

    for (const [what, content] of skipped) {
      it(`skips ${what}`, async () => {
        const el = await glossify(html`${content}<p class="after">Then HER2.</p>`);
        const created = [...el.querySelectorAll('glossary-term')].filter((term) => term.closest('.after'));
        expect(
          created.map((term) => term.textContent),
          'the next occurrence is the first defined',
        ).to.deep.equal(['HER2']);
        const existing = el.querySelectorAll('glossary-term').length - created.length;
        expect(existing, 'nothing inside the skipped element').to.equal(what.includes('glossary-term') ? 1 : 0);
      });
    }

    it('glossifies text in inline formatting and in contenteditable="false"', async () => {
      const el = await glossify(html`<p><strong>HER2</strong> and <span contenteditable="false">ADC</span></p>`);
      expect(defined(el)).to.deep.equal(['her2:HER2', 'adc:ADC']);
    });

    it('does nothing inside a heading or link around it', async () => {
      const heading = await fixtureWrapped('her2-glossify', html`<h2><her2-glossify>HER2</her2-glossify></h2>`);
      expect(defined(heading)).to.deep.equal([]);
      const link = await fixtureWrapped('her2-glossify', html`<a href="#x"><her2-glossify>HER2</her2-glossify></a>`);
      expect(defined(link)).to.deep.equal([]);
    });

    it('leaves a nested <her2-glossify> to define its own content', async () => {
      const el = await fixture<Her2Glossify>(
        html`<her2-glossify><p>HER2</p><her2-glossify terms="tki"><p>HER2 and TKI</p></her2-glossify></her2-glossify>`,
      );
      expect(defined(el)).to.deep.equal(['her2:HER2', 'tki:TKI']);
    });
  });

  describe('text and restore', () => {
    it('never changes the text: same text content, same visible text', async () => {
      const el = detachedGlossify(blogPost);
      const before = el.textContent;
      document.body.append(el);
      try {
        await elementUpdated(el);
        await termsUpdated(el);
        expect(el.querySelectorAll('glossary-term').length).to.equal(5);
        expect(el.textContent === before, 'text content').to.be.true;
        const glossifiedText = visibleText(el);
        el.disabled = true;
        await elementUpdated(el);
        expect(el.querySelectorAll('glossary-term').length).to.equal(0);
        expect(visibleText(el)).to.equal(glossifiedText);
      } finally {
        el.remove();
      }
    });

    it('puts back the original nodes when disabled, and glossifies again when enabled', async () => {
      const el = detachedGlossify(blogPost);
      const copy = copyChildren(el);
      const originals = textNodes(el);
      document.body.append(el);
      try {
        await elementUpdated(el);
        expect(sameChildren(el, copy)).to.be.false;
        el.disabled = true;
        await elementUpdated(el);
        expect(el.hasAttribute('disabled')).to.be.true;
        expect(sameChildren(el, copy), 'equal to the copy made before').to.be.true;
        const restored = textNodes(el);
        expect(restored.length === originals.length && restored.every((node, i) => node === originals[i])).to.be.true;
        glossified.length = 0;
        el.disabled = false;
        await elementUpdated(el);
        expect(defined(el)).to.have.length(5);
        expect(glossified.length).to.equal(1);
      } finally {
        el.remove();
      }
    });

    it('puts back the original nodes when removed from the page', async () => {
      const el = detachedGlossify(blogPost);
      const copy = copyChildren(el);
      document.body.append(el);
      await elementUpdated(el);
      expect(defined(el)).to.have.length(5);
      el.remove();
      expect(sameChildren(el, copy)).to.be.true;
      document.body.append(el);
      expect(defined(el), 'again once back').to.have.length(5);
      el.remove();
    });
  });

  describe('live content', () => {
    it('defines terms in text added later, in one batch per task', async () => {
      const el = await glossify(html`<p>HER2 first.</p>`);
      glossified.length = 0;
      for (const text of ['A reader asks about TKIs.', 'Another about ADCs.', 'And HER2 again.']) {
        const p = document.createElement('p');
        p.textContent = text;
        el.append(p);
      }
      await afterMutations();
      expect(defined(el)).to.deep.equal(['her2:HER2', 'tki:TKIs', 'adc:ADCs']);
      expect(glossified.map((event) => event.detail)).to.deep.equal([{ count: 2, terms: ['tki', 'adc'] }]);
    });

    it('follows text changed in place, and skips text added inside skipped elements', async () => {
      const el = await glossify(html`<p id="a">Nothing yet.</p><pre id="b"></pre>`);
      (el.querySelector('#a')!.firstChild as Text).data = 'Now ADCs.';
      el.querySelector('#b')!.append('TKIs');
      await afterMutations();
      expect(defined(el)).to.deep.equal(['adc:ADCs']);
    });

    it('follows a framework that rewrites its own text node (Lit)', async () => {
      const el = await glossify(html``);
      const view = (text: string) => html`<p>${text}</p>`;
      render(view('HER2 is a protein.'), el);
      await afterMutations();
      expect(defined(el)).to.deep.equal(['her2:HER2']);
      render(view('Then we talked about TKIs.'), el);
      await afterMutations();
      expect(el.textContent).to.equal('Then we talked about TKIs.');
      expect(defined(el)).to.deep.equal(['tki:TKIs']);
      render(view('HER2 again.'), el);
      await afterMutations();
      expect(el.textContent).to.equal('HER2 again.');
      expect(defined(el), 'HER2 is defined again: its first definition went away').to.deep.equal(['her2:HER2']);
    });

    it('keeps a host’s edit of the text around a term, and restores the edited text', async () => {
      const el = await glossify(html`<p>About HER2 today.</p>`);
      const p = el.querySelector('p')!;
      const original = p.firstChild as Text;
      (p.lastChild as Text).data = ' tomorrow.';
      await afterMutations();
      expect(p.textContent).to.equal('About HER2 tomorrow.');
      expect(defined(el)).to.deep.equal(['her2:HER2']);
      el.disabled = true;
      await elementUpdated(el);
      expect(p.childNodes.length === 1 && p.firstChild === original, 'one text node, the original').to.be.true;
      expect(original.data).to.equal('About HER2 tomorrow.');
    });

    it('takes a term away with the text node the host removes', async () => {
      const el = await glossify(html`<p>HER2 here.</p>`);
      const p = el.querySelector('p')!;
      p.removeChild(p.firstChild!);
      await afterMutations();
      expect(p.textContent).to.equal('');
      expect(defined(el)).to.deep.equal([]);
    });

    it('defines a term again when the paragraph that defined it is removed', async () => {
      const el = await glossify(html`<p id="first">HER2 here.</p><p>HER2 there.</p>`);
      const first = el.querySelector('#first')!;
      const copy = first.cloneNode(true);
      first.remove();
      await afterMutations();
      expect(defined(el)).to.deep.equal(['her2:HER2']);
      expect(first.isEqualNode(copy), 'the removed paragraph is defined').to.be.false;
      expect(first.textContent).to.equal('HER2 here.');
      expect(first.querySelectorAll('glossary-term')).to.have.length(0);
    });
  });

  describe('host terms, theme and events', () => {
    const careTeam = { id: 'care-team', term: 'care team', definition: 'The people who plan and give your treatment.' };

    it('defines host terms given as extraTerms, and hands them to each term', async () => {
      const el = await glossify(html`<p>Ask your care team about HER2.</p>`);
      el.extraTerms = [careTeam];
      await elementUpdated(el);
      expect(defined(el)).to.deep.equal(['care-team:care team', 'her2:HER2']);
      const term = el.querySelector<GlossaryTerm>('glossary-term[term="care-team"]')!;
      await term.updateComplete;
      expect(term.extraTerms.map((entry) => entry.id)).to.deep.equal(['care-team']);
      expect(shadowQuery(term, '[part="notice"]')).to.equal(null);
      expect(shadowQuery(term, '[part="term"]')?.textContent?.trim()).to.equal('care team');
      expect(warnings.calls).to.have.length(0);
    });

    it('defines its terms again in a new language', async () => {
      const el = await glossify(html`<p>Ask your care team about HER2.</p>`);
      el.setAttribute('lang', 'es');
      await elementUpdated(el);
      const term = el.querySelector<GlossaryTerm>('glossary-term')!;
      await elementUpdated(term);
      expect(shadowQuery(term, '.close')?.getAttribute('aria-label')).to.equal('Cerrar la definición de HER2');
      expect(defined(el)).to.deep.equal(['her2:HER2']);
    });

    it('shows a notice for refused host terms, and defines the rest', async () => {
      const el = await glossify(html`<p>Ask your care team about HER2.</p>`);
      el.extraTerms = [careTeam, { id: 'Bad Id', term: 'x', definition: 'y' }];
      await elementUpdated(el);
      expect(defined(el)).to.deep.equal(['care-team:care team', 'her2:HER2']);
      expect(shadowQuery(el, '[part="notice"]')?.textContent).to.contain('extraTerms');
      expect(warnings.calls).to.have.length(1);
      expect(invalid.map((event) => event.detail.attribute)).to.deep.equal(['extraTerms']);
    });

    it('reports each pass that defined terms: {count, terms}, bubbling and composed', async () => {
      await glossify(blogPost);
      expect(glossified).to.have.length(1);
      expect(glossified[0].detail).to.deep.equal({
        count: 5,
        terms: ['her2-positive', 'targeted-therapy', 'tki', 'adc', 'her2'],
      });
      expect(glossified[0].bubbles && glossified[0].composed).to.be.true;
    });

    it('passes its theme to the terms it creates', async () => {
      const el = await fixture<Her2Glossify>(html`<her2-glossify theme="dark"><p>HER2 and TKIs</p></her2-glossify>`);
      const themes = () => [...el.querySelectorAll('glossary-term')].map((term) => term.getAttribute('theme'));
      expect(themes()).to.deep.equal(['dark', 'dark']);
      el.theme = 'light';
      await elementUpdated(el);
      expect(themes()).to.deep.equal(['light', 'light']);
    });

    it('keeps the host page’s text style', async () => {
      const el = await fixtureWrapped(
        'her2-glossify',
        html`<div style="font: italic 20px/2.5 serif; text-align: center; --her2-font-size: 3em; --her2-font-family: monospace">
          <her2-glossify><p>HER2</p></her2-glossify>
        </div>`,
      );
      const style = getComputedStyle(el.querySelector('p')!);
      expect([style.fontSize, style.lineHeight, style.textAlign, style.fontStyle]).to.deep.equal([
        '20px',
        '50px',
        'center',
        'italic',
      ]);
      expect(style.fontFamily).to.equal('serif');
    });
  });

  describe('unknown term ids', () => {
    it('shows a notice, warns once, reports her2-invalid, and defines the known ids', async () => {
      const el = await fixture<Her2Glossify>(
        html`<her2-glossify terms="her2 nope"><p>HER2 and MBC</p></her2-glossify>`,
      );
      const notice = shadowQuery(el, '[part="notice"]')!;
      expect(notice.textContent).to.contain('nope');
      expect(notice.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(warnings.calls).to.have.length(1);
      expect(warnings.messages[0]).to.contain('her2-positive');
      expect(invalid.map((event) => event.detail)).to.deep.equal([
        { tag: 'her2-glossify', attribute: 'terms', value: 'nope' },
      ]);
      expect(invalid[0].bubbles && invalid[0].composed).to.be.true;
      expect(defined(el)).to.deep.equal(['her2:HER2']);
      await expect(el).to.be.accessible();
    });

    it('applies a token override to the notice', async () => {
      const el = await fixtureWrapped(
        'her2-glossify',
        html`<div style="--her2-color-accent: rgb(107, 44, 145)"><her2-glossify terms="nope">HER2</her2-glossify></div>`,
      );
      const notice = shadowQuery(el, '[part="notice"]')!;
      expect(getComputedStyle(notice).borderInlineStartColor).to.equal('rgb(107, 44, 145)');
    });
  });

  describe('accessibility', () => {
    it('is accessible with a glossified post, light and dark, with a definition open', async () => {
      const el = await glossify(blogPost);
      await termsUpdated(el);
      await expect(el).to.be.accessible();
      const dark = await fixture<Her2Glossify>(html`<her2-glossify theme="dark">${blogPost}</her2-glossify>`);
      await termsUpdated(dark);
      await expect(dark).to.be.accessible();
      const term = el.querySelector<GlossaryTerm>('glossary-term')!;
      term.open = true;
      await term.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('in <her2-article>', () => {
    async function article(template = html`<her2-article></her2-article>`): Promise<Her2Article> {
      const el = await fixture<Her2Article>(template);
      await Promise.all(
        shadowQueryAll(el, 'glossary-term, source-list, related-reading').map(
          (child) => (child as unknown as { updateComplete: Promise<unknown> }).updateComplete,
        ),
      );
      return el;
    }

    it('defines the article’s terms through the one <her2-glossify> around its text', async () => {
      const el = await article();
      const wrappers = shadowQueryAll<Her2Glossify>(el, 'her2-glossify');
      expect(wrappers).to.have.length(1);
      const terms = shadowQueryAll(el, 'glossary-term');
      expect(terms.every((term) => wrappers[0].contains(term))).to.be.true;
      expect(terms).to.have.length(glossary.length);
      expect(glossified.map((event) => event.detail.count)).to.deep.equal([glossary.length]);
      wrappers[0].disabled = true;
      await elementUpdated(wrappers[0]);
      expect(shadowQueryAll(el, 'glossary-term'), 'the article has no other way of defining terms').to.have.length(0);
    });

    it('keeps its terms and text through theme and language re-renders', async () => {
      const el = await article(html`<her2-article lang="en"></her2-article>`);
      const text = visibleText(el);
      const ids = () => shadowQueryAll(el, 'glossary-term').map((term) => term.getAttribute('term'));
      const before = ids();
      el.theme = 'dark';
      await elementUpdated(el);
      await elementUpdated(shadowQuery<Her2Glossify>(el, 'her2-glossify')!);
      el.setAttribute('lang', 'en-GB');
      await elementUpdated(el);
      await afterMutations();
      expect(ids()).to.deep.equal(before);
      expect(shadowQueryAll(el, 'glossary-term').map((term) => term.getAttribute('theme'))).to.deep.equal(
        before.map(() => 'dark'),
      );
      await settle(el);
      expect(visibleText(el)).to.equal(text);
    });

    it('is accessible once glossified', async () => {
      await expect(await article()).to.be.accessible();
    });
  });
});
