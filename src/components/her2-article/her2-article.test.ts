import { expect, fixture, html } from '@open-wc/testing';
import { glossary } from '../../content/glossary.js';
import '../../define/her2-article.js';
import { describeBlockContract } from '../../../test/support/block-element-contract.js';
import { recordEvents } from '../../../test/support/console.js';
import { headingTags, shadowQuery, shadowQueryAll } from '../../../test/support/dom.js';
import { settle } from '../../../test/support/settle.js';
import { visibleText } from '../../../test/support/text.js';
import type { Her2Article } from './her2-article.js';

async function article(template = html`<her2-article></her2-article>`): Promise<Her2Article> {
  const el = await fixture<Her2Article>(template);
  await settle(el);
  return el;
}

describe('<her2-article>', () => {
  it('shows the title, subtitle and review date first', async () => {
    const el = await article();
    const header = visibleText(shadowQuery(el, 'header')!);
    expect(header).to.equal(
      'Targeted Therapies for HER2-Positive Metastatic Breast Cancer ' +
        'Understanding HER2 status, types of targeted therapies, and how targeted therapy might fit into a treatment plan. ' +
        'Medically reviewed in May 2022',
    );
  });

  it('follows the seed order: status, types, combinations, decisions, sources, featured content', async () => {
    const text = visibleText(await article());
    const order = [
      'HER2 status is an important piece of information',
      'Healthcare providers can order tests',
      'There are a number of cancer drugs that can target cancer cells',
      'Here, we will look at how targeted therapies work to treat metastatic breast cancer (MBC) that is HER2-positive.',
      'HER2 proteins are one example of a cancer biomarker',
      'Types of targeted therapy for MBC',
      'Monoclonal antibodies are synthetic versions',
      'Antibody drug conjugates (ADCs). Some drugs include',
      'Tyrosine kinase inhibitors (TKIs). Tyrosine kinase are enzymes',
      'Targeted therapies can also be used in combination',
      'Making treatment decisions',
      'This information does not replace advice from your care team.',
      'Sources',
      'Featured Content',
      'Self-Care with Metastatic Breast Cancer',
    ];
    const positions = order.map((phrase) => text.indexOf(phrase));
    expect(positions, JSON.stringify(order.filter((_, i) => positions[i] < 0))).not.to.include(-1);
    expect([...positions].sort((a, b) => a - b)).to.deep.equal(positions);
  });

  it('defines every glossary term in place at its first occurrence, and only there', async () => {
    const el = await article();
    const terms = shadowQueryAll(el, 'glossary-term').map((term) => term.getAttribute('term'));
    expect([...terms].sort()).to.deep.equal(glossary.map((entry) => entry.id).sort());
    const first = shadowQueryAll(el, 'glossary-term')[0];
    expect(first.getAttribute('term')).to.equal('her2');
    expect(first.textContent).to.equal('HER2');
    expect(first.closest('.subtitle')).to.not.equal(null);
  });

  it('nests headings from heading-level: h2 title by default, sections one deeper', async () => {
    const el = await article();
    expect(headingTags(el)).to.deep.equal(['h2', 'h3', 'h3']);
    const sources = shadowQuery(el, 'source-list')!;
    expect(headingTags(sources)).to.deep.equal(['h3']);
    const deeper = await article(html`<her2-article heading-level="4"></her2-article>`);
    expect(headingTags(deeper)).to.deep.equal(['h4', 'h5', 'h5']);
    expect(headingTags(shadowQuery(deeper, 'related-reading')!)).to.deep.equal(['h5']);
  });

  it('passes the theme to the elements it nests', async () => {
    const el = await article(html`<her2-article theme="dark"></her2-article>`);
    for (const child of shadowQueryAll(el, 'glossary-term, source-list, related-reading')) {
      expect(child.getAttribute('theme'), child.localName).to.equal('dark');
    }
    expect(getComputedStyle(shadowQuery(el, '[part="card"]')!).backgroundColor).to.equal('rgb(22, 27, 34)');
  });

  it('links featured items the host gives URLs for, through the related-hrefs attribute', async () => {
    const el = await article(
      html`<her2-article related-hrefs='{"working": "https://example.org/work"}' link-target="_blank"></her2-article>`,
    );
    const related = shadowQuery(el, 'related-reading')!;
    const links = shadowQueryAll(related, 'a');
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['https://example.org/work']);
    expect(links[0].getAttribute('target')).to.equal('_blank');
  });

  describe('with a refused URL', () => {
    const invalid = recordEvents('her2-invalid');

    it('keeps the title as text and reports it', async () => {
      const el = await article(html`<her2-article related-hrefs='{"working": "javascript:alert(1)"}'></her2-article>`);
      const related = shadowQuery(el, 'related-reading')!;
      expect(shadowQueryAll(related, 'a')).to.have.length(0);
      expect(invalid.length).to.equal(1);
    });
  });

  it('has one footer, its own', async () => {
    const el = await article();
    expect(shadowQueryAll(el, '[part="footer"]')).to.have.length(1);
    expect(visibleText(shadowQuery(el, '[part="footer"]')!)).to.equal(
      'This information is due for review: its next review was due May 2025. ' +
        'Medically reviewed May 2022 · Next review due May 2025 · 14 sources',
    );
    const bare = await article(html`<her2-article no-footer></her2-article>`);
    expect(shadowQueryAll(bare, '[part="footer"]')).to.have.length(0);
  });

  describeBlockContract<Her2Article>('her2-article', {
    defaultLevel: 2,
    // A heading-level that is no number, or none once one was set, gives the blocks' h3, not the title's own h2.
    reviewLine: 'Medically reviewed in May 2022',
    headings: (level) => [`h${level}`, ...Array<string>(2).fill(`h${Math.min(level + 1, 6)}`)],
    tokenTarget: (el) => shadowQuery(el, '[part="body"] p')!,
    noTabStop: false,
  });
});
