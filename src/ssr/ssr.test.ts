import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { normalize } from '../../test/support/dom.js';
import { pageInFrame } from '../../test/support/frames.js';
import { typeInGlossary } from '../../test/support/glossary-input.js';

/** `her2-widgets render <args> --page`, run by the test server on the built package. */
function renderPage(...args: string[]): Promise<string> {
  return executeServerCommand<string, { args: string[] }>('her2-ssr-render', { args: [...args, '--page'] });
}

const frames: HTMLIFrameElement[] = [];

/** Loads `html` as the page of an iframe, removed after the test; `sandbox` as given (none: a normal page). */
async function loadPage(html: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const frame = await pageInFrame(html, sandbox);
  frames.push(frame);
  return frame;
}

/** What each element is rendered with, and a phrase of the content it shows. */
const pages: [tag: string, args: string[], phrase: string][] = [
  ['her2-therapy-card', ['type=adc'], 'These are called antibody drug conjugates or ADCs'],
  ['her2-therapy-overview', [], 'TKIs work by blocking these enzymes'],
  ['her2-status-explainer', [], 'is a protein the body uses to grow and repair breast tissue'],
  ['treatment-decisions', [], 'This information does not replace advice from your care team.'],
  ['biomarker-glossary', [], 'is a protein the body uses to grow and repair breast tissue'],
  ['source-list', [], 'Treatment of Stage IV (Metastatic) Breast Cancer.'],
  ['related-reading', [], 'Coping With the Financial Burden of Metastatic Breast Cancer'],
  ['her2-article', [], 'Targeted Therapies for HER2-Positive Metastatic Breast Cancer'],
];

/**
 * The text a reader sees (`innerText` leaves out what is not rendered), through the shadow roots
 * of nested elements too. The nodes are the frame's, so no `instanceof` with this page's classes.
 */
function renderedText(root: ShadowRoot): string {
  const texts = [...root.children]
    .filter((child) => child.localName !== 'style')
    .map((child) => (child as HTMLElement).innerText);
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) texts.push(renderedText(el.shadowRoot));
  return normalize(texts.join(' '));
}

