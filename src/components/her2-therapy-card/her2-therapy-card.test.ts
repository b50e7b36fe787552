import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../../define/her2-therapy-card.js';
import type { Her2InvalidDetail } from '../../shared/events.js';
import { describeBlockContract } from '../../../test/support/block-element-contract.js';
import { applyForcedColors, systemColor } from '../../../test/support/colors.js';
import { captureWarnings, recordEvents } from '../../../test/support/console.js';
import { normalize, shadowQuery, shadowQueryAll, shadowText } from '../../../test/support/dom.js';
import { container, fixtureWrapped } from '../../../test/support/fixtures.js';
import { textAlternative } from '../../../test/support/text.js';
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
      expect(text).to.contain(
        'Monoclonal antibodies are synthetic versions of antibodies that occur naturally in the body.',
      );
      expect(text).to.contain('This prevents the cancer cells from dividing, growing, and spreading.');
      const howItWorks = normalize(shadowQueryAll(el, '.subheading + p')[1].textContent);
      expect(howItWorks).to.match(/^Monoclonal antibodies work by attaching to HER2 proteins/);
      expect(text, '"How it works" names its subject').not.to.contain('They work by');
      expect(text).to.contain(
        'US brand name: Herceptin; biosimilars include Herzuma, Ontruzant, Ogivri, Trazimera, Kanjinti.',
      );
      expect(text).to.contain('pertuzumab. US brand name: Perjeta.');
      expect(text).to.contain('margetuximab. US brand name: Margenza.');
      expect(text).to.contain('Source: US FDA approval, December 2020');
      expect(linkTo(el, 'https://www.cancer.gov/about-cancer/treatment/drugs/trastuzumab')?.textContent).to.equal(
        'trastuzumab',
      );
      expect(
        linkTo(
          el,
          'https://www.cancerresearchuk.org/about-cancer/cancer-in-general/treatment/cancer-drugs/drugs/trastuzumab',
        ),
      ).to.exist;
    });

    it('type="adc" explains antibody drug conjugates with T-DM1 and T-DXd', async () => {
      const el = await card('adc');
      expect(shadowText(el, '[part="heading"]')).to.equal('Antibody drug conjugates (ADCs)');
      const text = shadowText(el, '[part="body"]');
      expect(text).to.contain('These are called antibody drug conjugates or ADCs.');
      expect(text).to.contain('ADCs also release anti-cancer drugs directly into HER2-positive cancer cells.');
      expect(text).to.contain('ado-trastuzumab emtansine (T-DM1). US brand name: Kadcyla.');
      expect(text).to.contain('Source: NCI Drug Dictionary. “Ado trastuzumab emtansine.”');
      expect(text).to.contain('fam-trastuzumab deruxtecan (T-DXd). US brand name: Enhertu.');
      expect(links(el), 'no adc example has a verified URL').to.have.length(0);
    });

    it('type="tki" explains tyrosine kinase inhibitors with lapatinib, neratinib and tucatinib', async () => {
      const el = await card('tki');
      expect(shadowText(el, '[part="heading"]')).to.equal('Tyrosine kinase inhibitors (TKIs)');
      const text = shadowText(el, '[part="body"]');
      expect(text).to.contain(
        'TKIs work by blocking these enzymes, preventing cancer cells from growing and dividing.',
      );
      expect(text).to.contain('TKIs may be given when cancer has progressed during initial treatment.');
      expect(text, 'a list item names its subject').not.to.contain('These drugs may be given');
      expect(text).to.contain('lapatinib. US brand name: Tykerb.');
      expect(text).to.contain('neratinib. US brand name: Nerlynx.');
      expect(text).to.contain('tucatinib. US brand name: Tukysa. Given with trastuzumab and capecitabine.');
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

    it('names the brand names as US brand names, the facts being US brands', async () => {
      const el = await card('adc');
      const items = shadowQueryAll(el, '.examples li').map((item) => normalize(item.textContent));
      expect(items).to.have.length(2);
      for (const item of items) expect(item).to.match(/\. US brand name: /);
      expect(shadowText(el)).not.to.contain('Brand name');
    });

    it('shows under "When it is used" what every type shares, unless told not to', async () => {
      const shared = [
        'Can be used to treat HER2-positive metastatic breast cancer (MBC).',
        'Targeted therapies can also be used in combination with other therapies, including chemotherapy, endocrine therapy, immunotherapy, and other targeted therapies.',
      ];
      const el = await card('mab');
      const use = () => shadowQueryAll(el, '.body > ul:not(.examples) li').map((item) => normalize(item.textContent));
      expect(el.showsSharedUse).to.be.true;
      expect(use()).to.deep.equal(shared);
      el.showsSharedUse = false;
      await elementUpdated(el);
      expect(use()).to.deep.equal([]);
      const subheadings = shadowQueryAll(el, '.subheading').map((heading) => heading.textContent?.trim());
      expect(subheadings, 'no empty section').to.deep.equal(['What it is', 'How it works', 'Examples']);
      const tki = await card('tki');
      tki.showsSharedUse = false;
      await elementUpdated(tki);
      expect(
        shadowQueryAll(tki, '.body > ul:not(.examples) li').map((item) => normalize(item.textContent)),
      ).to.deep.equal(['TKIs may be given when cancer has progressed during initial treatment.']);
      expect(tki.hasAttribute('shows-shared-use'), 'a property, not an attribute').to.be.false;
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

    it('keeps the footer', async () => {
      const el = await card('nope');
      expect(shadowText(el, '[part="footer"]')).to.contain('Medically reviewed May 2022');
    });
  });

  describe('accessibility', () => {
    for (const type of ['mab', 'adc', 'tki']) {
      it(`type="${type}" is accessible`, async () => {
        const el = await card(type);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('theme', () => {
    it('applies --her2-color-accent to links', async () => {
      const el = await fixtureWrapped(
        'her2-therapy-card',
        html`<div style="--her2-color-accent: rgb(255, 0, 0)">
          <her2-therapy-card type="tki"></her2-therapy-card>
        </div>`,
      );
      expect(getComputedStyle(links(el)[0]).color).to.equal('rgb(255, 0, 0)');
    });
  });

  describeBlockContract<Her2TherapyCard>('her2-therapy-card', {
    headings: (level) => [`h${level}`, ...Array<string>(4).fill(`h${Math.min(level + 1, 6)}`)],
    tokenTarget: (el) => shadowQuery(el, '[part="body"] p')!,
    noTabStop: false,
    also: {
      lang: (el) => {
        expect(shadowText(el)).to.contain('What it is');
      },
    },
  });
});

describe('<her2-therapy-card> picture', () => {
  const warnings = captureWarnings();
  const svgOf = (el: Element) => shadowQuery<SVGSVGElement>(el, 'figure[part="diagram"] svg')!;
  const labelsOf = (el: Element) =>
    [...svgOf(el).querySelectorAll('text')].map((text) => normalize(text.textContent)).sort();

  const cases = [
    {
      type: 'mab',
      labels: ['HER2 proteins', 'cancer cell', 'growth hormones', 'monoclonal antibodies'],
      caption: 'Monoclonal antibodies attaching to HER2 proteins block these proteins from attracting growth hormones.',
      description:
        'Monoclonal antibodies work by attaching to HER2 proteins to block or prevent these proteins from attracting growth hormones. This prevents the cancer cells from dividing, growing, and spreading.',
      parts: ['.antibody', '.her2', '.hormone', '.block'],
    },
    {
      type: 'adc',
      labels: ['HER2 proteins', 'anti-cancer drug', 'cancer cell', 'monoclonal antibodies'],
      caption:
        'ADCs include monoclonal antibodies and anti-cancer drugs, and release these drugs directly into HER2-positive cancer cells.',
      description:
        'In addition to inhibiting cancer cells from using HER2, ADCs also release anti-cancer drugs directly into HER2-positive cancer cells.',
      parts: ['.antibody', '.her2', '.drug', '.arrow'],
    },
    {
      type: 'tki',
      labels: ['TKI', 'cancer cell', 'growing and dividing', 'tyrosine kinase'],
      caption: 'TKIs block tyrosine kinase, enzymes that cells need to grow and divide.',
      description:
        'Tyrosine kinase are enzymes that cells need to grow, divide, and signal other cells. Certain cancer cells produce excess levels of these enzymes. TKIs work by blocking these enzymes, preventing cancer cells from growing and dividing.',
      parts: ['.kinase', '.tki', '.block'],
    },
  ];

  for (const { type, labels, caption, description, parts } of cases) {
    describe(`type="${type}"`, () => {
      it('shows the picture right after "How it works", with its parts and short labels', async () => {
        const el = await card(type);
        const figure = shadowQuery(el, 'figure[part="diagram"]')!;
        const before = figure.previousElementSibling!;
        expect(before.localName).to.equal('p');
        expect(before.previousElementSibling?.textContent?.trim()).to.equal('How it works');
        expect(figure.nextElementSibling?.textContent?.trim()).to.equal('When it is used');
        expect(labelsOf(el)).to.deep.equal(labels);
        for (const part of parts) expect(svgOf(el).querySelector(part), part).to.exist;
        expect(svgOf(el).getBoundingClientRect().width).to.be.greaterThan(200);
      });

      it('is named by its visible caption and described by the card’s own "How it works" text', async () => {
        const el = await card(type);
        const svg = svgOf(el);
        expect(svg.getAttribute('role')).to.equal('img');
        expect(textAlternative(svg)).to.deep.equal({ name: caption, description });
        expect(normalize(shadowQuery(el, 'figcaption')!.textContent)).to.equal(caption);
        expect(shadowText(el, '[part="body"]')).to.contain(description.split('. ').pop()!);
      });

      it('is accessible with its picture, in light, dark and forced colours', async () => {
        await expect(await card(type)).to.be.accessible();
        const dark = await fixture<Her2TherapyCard>(
          html`<her2-therapy-card type=${type} theme="dark"></her2-therapy-card>`,
        );
        await expect(dark).to.be.accessible();
        applyForcedColors(dark);
        await expect(dark).to.be.accessible();
      });
    });
  }

  it('no-diagram hides the picture and keeps the text; the default shows it', async () => {
    const el = await fixture<Her2TherapyCard>(html`<her2-therapy-card type="adc" no-diagram></her2-therapy-card>`);
    expect(shadowQueryAll(el, 'figure, svg')).to.have.length(0);
    expect(shadowText(el, '[part="body"]')).to.contain(
      'ADCs also release anti-cancer drugs directly into HER2-positive cancer cells.',
    );
    el.noDiagram = false;
    await elementUpdated(el);
    expect(shadowQueryAll(el, 'figure[part="diagram"]')).to.have.length(1);
  });

  it('follows a change of type with the new picture', async () => {
    const el = await card('mab');
    el.type = 'tki';
    await elementUpdated(el);
    expect(labelsOf(el)).to.include('tyrosine kinase');
    expect(svgOf(el).querySelector('.antibody')).to.be.null;
  });

  it('an unknown type shows the notice and no picture', async () => {
    const el = await card('nope');
    expect(shadowQueryAll(el, 'figure, svg')).to.have.length(0);
    expect(shadowQuery(el, '[part="notice"]')).to.exist;
    expect(warnings.calls).to.have.length(1);
  });

  it('draws the antibody in --her2-color-accent and the labels in --her2-color-text', async () => {
    const el = await fixtureWrapped(
      'her2-therapy-card',
      html`<div
      style="--her2-color-accent: rgb(200, 0, 0); --her2-color-text: rgb(10, 20, 30)"
    >
      <her2-therapy-card type="mab"></her2-therapy-card>
    </div>`,
    );
    expect(getComputedStyle(svgOf(el).querySelector('.antibody')!).stroke).to.equal('rgb(200, 0, 0)');
    expect(getComputedStyle(svgOf(el).querySelector('text')!).fill).to.equal('rgb(10, 20, 30)');
  });

  it('in dark theme, labels take the dark text colour', async () => {
    const el = await fixture<Her2TherapyCard>(html`<her2-therapy-card type="tki" theme="dark"></her2-therapy-card>`);
    expect(getComputedStyle(svgOf(el).querySelector('text')!).fill).to.equal('rgb(230, 237, 243)');
  });

  it('in forced colours: CanvasText strokes and labels, Highlight for the antibody, Canvas fills', async () => {
    const el = await card('mab');
    expect(applyForcedColors(el)).to.be.greaterThan(0);
    const svg = svgOf(el);
    expect(getComputedStyle(svg.querySelector('text')!).fill).to.equal(systemColor('CanvasText'));
    expect(getComputedStyle(svg.querySelector('.her2 rect')!).stroke).to.equal(systemColor('CanvasText'));
    expect(getComputedStyle(svg.querySelector('.her2 rect')!).fill).to.equal(systemColor('Canvas'));
    expect(getComputedStyle(svg.querySelector('.antibody')!).stroke).to.equal(systemColor('Highlight'));
  });

  it('shrinks to a 320px-wide card without overflowing it', async () => {
    const el = await fixture<Her2TherapyCard>(html`<her2-therapy-card type="adc"></her2-therapy-card>`, {
      parentNode: container({ style: 'width: 320px' }),
    });
    const card = shadowQuery(el, '[part="card"]')!;
    expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    expect(svgOf(el).getBoundingClientRect().right).to.be.at.most(card.getBoundingClientRect().right);
  });

  it('nothing in it moves', async () => {
    const el = await card('adc');
    expect(el.shadowRoot!.getAnimations()).to.have.length(0);
  });
});
