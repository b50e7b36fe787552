import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../../define/her2-therapy-card.js';
import type { Her2InvalidDetail } from '../../shared/events.js';
import {
  backgroundOf,
  captureWarnings,
  fixtureWrapped,
  headingTags,
  recordEvents,
  shadowQuery,
  shadowQueryAll,
  shadowText,
} from '../../../test/helpers.js';
import type { Her2TherapyCard } from './her2-therapy-card.js';

function card(type: string | null): Promise<Her2TherapyCard> {
  return type === null
    ? fixture<Her2TherapyCard>(html`<her2-therapy-card></her2-therapy-card>`)
    : fixture<Her2TherapyCard>(html`<her2-therapy-card type=${type}></her2-therapy-card>`);
}

function links(el: Her2TherapyCard): HTMLAnchorElement[] {
  return shadowQueryAll<HTMLAnchorElement>(el, 'a[part="link"]');
}

function linkTo(el: Her2TherapyCard, href: string): HTMLAnchorElement | undefined {
  return links(el).find((link) => link.href === href);
}

describe('<her2-therapy-card>', () => {
  const warnings = captureWarnings();
  const invalidEvents = recordEvents<Her2InvalidDetail>('her2-invalid');

  describe('content', () => {
    it('type="mab" explains monoclonal antibodies with trastuzumab, pertuzumab and margetuximab', async () => {
      const el = await card('mab');
      expect(shadowText(el, '[part="heading"]')).to.equal('Monoclonal antibodies');
      const text = shadowText(el, '[part="body"]');
      expect(text).to.contain('Monoclonal antibodies are synthetic versions of antibodies that occur naturally in the body.');
      expect(text).to.contain('This prevents the cancer cells from dividing, growing, and spreading.');
      expect(text).to.contain('Brand name: Herceptin; biosimilars include Herzuma, Ontruzant, Ogivri, Trazimera, Kanjinti.');
      expect(text).to.contain('pertuzumab. Brand name: Perjeta.');
      expect(text).to.contain('margetuximab. Brand name: Margenza.');
      expect(text).to.contain('Source: US FDA approval, December 2020');
      expect(linkTo(el, 'https://www.cancer.gov/about-cancer/treatment/drugs/trastuzumab')?.textContent).to.equal('trastuzumab');
      expect(
        linkTo(el, 'https://www.cancerresearchuk.org/about-cancer/cancer-in-general/treatment/cancer-drugs/drugs/trastuzumab'),
      ).to.exist;
    });

    it('type="adc" explains antibody drug conjugates with T-DM1 and T-DXd', async () => {
      const el = await card('adc');
      expect(shadowText(el, '[part="heading"]')).to.equal('Antibody drug conjugates (ADCs)');
      const text = shadowText(el, '[part="body"]');
      expect(text).to.contain('These are called antibody drug conjugates or ADCs.');
      expect(text).to.contain('ADCs also release anti-cancer drugs directly into HER2-positive cancer cells.');
      expect(text).to.contain('ado-trastuzumab emtansine (T-DM1). Brand name: Kadcyla.');
      expect(text).to.contain('Source: NCI Drug Dictionary. “Ado trastuzumab emtansine.”');
      expect(text).to.contain('fam-trastuzumab deruxtecan (T-DXd). Brand name: Enhertu.');
      expect(links(el), 'no adc example has a verified URL').to.have.length(0);
    });

    it('type="tki" explains tyrosine kinase inhibitors with lapatinib, neratinib and tucatinib', async () => {
      const el = await card('tki');
      expect(shadowText(el, '[part="heading"]')).to.equal('Tyrosine kinase inhibitors (TKIs)');
      const text = shadowText(el, '[part="body"]');
      expect(text).to.contain('TKIs work by blocking these enzymes, preventing cancer cells from growing and dividing.');
      expect(text).to.contain('These drugs may be given when cancer has progressed during initial treatment.');
      expect(text).to.contain('lapatinib. Brand name: Tykerb.');
      expect(text).to.contain('neratinib. Brand name: Nerlynx.');
      expect(text).to.contain('tucatinib. Brand name: Tukysa. Given with trastuzumab and capecitabine.');
      expect(text).to.contain('Source: NCI. “Tucatinib.”');
      const tucatinib = linkTo(el, 'https://www.cancer.gov/about-cancer/treatment/drugs/tucatinib');
      expect(tucatinib?.textContent).to.equal('tucatinib');
    });

    it('shows the four sections under sub-headings and the combination sentence', async () => {
      const el = await card('tki');
      const subheadings = shadowQueryAll(el, '.subheading').map((heading) => heading.textContent?.trim());
      expect(subheadings).to.deep.equal(['What it is', 'How it works', 'When it is used', 'Examples']);
      expect(shadowText(el)).to.contain(
        'Targeted therapies can also be used in combination with other therapies, including chemotherapy, endocrine therapy, immunotherapy, and other targeted therapies.',
      );
    });

    it('accepts the type in any case and with surrounding spaces', async () => {
      const el = await card(' TKI ');
      expect(shadowText(el, '[part="heading"]')).to.equal('Tyrosine kinase inhibitors (TKIs)');
      expect(shadowQuery(el, '[part="notice"]')).to.be.null;
      expect(warnings.calls).to.have.length(0);
    });

    it('links never pass the page on or open a handle back, and stay in the same tab', async () => {
      const el = await card('mab');
      expect(links(el)).to.have.length(2);
      for (const link of links(el)) {
        expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
        expect(link.hasAttribute('target')).to.be.false;
      }
    });
  });

  describe('re-rendering', () => {
    it('shows the new therapy when type is set after the first render', async () => {
      const el = await card('adc');
      el.type = 'tki';
      await elementUpdated(el);
      expect(shadowText(el)).to.contain('tucatinib');
      expect(shadowText(el)).not.to.contain('These are called antibody drug conjugates or ADCs');
    });

    it('follows a change of the type attribute', async () => {
      const el = await card('tki');
      el.setAttribute('type', 'mab');
      await elementUpdated(el);
      expect(shadowText(el, '[part="heading"]')).to.equal('Monoclonal antibodies');
    });

    it('clears the notice once a valid type is set', async () => {
      const el = await card('nope');
      el.type = 'adc';
      await elementUpdated(el);
      expect(shadowQuery(el, '[part="notice"]')).to.be.null;
      expect(shadowText(el)).to.contain('These are called antibody drug conjugates or ADCs');
    });
  });

  describe('invalid type', () => {
    it('shows a visible notice naming the valid values instead of the therapy', async () => {
      const el = await card('nope');
      const notice = shadowQuery(el, '[part="notice"]');
      expect(notice).to.exist;
      expect(notice!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(shadowText(el, '[part="notice"]')).to.equal('Unknown type “nope”. Use one of: mab, adc, tki.');
      expect(shadowQuery(el, '[part="body"]')).to.be.null;
    });

    it('logs exactly one console.warn naming the valid values', async () => {
      const el = await card('nope');
      el.theme = 'dark';
      await elementUpdated(el);
      expect(warnings.calls).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<her2-therapy-card>').and.contain('"nope"').and.contain('mab, adc, tki');
    });

    it('dispatches one her2-invalid event that bubbles out of the shadow DOM with {tag, attribute, value}', async () => {
      await card('nope');
      expect(invalidEvents).to.have.length(1);
      const [event] = invalidEvents;
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      expect(event.detail).to.deep.equal({ tag: 'her2-therapy-card', attribute: 'type', value: 'nope' });
    });

    it('shortens a long value in the notice and warning, but the event keeps it whole', async () => {
      const value = 'x'.repeat(100);
      const el = await card(value);
      expect(shadowText(el, '[part="notice"]')).to.contain(`“${'x'.repeat(60)}…”`);
      expect(warnings.messages[0]).not.to.contain(value);
      expect(invalidEvents[0].detail.value).to.equal(value);
    });

    it('says the type is missing when there is none, without throwing', async () => {
      const el = await card(null);
      expect(await el.updateComplete).to.be.true;
      expect(shadowText(el, '[part="notice"]')).to.equal('Missing type. Use one of: mab, adc, tki.');
      expect(invalidEvents).to.have.length(1);
    });

    it('shows the notice, without throwing, when the type attribute is removed', async () => {
      const el = await card('adc');
      el.removeAttribute('type');
      expect(await el.updateComplete).to.be.true;
      expect(shadowText(el, '[part="notice"]')).to.contain('Use one of: mab, adc, tki.');
      expect(warnings.calls).to.have.length(1);
    });

    it('is accessible', async () => {
      const el = await card('nope');
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    for (const type of ['mab', 'adc', 'tki']) {
      it(`type="${type}" is accessible`, async () => {
        const el = await card(type);
        await expect(el).to.be.accessible();
      });
    }

    it('is accessible in theme="dark"', async () => {
      const el = await fixture<Her2TherapyCard>(html`<her2-therapy-card type="mab" theme="dark"></her2-therapy-card>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('theme', () => {
    it('theme="dark" changes the card background', async () => {
      const light = await card('adc');
      const dark = await fixture<Her2TherapyCard>(html`<her2-therapy-card type="adc" theme="dark"></her2-therapy-card>`);
      expect(backgroundOf(light)).to.equal('rgb(255, 255, 255)');
      expect(backgroundOf(dark)).to.equal('rgb(22, 27, 34)');
    });

    it('an unknown theme is light', async () => {
      const el = await fixture<Her2TherapyCard>(html`<her2-therapy-card type="adc" theme="neon"></her2-therapy-card>`);
      expect(backgroundOf(el)).to.equal('rgb(255, 255, 255)');
    });

    it('applies --her2-color-surface to the card background and --her2-color-accent to links', async () => {
      const el = await fixtureWrapped('her2-therapy-card', html`<div
        style="--her2-color-surface: rgb(1, 2, 3); --her2-color-accent: rgb(255, 0, 0)"
      >
        <her2-therapy-card type="tki"></her2-therapy-card>
      </div>`);
      expect(backgroundOf(el)).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(links(el)[0]).color).to.equal('rgb(255, 0, 0)');
    });

    it('tokens override the dark theme too', async () => {
      const el = await fixtureWrapped('her2-therapy-card', html`<div style="--her2-color-surface: rgb(1, 2, 3)">
        <her2-therapy-card type="tki" theme="dark"></her2-therapy-card>
      </div>`);
      expect(backgroundOf(el)).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('heading-level', () => {
    const cases: Array<[string | undefined, string[]]> = [
      [undefined, ['h3', 'h4', 'h4', 'h4', 'h4']],
      ['5', ['h5', 'h6', 'h6', 'h6', 'h6']],
      ['99', ['h6', 'h6', 'h6', 'h6', 'h6']],
      ['1', ['h2', 'h3', 'h3', 'h3', 'h3']],
      ['abc', ['h3', 'h4', 'h4', 'h4', 'h4']],
      [' ', ['h3', 'h4', 'h4', 'h4', 'h4']],
    ];
    for (const [level, expected] of cases) {
      it(`heading-level=${level === undefined ? '(none)' : `"${level}"`} gives ${expected[0]} with ${expected[1]} sub-headings`, async () => {
        const el = await fixture<Her2TherapyCard>(
          level === undefined
            ? html`<her2-therapy-card type="adc"></her2-therapy-card>`
            : html`<her2-therapy-card type="adc" heading-level=${level}></her2-therapy-card>`,
        );
        expect(headingTags(el)).to.deep.equal(expected);
      });
    }

    it('follows a change of heading-level after the first render', async () => {
      const el = await card('adc');
      el.setAttribute('heading-level', '2');
      await elementUpdated(el);
      expect(headingTags(el)[0]).to.equal('h2');
    });
  });

  describe('footer', () => {
    it('shows the review date and the source count', async () => {
      const el = await card('adc');
      const footer = shadowText(el, '[part="footer"]');
      expect(footer).to.contain('Medically reviewed May 2022');
      expect(footer).to.contain('14 sources');
    });

    it('keeps the footer in the invalid state', async () => {
      const el = await card('nope');
      expect(shadowText(el, '[part="footer"]')).to.contain('Medically reviewed May 2022');
    });

    it('no-footer removes it', async () => {
      const el = await fixture<Her2TherapyCard>(html`<her2-therapy-card type="adc" no-footer></her2-therapy-card>`);
      expect(shadowQuery(el, '[part="footer"]')).to.be.null;
      expect(shadowText(el)).not.to.contain('Medically reviewed');
    });
  });

  describe('lang', () => {
    it('inside lang="en-GB" renders English and marks its card lang="en"', async () => {
      const el = await fixtureWrapped('her2-therapy-card', html`<div lang="en-GB">
        <her2-therapy-card type="adc"></her2-therapy-card>
      </div>`);
      expect(shadowQuery(el, '[part="card"]')!.getAttribute('lang')).to.equal('en');
      expect(shadowText(el)).to.contain('These are called antibody drug conjugates or ADCs');
      expect(shadowText(el, '[part="footer"]')).to.contain('Medically reviewed May 2022');
    });

    it('an unsupported lang of its own falls back to English', async () => {
      const el = await fixture<Her2TherapyCard>(html`<her2-therapy-card type="adc" lang="xx"></her2-therapy-card>`);
      expect(shadowQuery(el, '[part="card"]')!.getAttribute('lang')).to.equal('en');
      expect(shadowText(el)).to.contain('What it is');
    });

    it('a lang that names an Object.prototype key falls back to English without throwing', async () => {
      const el = await fixture<Her2TherapyCard>(html`<her2-therapy-card type="adc" lang="constructor"></her2-therapy-card>`);
      expect(shadowQuery(el, '[part="card"]')!.getAttribute('lang')).to.equal('en');
      expect(shadowText(el, '[part="footer"]')).to.contain('Medically reviewed May 2022');
    });

    it('follows a change of its own lang after the first render', async () => {
      const el = await fixture<Her2TherapyCard>(html`<her2-therapy-card type="adc" lang="fr"></her2-therapy-card>`);
      el.setAttribute('lang', 'en-US');
      await elementUpdated(el);
      expect(shadowQuery(el, '[part="card"]')!.getAttribute('lang')).to.equal('en');
    });
  });
});
