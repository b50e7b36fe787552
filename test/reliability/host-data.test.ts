/**
 * Data a host page supplies (extra glossary terms, links for the featured readings) is checked
 * before use: wrong shapes and links that are not absolute http(s) URLs are refused with the
 * invalid-input behaviour (visible notice, console.warn, `her2-invalid`), and the rest renders.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { Her2InvalidDetail } from '../../src/shared/events.js';
import { captureWarnings, recordEvents } from '../support/console.js';
import { normalize } from '../support/dom.js';

type Rendered = HTMLElement & { updateComplete: Promise<boolean> };

const goodTerm = { id: 'care-team', term: 'care team', definition: 'A definition given by the host page.' };
const badTerms: unknown[] = [
  { id: 'Bad Id', term: 'x', definition: 'y' },
  { id: 'her2', term: 'HER2', definition: 'A host may not redefine a reviewed term.' },
  { id: 'no-definition', term: 'x' },
  '<img src=x onerror=alert(1)>',
  null,
];
const links = {
  biomarkers: 'https://example.org/biomarkers',
  working: 'javascript:alert(1)',
  resources: 'data:text/html,<script>alert(1)</script>',
  'self-care': '/relative/path',
  'financial-burden': 'ftp://example.org/file',
  'not-an-item': 'https://example.org/unknown',
};

function notices(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part="notice"]')].map((notice) => normalize(notice.textContent));
}

function hrefsIn(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="link"]')].map((a) => a.getAttribute('href')!);
}

describe('host-supplied data is validated', () => {
  const warnings = captureWarnings();
  const invalid = recordEvents<Her2InvalidDetail>('her2-invalid');

  it('<biomarker-glossary> shows the valid host term and a notice for the refused ones', async () => {
    const el = await fixture<Rendered>(
      html`<biomarker-glossary .extraTerms=${[...badTerms, goodTerm]}></biomarker-glossary>`,
    );
    const terms = [...el.shadowRoot!.querySelectorAll('dt')].map((dt) => normalize(dt.textContent));
    expect(terms).to.include('care team');
    expect(terms.filter((term) => term === 'HER2')).to.have.length(1); // the reviewed one, not the host's
    expect(normalize(el.shadowRoot!.textContent)).not.to.include('A host may not redefine');
    expect(notices(el)).to.have.length(1);
    expect(notices(el)[0]).to.include('extraTerms');
    expect(warnings.calls).to.have.length(1);
    expect(invalid.map((event) => event.detail.attribute)).to.deep.equal(['extraTerms']);
  });

  it('<glossary-term> defines a valid host term even when others are refused', async () => {
    const el = await fixture<Rendered>(
      html`<glossary-term term="care-team" .extraTerms=${[...badTerms, goodTerm]}>care team</glossary-term>`,
    );
    expect(el.shadowRoot!.querySelector('[part="term"]')).not.to.equal(null);
    expect(normalize(el.shadowRoot!.querySelector('[part="popover"]')!.textContent)).to.include(goodTerm.definition);
    expect(invalid.map((event) => event.detail.attribute)).to.deep.equal(['extraTerms']);
  });

  it('<related-reading> links only absolute http(s) URLs of known items; the rest give notices', async () => {
    const el = await fixture<Rendered>(html`<related-reading .hrefs=${links}></related-reading>`);
    expect(hrefsIn(el)).to.deep.equal(['https://example.org/biomarkers']);
    const shown = notices(el).join(' ');
    expect(shown).to.include('not-an-item');
    expect(shown).to.include('javascript:');
    expect(normalize(el.shadowRoot!.textContent)).to.include(
      'Continuing to Work When You Have Metastatic Breast Cancer',
    );
    expect(warnings.calls.length).to.equal(invalid.length);
    expect(invalid.every((event) => event.detail.attribute === 'hrefs')).to.be.true;
  });

  it('<her2-article> passes related-hrefs on with the same checks, and bad JSON gives a notice', async () => {
    const el = await fixture<Rendered>(html`<her2-article related-hrefs=${JSON.stringify(links)}></her2-article>`);
    const reading = el.shadowRoot!.querySelector('related-reading') as Rendered;
    await reading.updateComplete;
    expect(hrefsIn(reading)).to.deep.equal(['https://example.org/biomarkers']);
    expect(notices(reading).length).to.be.greaterThan(0);
    el.setAttribute('related-hrefs', '{"biomarkers": "https://example.org/b"');
    await el.updateComplete;
    await reading.updateComplete;
    expect(hrefsIn(reading)).to.deep.equal([]);
    expect(notices(reading).join(' ')).to.include('expected JSON');
  });
});
