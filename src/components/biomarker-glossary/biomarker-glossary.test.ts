import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../../define/biomarker-glossary.js';
import { glossary } from '../../content/glossary.js';
import type { GlossaryEntry } from '../../content/types.js';
import type { Her2GlossarySearchDetail, Her2InvalidDetail } from '../../shared/events.js';
import { describeBlockContract } from '../../../test/support/block-element-contract.js';
import { captureWarnings, recordEvents } from '../../../test/support/console.js';
import { backgroundOf, normalize, shadowQuery, shadowQueryAll, shadowText } from '../../../test/support/dom.js';
import { fixtureWrapped } from '../../../test/support/fixtures.js';
import { typeInGlossary } from '../../../test/support/glossary-input.js';
import type { BiomarkerGlossary } from './biomarker-glossary.js';

function glossaryFixture(extraTerms: unknown = []): Promise<BiomarkerGlossary> {
  return fixture<BiomarkerGlossary>(
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- lit-analyzer checks the binding's type
    html`<biomarker-glossary .extraTerms=${extraTerms as GlossaryEntry[]}></biomarker-glossary>`,
  );
}

/** Types into the search box the way the browser reports it: a new value, then an input event. */
const search = typeInGlossary;

function shownTerms(el: BiomarkerGlossary): string[] {
  return shadowQueryAll(el, 'dt[part="term"]').map((term) => normalize(term.textContent));
}

function marks(el: BiomarkerGlossary): string[] {
  return shadowQueryAll(el, 'mark[part="match"]').map((mark) => mark.textContent ?? '');
}

const status = (el: BiomarkerGlossary) => shadowText(el, '[role="status"]');

function hostTerms(count: number): GlossaryEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `host-${i + 1}`,
    term: `Host term ${String(i + 1).padStart(3, '0')}`,
    definition: `Definition number ${i + 1}.`,
  }));
}

