import { expect, fixture, html } from '@open-wc/testing';
import '../define/all.js';
import { captureWarnings, recordEvents } from '../../test/support/console.js';
import { normalize, shadowQuery, shadowQueryAll, shadowText } from '../../test/support/dom.js';
import { settle } from '../../test/support/settle.js';
import type { Her2InvalidDetail, Her2ReviewOverdueDetail } from './events.js';
import { clearReviewRecord, registerReviewRecord, setReviewClock, type ReviewRecord } from './review-record.js';

const hospitalReview: ReviewRecord = {
  organisation: 'Example Hospital',
  reviewer: 'Dr. Test Reviewer',
  reviewed: { year: 2026, month: 3 },
  nextReview: { year: 2029, month: 3 },
};

async function card(template = html`<her2-therapy-card type="mab"></her2-therapy-card>`): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(template);
  await settle(el);
  return el;
}

const footerLine = (el: Element) => normalize(shadowQuery(el, '[part="footer"] p:last-child')?.textContent);

describe('the review lifecycle', () => {
  const warnings = captureWarnings();
  const overdue = recordEvents<Her2ReviewOverdueDetail>('her2-review-overdue');
  const invalid = recordEvents<Her2InvalidDetail>('her2-invalid');

  afterEach(() => {
    clearReviewRecord();
    setReviewClock(() => new Date());
  });

  describe('before the next review (clock: April 2025)', () => {
    beforeEach(() => setReviewClock(() => new Date(2025, 3, 30)));

    it('the footer says when the text was reviewed and when it is next due, and nothing is overdue', async () => {
      const el = await card();
      expect(footerLine(el)).to.equal('Medically reviewed May 2022 · Next review due May 2025 · 14 sources');
      expect(shadowQuery(el, '[part="review-notice"]')).to.equal(null);
      expect(overdue).to.have.length(0);
    });
  });

  describe('after the next review (clock: June 2025)', () => {
    beforeEach(() => setReviewClock(() => new Date(2025, 5, 1)));

    it('a calm notice says the information is due for review, and one event tells the page', async () => {
      const el = await card();
      expect(shadowText(el, '[part="review-notice"]')).to.equal(
        'This information is due for review: its next review was due May 2025.',
      );
      expect(shadowQuery(el, '[part="review-notice"]')?.getAttribute('role')).to.equal('note');
      expect(overdue).to.have.length(1);
      expect(overdue[0].target).to.equal(el);
      expect(overdue[0].bubbles && overdue[0].composed).to.be.true;
      expect(overdue[0].detail).to.deep.equal({
        reviewed: { year: 2022, month: 5 },
        nextReview: { year: 2025, month: 5 },
      });
      el.setAttribute('theme', 'dark');
      await settle(el);
      expect(overdue, 'once per connection').to.have.length(1);
    });

    it('a composite tells the page once, for the cards it nests too', async () => {
      const el = await card(html`<her2-therapy-overview></her2-therapy-overview>`);
      expect(shadowQueryAll(el, 'her2-therapy-card')).to.have.length(3);
      expect(overdue).to.have.length(1);
      expect(overdue[0].target).to.equal(el);
    });
  });

  describe('a host’s own review record', () => {
    beforeEach(() => setReviewClock(() => new Date(2026, 11, 4)));

    it('the footer names the host’s review, and the overdue notice follows its date', async () => {
      expect(registerReviewRecord(hospitalReview).problems).to.deep.equal([]);
      const el = await card();
      expect(footerLine(el)).to.equal(
        'Reviewed by Dr. Test Reviewer, Example Hospital, March 2026 · Original text medically reviewed May 2022 · ' +
          'Next review due March 2029 · 14 sources',
      );
      expect(shadowQuery(el, '[part="review-notice"]')).to.equal(null);
      expect(overdue).to.have.length(0);

      setReviewClock(() => new Date(2029, 3, 1));
      await settle(el);
      expect(shadowText(el, '[part="review-notice"]')).to.contain('its next review was due March 2029');
      expect(overdue[0].detail).to.deep.equal({
        reviewed: { year: 2026, month: 3 },
        nextReview: { year: 2029, month: 3 },
      });
    });

    it('reaches widgets already on the page', async () => {
      const el = await card();
      expect(footerLine(el)).to.match(/^Medically reviewed May 2022/);
      registerReviewRecord(hospitalReview);
      await settle(el);
      expect(footerLine(el)).to.match(/^Reviewed by Dr\. Test Reviewer, Example Hospital, March 2026/);
    });

    const badRecords: Array<[string, unknown, RegExp]> = [
      ['a missing organisation', { ...hospitalReview, organisation: ' ' }, /organisation must name who reviewed it/],
      [
        'a review date in the future',
        { ...hospitalReview, reviewed: { year: 2027, month: 1 } },
        /reviewed is in the future/,
      ],
      [
        'a next review before the review',
        { ...hospitalReview, nextReview: { year: 2025, month: 1 } },
        /nextReview must come after reviewed/,
      ],
      ['no object at all', null, /organisation must name/],
    ];
    for (const [what, record, reason] of badRecords) {
      it(`refuses ${what}: a warning, a notice and her2-invalid, and nothing shown as the host’s review`, async () => {
        const { problems } = registerReviewRecord(record as ReviewRecord);
        expect(problems.join('; ')).to.match(reason);
        expect(warnings.messages.filter((message) => message.includes('review record refused'))).to.have.length(1);
        const el = await card();
        expect(footerLine(el)).to.equal('Medically reviewed May 2022 · Next review due May 2025 · 14 sources');
        expect(shadowText(el, '[part="footer"] [part="notice"]')).to.match(reason);
        expect(invalid.map((event) => event.detail.attribute)).to.include('reviewRecord');
      });
    }
  });
});

describe('the provenance of what cards show', () => {
  it('drug examples stand under their own line: facts compiled November 2026, and their sources', async () => {
    const el = await card();
    expect(shadowText(el, '[part="examples-provenance"]')).to.equal(
      'Examples: facts compiled November 2026 from 4 sources, apart from the article’s medical review.',
    );
  });

  it('the elements that name drugs or regimens end with the care-team line, once', async () => {
    const careLine = 'This information does not replace advice from your care team.';
    const single = await card();
    expect(shadowText(single, '[part="care-notice"]')).to.equal(careLine);
    const overview = await card(html`<her2-therapy-overview></her2-therapy-overview>`);
    expect(shadowQueryAll(overview, '[part="care-notice"]')).to.have.length(1);
    for (const nested of shadowQueryAll(overview, 'her2-therapy-card')) {
      expect(shadowQuery(nested, '[part="care-notice"]'), 'nested cards leave it to the overview').to.equal(null);
    }
  });

  it('a built-in definition names the article it comes from; a host’s own term does not', async () => {
    const el = await fixture<HTMLElement>(html`<p><glossary-term term="her2"></glossary-term></p>`);
    const term = el.querySelector('glossary-term')!;
    await settle(term);
    expect(shadowText(term, '[part="origin"]')).to.equal(
      'From the article “Targeted Therapies for HER2-Positive Metastatic Breast Cancer”, medically reviewed May 2022',
    );
    const own = await fixture<HTMLElement & { extraTerms: unknown }>(
      html`<glossary-term term="care-team" .extraTerms=${[{ id: 'care-team', term: 'care team', definition: 'Your doctors.' }]}></glossary-term>`,
    );
    await settle(own);
    expect(shadowQuery(own, '[part="origin"]')).to.equal(null);
  });
});
