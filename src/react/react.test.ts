import { expect } from '@open-wc/testing';
import { createElement, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { h, render as renderPreact } from 'preact';
import type { Her2GlossarySearchDetail, Her2InvalidDetail, Her2TermToggleDetail } from '../shared/events.js';
import { captureWarnings } from '../../test/support/console.js';
import { normalize, shadowQuery, shadowQueryAll, shadowText } from '../../test/support/dom.js';
import { enterQuery, typeInGlossary } from '../../test/support/glossary-input.js';
import { BiomarkerGlossary, GlossaryTerm, Her2TherapyCard, SourceList } from './index.js';

/** A real React 19 app: a root on a div in the page, rendered synchronously. */
function mountApp(): { root: Root; host: HTMLDivElement; render(node: ReactNode): void } {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  apps.push({ root, host });
  return { root, host, render: (node) => flushSync(() => root.render(node)) };
}

const apps: { root: Root; host: HTMLDivElement }[] = [];

type Her2Tag = 'her2-therapy-card' | 'biomarker-glossary' | 'glossary-term' | 'source-list';

async function rendered<K extends Her2Tag>(host: Element, tag: K): Promise<HTMLElementTagNameMap[K]> {
  const el = host.querySelector(tag);
  if (!el) throw new Error(`React rendered no <${tag}>`);
  await el.updateComplete;
  return el;
}

describe('her2-widgets/react in a React 19 app', () => {
  const warnings = captureWarnings();

  afterEach(() => {
    for (const { root, host } of apps.splice(0)) {
      root.unmount();
      host.remove();
    }
  });

  it('renders the element with its content, properties set from props', async () => {
    const app = mountApp();
    app.render(createElement(Her2TherapyCard, { type: 'adc', headingLevel: 2, theme: 'dark' }));
    const card = await rendered(app.host, 'her2-therapy-card');
    expect(shadowText(card)).to.contain('These are called antibody drug conjugates or ADCs');
    expect(shadowQuery(card, '[part="heading"]')!.localName).to.equal('h2');
    expect(shadowQuery(card, '[part="card"]')!.classList.contains('theme-dark')).to.be.true;
  });

  it('re-renders when the props change', async () => {
    const app = mountApp();
    app.render(createElement(Her2TherapyCard, { type: 'mab' }));
    const card = await rendered(app.host, 'her2-therapy-card');
    expect(shadowText(card, '[part="heading"]')).to.equal('Monoclonal antibodies');
    app.render(createElement(Her2TherapyCard, { type: 'tki' }));
    await card.updateComplete;
    expect(app.host.querySelectorAll('her2-therapy-card').length).to.equal(1);
    expect(shadowText(card)).to.contain('TKIs work by blocking these enzymes');
  });

  it('calls onHer2Invalid with the typed detail', async () => {
    const app = mountApp();
    const details: Her2InvalidDetail[] = [];
    const type = 'xyz' as 'adc'; // what a host's untyped data could hold
    app.render(createElement(Her2TherapyCard, { type, onHer2Invalid: (event) => details.push(event.detail) }));
    const card = await rendered(app.host, 'her2-therapy-card');
    expect(details).to.deep.equal([{ tag: 'her2-therapy-card', attribute: 'type', value: 'xyz' }]);
    expect(warnings.calls.length).to.equal(1);
    expect(shadowQuery(card, '[part="notice"]')).to.not.equal(null);
  });

  it('calls onHer2GlossarySearch as the reader types, and takes host terms as a prop', async () => {
    const app = mountApp();
    const searches: Her2GlossarySearchDetail[] = [];
    const extraTerms = [{ id: 'care-team', term: 'care team', definition: 'The people who treat you.' }];
    app.render(
      createElement(BiomarkerGlossary, { extraTerms, onHer2GlossarySearch: (event) => searches.push(event.detail) }),
    );
    const glossary = await rendered(app.host, 'biomarker-glossary');
    expect(shadowText(glossary)).to.contain('The people who treat you.');
    await typeInGlossary(glossary, 'care team');
    expect(searches).to.deep.equal([{ query: 'care team', count: 1 }]);
    expect(shadowQueryAll(glossary, '[part="term"]').map((term) => normalize(term.textContent))).to.deep.equal([
      'care team',
    ]);
  });

  it('calls onHer2TermToggle when a term opens, with the host text as children', async () => {
    const app = mountApp();
    const toggles: Her2TermToggleDetail[] = [];
    app.render(
      createElement(
        'p',
        null,
        'Doctors test for ',
        createElement(GlossaryTerm, { term: 'her2', onHer2TermToggle: (event) => toggles.push(event.detail) }, 'HER2'),
        '.',
      ),
    );
    const term = await rendered(app.host, 'glossary-term');
    expect(normalize(app.host.textContent)).to.equal('Doctors test for HER2.');
    shadowQuery(term, 'button[part="term"]')!.click();
    await term.updateComplete;
    expect(toggles).to.deep.equal([{ term: 'her2', open: true }]);
  });

  it('sets boolean and text properties: a collapsed list, an unknown link target flagged once', async () => {
    const app = mountApp();
    const details: Her2InvalidDetail[] = [];
    app.render(
      createElement(SourceList, {
        collapsed: true,
        linkTarget: 'nowhere',
        onHer2Invalid: (event) => details.push(event.detail),
      }),
    );
    const list = await rendered(app.host, 'source-list');
    expect(list.hasAttribute('collapsed')).to.be.true;
    expect(shadowQuery(list, 'details:not([open])')).to.not.equal(null);
    expect(details).to.deep.equal([{ tag: 'source-list', attribute: 'link-target', value: 'nowhere' }]);
    expect(warnings.calls.length).to.equal(1);
  });
});

// What her2-widgets/jsx/react and her2-widgets/jsx/preact type: the tags themselves, with
// attributes, properties and `on` + event name, which both frameworks handle for custom elements.
describe('the tags without wrappers', () => {
  const warnings = captureWarnings();
  const hosts: HTMLDivElement[] = [];
  const newHost = () => hosts[hosts.push(document.createElement('div')) - 1];

  afterEach(() => {
    for (const host of hosts.splice(0)) {
      renderPreact(null, host);
      host.remove();
    }
    for (const { root, host } of apps.splice(0)) {
      root.unmount();
      host.remove();
    }
  });

  it('React 19: attributes, properties and onher2-… listeners reach the element', async () => {
    const app = mountApp();
    const searches: Her2GlossarySearchDetail[] = [];
    const extraTerms = [{ id: 'care-team', term: 'care team', definition: 'The people who treat you.' }];
    const onSearch = (event: Event) => searches.push((event as CustomEvent<Her2GlossarySearchDetail>).detail);
    app.render(
      createElement('biomarker-glossary', {
        terms: 'care-team her2',
        'heading-level': 4,
        extraTerms,
        'onher2-glossary-search': onSearch,
      }),
    );
    const glossary = await rendered(app.host, 'biomarker-glossary');
    expect(shadowQuery(glossary, '[part="heading"]')!.localName).to.equal('h4');
    expect(shadowQueryAll(glossary, '[part="term"]').map((term) => normalize(term.textContent))).to.deep.equal([
      'care team',
      'HER2',
    ]);
    expect(enterQuery(glossary, 'her2')).to.be.true;
    expect(searches).to.deep.equal([{ query: 'her2', count: 1 }]);
  });

  it('Preact: attributes and onher2-… listeners reach the element', async () => {
    const host = newHost();
    document.body.append(host);
    const invalid: Her2InvalidDetail[] = [];
    const onInvalid = (event: Event) => invalid.push((event as CustomEvent<Her2InvalidDetail>).detail);
    renderPreact(h('her2-therapy-card', { type: 'tki', 'heading-level': '2', 'onher2-invalid': onInvalid }), host);
    const card = await rendered(host, 'her2-therapy-card');
    expect(shadowText(card)).to.contain('TKIs work by blocking these enzymes');
    expect(shadowQuery(card, '[part="heading"]')!.localName).to.equal('h2');
    renderPreact(h('her2-therapy-card', { type: 'xyz', 'onher2-invalid': onInvalid }), host);
    await card.updateComplete;
    expect(invalid).to.deep.equal([{ tag: 'her2-therapy-card', attribute: 'type', value: 'xyz' }]);
    expect(warnings.calls.length).to.equal(1);
  });
});