describe('<biomarker-glossary>', () => {
  const warnings = captureWarnings();
  const invalidEvents = recordEvents<Her2InvalidDetail>('her2-invalid');
  const searchEvents = recordEvents<Her2GlossarySearchDetail>('her2-glossary-search');

  describe('terms', () => {
    it('shows every built-in term as a <dt part="term"> inside a <dl>, each with its definition', async () => {
      const el = await glossaryFixture();
      const terms = shadowQueryAll(el, 'dt[part="term"]');
      expect(terms).to.have.length(glossary.length);
      for (const term of terms) expect(term.closest('dl')).to.exist;
      expect(shownTerms(el)).to.include.members([
        'HER2',
        'HER2-positive',
        'antibody drug conjugate (ADC)',
        'tyrosine kinase inhibitor (TKI)',
      ]);
      const definitions = shadowQueryAll(el, 'dd[part="definition"]').map((dd) => normalize(dd.textContent));
      expect(definitions).to.have.length(glossary.length);
      expect(definitions).to.include(
        'HER2, or “human epidermal growth factor receptor 2,” is a protein the body uses to grow and repair breast tissue.',
      );
    });

    it('lists the terms alphabetically', async () => {
      const el = await glossaryFixture();
      const terms = shownTerms(el);
      expect(terms).to.deep.equal([...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    });

    it('terms="her2 tki" shows exactly those two', async () => {
      const el = await fixture<BiomarkerGlossary>(html`<biomarker-glossary terms="her2 tki"></biomarker-glossary>`);
      expect(shownTerms(el)).to.deep.equal(['HER2', 'tyrosine kinase inhibitor (TKI)']);
      expect(status(el)).to.equal('2 terms');
      expect(shadowQuery(el, '[part="notice"]')).to.be.null;
    });

    it('terms="HER2 TKI" shows the same two, with no notice: ids ignore case and spaces', async () => {
      const el = await fixture<BiomarkerGlossary>(html`<biomarker-glossary terms=" HER2  TKI "></biomarker-glossary>`);
      expect(shownTerms(el)).to.deep.equal(['HER2', 'tyrosine kinase inhibitor (TKI)']);
      expect(shadowQuery(el, '[part="notice"]')).to.be.null;
      expect(warnings.calls).to.have.length(0);
      expect(invalidEvents).to.have.length(0);
    });

    it('shows a term named twice once', async () => {
      const el = await fixture<BiomarkerGlossary>(html`<biomarker-glossary terms="her2 HER2"></biomarker-glossary>`);
      expect(shownTerms(el)).to.deep.equal(['HER2']);
    });

    it('terms can name host terms', async () => {
      const el = await fixture<BiomarkerGlossary>(html`<biomarker-glossary
        terms="her2 my-term"
        .extraTerms=${[{ id: 'my-term', term: 'My term', definition: 'Mine.' }]}
      ></biomarker-glossary>`);
      expect(shownTerms(el)).to.deep.equal(['HER2', 'My term']);
      expect(warnings.calls).to.have.length(0);
    });

    it('follows a change of terms after the first render', async () => {
      const el = await glossaryFixture();
      el.terms = 'adc';
      await elementUpdated(el);
      expect(shownTerms(el)).to.deep.equal(['antibody drug conjugate (ADC)']);
    });

    it('has no "metastatic breast cancer" entry, which the article uses without defining: NCI’s dictionary has it', async () => {
      const el = await glossaryFixture();
      expect(shownTerms(el).filter((term) => /metastatic|MBC/i.test(term))).to.deep.equal([]);
      expect(shadowQuery(el, 'a[part="link"]')?.textContent).to.contain('NCI Dictionary of Cancer Terms');
    });

    it('links to the NCI dictionary for other terms', async () => {
      const el = await glossaryFixture();
      const link = shadowQuery<HTMLAnchorElement>(el, 'a[part="link"]')!;
      expect(link.href).to.equal('https://www.cancer.gov/publications/dictionaries/cancer-terms');
      expect(link.rel).to.contain('noopener');
    });
  });

  describe('search', () => {
    it('has a labelled search input', async () => {
      const el = await glossaryFixture();
      const input = shadowQuery<HTMLInputElement>(el, 'input[part="search"]')!;
      expect(input.type).to.equal('search');
      expect(input.labels).to.have.length(1);
      expect(normalize(input.labels![0].textContent)).to.equal('Search the glossary');
    });

    it('reports the number of terms in a polite live region', async () => {
      const el = await glossaryFixture();
      const region = shadowQuery(el, '[role="status"]')!;
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(status(el)).to.equal(`${glossary.length} terms`);
    });

    it('filters on terms: "tyrosine" matches 2 terms', async () => {
      const el = await glossaryFixture();
      await search(el, 'tyrosine');
      expect(shownTerms(el)).to.deep.equal(['tyrosine kinase', 'tyrosine kinase inhibitor (TKI)']);
      expect(status(el)).to.equal('2 terms match “tyrosine”');
    });

    it('filters on definitions too', async () => {
      const el = await glossaryFixture();
      await search(el, 'replicate DNA');
      expect(shownTerms(el)).to.deep.equal(['topoisomerase inhibitor']);
      expect(status(el)).to.equal('1 term matches “replicate DNA”');
    });

    it('matches abbreviations', async () => {
      const el = await glossaryFixture();
      await search(el, 'TKI');
      expect(shownTerms(el)).to.deep.equal(['tyrosine kinase inhibitor (TKI)']);
    });

    it('ignores case and accents: "HÉR2" and "her2" match the same terms', async () => {
      const el = await glossaryFixture();
      await search(el, 'her2');
      const lower = shownTerms(el);
      await search(el, 'HÉR2');
      expect(lower.length).to.be.greaterThan(1);
      expect(lower.length).to.be.lessThan(glossary.length);
      expect(shownTerms(el)).to.deep.equal(lower);
      expect(status(el)).to.equal(`${lower.length} terms match “HÉR2”`);
    });

    it('matches accented text with an unaccented query', async () => {
      const el = await glossaryFixture([{ id: 'cafe', term: 'Café au lait spots', definition: 'Flat patches.' }]);
      await search(el, 'cafe');
      expect(shownTerms(el)).to.deep.equal(['Café au lait spots']);
      expect(marks(el)).to.deep.equal(['Café']);
    });

    it('reads dashes as spaces', async () => {
      const el = await glossaryFixture();
      await search(el, 'her2 positive');
      expect(shownTerms(el)).to.include('HER2-positive');
    });

    it('highlights every match in terms and definitions with <mark part="match">', async () => {
      const el = await glossaryFixture();
      await search(el, 'tyrosine');
      expect(marks(el)).to.have.length(4);
      for (const mark of marks(el)) expect(mark.toLowerCase()).to.equal('tyrosine');
      const definitionMark = shadowQuery(el, 'dd[part="definition"] mark[part="match"]');
      expect(definitionMark?.textContent).to.equal('tyrosine');
    });

    it('highlights the original text of an accent-insensitive match', async () => {
      const el = await glossaryFixture();
      await search(el, 'HÉR2');
      expect(marks(el)).to.include('HER2');
      expect(shadowQuery(el, 'dt#term-her2 mark')?.textContent).to.equal('HER2');
    });

    it('shows an empty state when nothing matches', async () => {
      const el = await glossaryFixture();
      await search(el, 'zzz');
      expect(shadowQuery(el, 'dl')).to.be.null;
      expect(shadowText(el, '.empty')).to.equal('No term matches “zzz”. Try a shorter or different word.');
      expect(status(el)).to.equal('0 terms match “zzz”');
    });

    it('shows every term again when the query is cleared', async () => {
      const el = await glossaryFixture();
      await search(el, 'tyrosine');
      await search(el, '');
      expect(shownTerms(el)).to.have.length(glossary.length);
      expect(marks(el)).to.have.length(0);
    });

    it('widens the results again when the query is shortened', async () => {
      const el = await glossaryFixture();
      await search(el, 'tyrosine kinase inhibitor');
      expect(shownTerms(el)).to.have.length(1);
      await search(el, 'tyrosine');
      expect(shownTerms(el)).to.have.length(2);
    });

    it('fires her2-glossary-search with {query, count}, bubbling out of the shadow DOM', async () => {
      const el = await glossaryFixture();
      await search(el, 'tyrosine');
      expect(searchEvents).to.have.length(1);
      expect(searchEvents[0].bubbles).to.be.true;
      expect(searchEvents[0].composed).to.be.true;
      expect(searchEvents[0].detail).to.deep.equal({ query: 'tyrosine', count: 2 });
    });

    it('no-search has no input and still shows the terms', async () => {
      const el = await fixture<BiomarkerGlossary>(html`<biomarker-glossary no-search></biomarker-glossary>`);
      expect(shadowQuery(el, 'input')).to.be.null;
      expect(shownTerms(el)).to.have.length(glossary.length);
    });
  });

  describe('host terms (extraTerms)', () => {
    const myTerm = { id: 'my-term', term: 'My term', definition: 'A term the host page adds.' };

    it('adds valid host terms beside the built-in ones', async () => {
      const el = await glossaryFixture([myTerm]);
      expect(shownTerms(el)).to.include('My term');
      expect(shownTerms(el)).to.have.length(glossary.length + 1);
      expect(shadowText(el)).to.contain('A term the host page adds.');
      expect(shadowQuery(el, '[part="notice"]')).to.be.null;
    });

    it('follows a new extraTerms array after the first render', async () => {
      const el = await glossaryFixture();
      el.extraTerms = [myTerm];
      await elementUpdated(el);
      expect(shownTerms(el)).to.include('My term');
    });

    it('renders host text as text, never as HTML', async () => {
      const payload = '<img src=x onerror="window.__xss=1">';
      const el = await glossaryFixture([{ id: 'xss', term: '<b>bold</b>', definition: payload }]);
      expect(shadowQueryAll(el, 'img, b')).to.have.length(0);
      expect(shadowText(el, '#term-xss')).to.equal('<b>bold</b>');
      expect(shadowText(el, '#term-xss + dd')).to.equal(payload);
      expect((window as unknown as { __xss?: number }).__xss).to.be.undefined;
    });

    const invalidCases: Array<[string, unknown]> = [
      ['not an array', { id: 'x', term: 'X', definition: 'Y' }],
      ['an item missing its definition', [{ id: 'no-definition', term: 'No definition' }]],
      ['a duplicate of a built-in id', [{ id: 'her2', term: 'Fake HER2', definition: 'Not reviewed.' }]],
      ['an id that is not lower-case kebab-case', [{ id: 'Bad Id', term: 'Bad', definition: 'Bad id.' }]],
    ];
    for (const [label, extraTerms] of invalidCases) {
      it(`${label}: notice, one warning and her2-invalid, without throwing`, async () => {
        const el = await glossaryFixture(extraTerms);
        expect(await el.updateComplete).to.be.true;
        expect(shadowText(el, '[part="notice"]')).to.contain('Ignored extraTerms value');
        expect(warnings.calls).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<biomarker-glossary>').and.contain('extraTerms');
        expect(invalidEvents).to.have.length(1);
        expect(invalidEvents[0].composed).to.be.true;
        expect(invalidEvents[0].detail).to.include({ tag: 'biomarker-glossary', attribute: 'extraTerms' });
        expect(shownTerms(el)).to.have.length(glossary.length);
      });
    }

    it('keeps the reviewed definition when a host term reuses a built-in id', async () => {
      const el = await glossaryFixture([{ id: 'her2', term: 'Fake HER2', definition: 'Not reviewed.' }]);
      expect(shadowText(el, 'dl')).not.to.contain('Not reviewed.').and.not.to.contain('Fake HER2');
      expect(shadowText(el, '#term-her2')).to.equal('HER2');
    });

    it('still shows the valid items of a list with invalid ones', async () => {
      const el = await glossaryFixture([
        myTerm,
        { id: 'Bad Id', term: 'Bad', definition: 'Bad id.' },
        { id: 'other-term', term: 'Other term', definition: 'Another.' },
      ]);
      expect(shownTerms(el)).to.include.members(['My term', 'Other term']);
      expect(shownTerms(el)).not.to.include('Bad');
      expect(shadowQuery(el, '[part="notice"]')).to.exist;
      expect(warnings.calls).to.have.length(1);
      expect(invalidEvents[0].detail.value).to.contain('Bad Id');
    });

    it('is accessible with the notice shown', async () => {
      const el = await glossaryFixture('not a list');
      await expect(el).to.be.accessible();
    });
  });

  describe('unknown term ids', () => {
    it('terms="her2 nope" shows HER2, a notice, one warning naming the valid ids and her2-invalid', async () => {
      const el = await fixture<BiomarkerGlossary>(html`<biomarker-glossary terms="her2 nope"></biomarker-glossary>`);
      expect(shownTerms(el)).to.deep.equal(['HER2']);
      const notice = shadowText(el, '[part="notice"]');
      expect(notice).to.contain('Unknown terms “nope”');
      expect(notice).to.contain('her2, her2-positive');
      expect(warnings.calls).to.have.length(1);
      expect(warnings.messages[0]).to.contain('"nope"').and.contain('her2, her2-positive, biomarker');
      expect(invalidEvents).to.have.length(1);
      expect(invalidEvents[0].bubbles).to.be.true;
      expect(invalidEvents[0].composed).to.be.true;
      expect(invalidEvents[0].detail).to.deep.equal({ tag: 'biomarker-glossary', attribute: 'terms', value: 'nope' });
    });

    it('does not warn again when the reader searches', async () => {
      const el = await fixture<BiomarkerGlossary>(html`<biomarker-glossary terms="her2 nope"></biomarker-glossary>`);
      await search(el, 'her');
      expect(warnings.calls).to.have.length(1);
    });

    it('is accessible with the notice shown', async () => {
      const el = await fixture<BiomarkerGlossary>(html`<biomarker-glossary terms="her2 nope"></biomarker-glossary>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('many host terms', () => {
    it(`renders 50 terms at a time and a "Show N more" button that reveals the rest`, async () => {
      const total = glossary.length + 120;
      const el = await glossaryFixture(hostTerms(120));
      expect(status(el)).to.equal(`${total} terms`);
      expect(shownTerms(el)).to.have.length(50);

      const button = () => shadowQuery<HTMLButtonElement>(el, 'button[part="show-more"]');
      expect(shadowText(el, 'button[part="show-more"]')).to.equal('Show 50 more');
      button()!.click();
      await elementUpdated(el);
      expect(shownTerms(el)).to.have.length(100);
      expect(shadowText(el, 'button[part="show-more"]')).to.equal(`Show ${total - 100} more`);
      button()!.click();
      await elementUpdated(el);
      expect(shownTerms(el)).to.have.length(total);
      expect(button()).to.be.null;
    });

    it('searches every term, not only the rendered page', async () => {
      const el = await glossaryFixture(hostTerms(120));
      await search(el, 'definition number 120.');
      expect(shownTerms(el)).to.deep.equal(['Host term 120']);
    });

    it('starts again from the first page after a new search', async () => {
      const el = await glossaryFixture(hostTerms(120));
      shadowQuery<HTMLButtonElement>(el, 'button[part="show-more"]')!.click();
      await elementUpdated(el);
      await search(el, 'host term');
      expect(shownTerms(el)).to.have.length(50);
    });
  });

  describe('accessibility', () => {
    it('is accessible with a query that has results', async () => {
      const el = await glossaryFixture();
      await search(el, 'her2');
      await expect(el).to.be.accessible();
    });

    it('is accessible with a query that has no results', async () => {
      const el = await glossaryFixture();
      await search(el, 'zzz');
      await expect(el).to.be.accessible();
    });

    it('is accessible in theme="dark" with highlighted matches', async () => {
      const el = await fixture<BiomarkerGlossary>(html`<biomarker-glossary theme="dark"></biomarker-glossary>`);
      await search(el, 'her2');
      await expect(el).to.be.accessible();
    });

    it('is accessible with the "Show more" button', async () => {
      await expect(await glossaryFixture(hostTerms(60))).to.be.accessible();
    });
  });

  describe('tokens', () => {
    it('applies --her2-color-accent to the link and the show-more button', async () => {
      const el = await fixtureWrapped(
        'biomarker-glossary',
        html`<div style="--her2-color-accent: rgb(255, 0, 0)">
        <biomarker-glossary .extraTerms=${hostTerms(60)}></biomarker-glossary>
      </div>`,
      );
      expect(getComputedStyle(shadowQuery(el, 'a[part="link"]')!).color).to.equal('rgb(255, 0, 0)');
      expect(backgroundOf(el, 'button[part="show-more"]')).to.equal('rgb(255, 0, 0)');
    });
  });

  /** Its one heading, whose level the shared tests check, says Glossary: at each level, and in each English lang. */
  const titled = (el: BiomarkerGlossary) => {
    expect(shadowText(el, '[part="heading"]')).to.equal('Glossary');
  };
  describeBlockContract<BiomarkerGlossary>('biomarker-glossary', {
    tokenTarget: (el) => shadowQuery(el, 'dd[part="definition"]')!,
    noTabStop: false,
    also: { heading: titled, lang: titled },
  });
});