describe('server-rendered HTML (her2-widgets render … --page)', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  describe('with JavaScript off', () => {
    for (const [tag, args, phrase] of pages) {
      it(`shows <${tag}>'s content, styled, from declarative shadow DOM`, async () => {
        const page = await renderPage(tag, ...args);
        // The probe would mark the page if any script could run in it.
        const probe = '<script>document.documentElement.dataset.scripts = "ran"</script>';
        const frame = await loadPage(page.replace('</body>', `${probe}</body>`), 'allow-same-origin');
        const doc = frame.contentDocument!;
        expect(doc.documentElement.dataset.scripts ?? 'none').to.equal('none');
        expect(frame.contentWindow!.customElements.get(tag) === undefined, 'the element is not defined').to.be.true;
        const el = doc.querySelector(tag)!;
        expect(el.shadowRoot !== null, 'the template became a shadow root').to.be.true;
        expect(el.querySelector('template') === null, 'no template left in the light DOM').to.be.true;
        expect(renderedText(el.shadowRoot!)).to.contain(phrase);
        expect(el.getBoundingClientRect().height).to.be.greaterThan(50);
        const card = el.shadowRoot!.querySelector('[part="card"]')!;
        expect(getComputedStyle(card).borderTopStyle, 'its styles apply').to.equal('solid');
        expect(getComputedStyle(card).paddingTop).to.not.equal('0px');
      });
    }
  });

  describe('hydrated with @lit-labs/ssr-client', () => {
    const errorProbe = `<script>
      window.problems = [];
      addEventListener('error', (event) => problems.push(String(event.message)));
      addEventListener('unhandledrejection', (event) => problems.push(String(event.reason)));
      const consoleError = console.error;
      console.error = (...args) => { problems.push(args.join(' ')); consoleError(...args); };
    </script>`;

    /** The page with hydration support loaded before the element's registering module. */
    async function hydratablePage(tag: string, args: string[]): Promise<{ frame: HTMLIFrameElement; el: LitElement }> {
      const page = await renderPage(tag, ...args, 'defer-hydration');
      const scripts = `${errorProbe}<script type="module" src="/test/ssr/hydrate.ts?tag=${tag}"></script>`;
      const frame = await loadPage(page.replace('</head>', `${scripts}</head>`));
      await frame.contentWindow!.customElements.whenDefined(tag);
      return { frame, el: frame.contentDocument!.querySelector(tag) as LitElement };
    }

    const problemsIn = (frame: HTMLIFrameElement) => (frame.contentWindow as Window & { problems: string[] }).problems;

    for (const [tag, args, phrase] of pages) {
      it(`<${tag}> keeps the server's DOM and reports no mismatch`, async () => {
        const { frame, el } = await hydratablePage(tag, args);
        const serverCard = el.shadowRoot!.querySelector('[part="card"]');
        const serverHeading = el.shadowRoot!.querySelector('[part="heading"]');
        el.removeAttribute('defer-hydration');
        await el.updateComplete;
        expect(problemsIn(frame)).to.deep.equal([]);
        expect(el.shadowRoot!.querySelectorAll('[part="card"]').length).to.equal(1);
        expect(el.shadowRoot!.querySelector('[part="card"]') === serverCard, 'the same card node').to.be.true;
        expect(el.shadowRoot!.querySelector('[part="heading"]') === serverHeading, 'the same heading node').to.be.true;
        expect(renderedText(el.shadowRoot!)).to.contain(phrase);
      });
    }

    it('a Spanish card rendered with --lang es hydrates in Spanish, keeping the server’s DOM', async () => {
      const { frame, el } = await hydratablePage('her2-therapy-card', ['type=mab', '--lang', 'es']);
      const serverHeading = el.shadowRoot!.querySelector('.subheading');
      expect(normalize(serverHeading?.textContent)).to.equal('Qué es');
      el.removeAttribute('defer-hydration');
      await el.updateComplete;
      expect(problemsIn(frame)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('.subheading') === serverHeading, 'the same heading node').to.be.true;
      expect(renderedText(el.shadowRoot!)).to.contain(
        'Revisión médica: mayo de 2022 · Próxima revisión: mayo de 2025 · 14 fuentes',
      );
    });

    it('a hydrated glossary answers the reader: search filters and dispatches her2-glossary-search', async () => {
      const { frame, el } = await hydratablePage('biomarker-glossary', []);
      el.removeAttribute('defer-hydration');
      await el.updateComplete;
      const searches: unknown[] = [];
      el.addEventListener('her2-glossary-search', (event) => searches.push((event as CustomEvent).detail));
      const allTerms = el.shadowRoot!.querySelectorAll('[part="term"]').length;
      await typeInGlossary(el, 'kinase');
      const terms = [...el.shadowRoot!.querySelectorAll('[part="term"]')].map((term) => normalize(term.textContent));
      expect(searches).to.deep.equal([{ query: 'kinase', count: terms.length }]);
      expect(terms.length).to.be.greaterThan(0).and.lessThan(allTerms);
      expect(problemsIn(frame)).to.deep.equal([]);
    });

    it('a hydrated term opens its definition in place', async () => {
      const { frame, el } = await hydratablePage('glossary-term', ['term=her2']);
      const term = el as LitElement & { open: boolean };
      const button = term.shadowRoot!.querySelector('button[part="term"]') as HTMLButtonElement;
      term.removeAttribute('defer-hydration');
      await term.updateComplete;
      expect(term.shadowRoot!.querySelector('button[part="term"]') === button, 'the same button').to.be.true;
      button.click();
      await term.updateComplete;
      expect(term.open).to.be.true;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(problemsIn(frame)).to.deep.equal([]);
    });
  });
});
