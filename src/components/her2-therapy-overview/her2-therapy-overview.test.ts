import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/her2-therapy-overview.js';
import { Her2TherapyCard } from '../her2-therapy-card/her2-therapy-card.js';
import { describeBlockContract } from '../../../test/support/block-element-contract.js';
import {
  backgroundOf,
  deepActiveElement,
  headingTags,
  normalize,
  shadowQuery,
  shadowQueryAll,
  shadowText,
} from '../../../test/support/dom.js';
import { betweenButtons, container, styleElement } from '../../../test/support/fixtures.js';
import { frameFixture } from '../../../test/support/frames.js';
import { emulateMedia } from '../../../test/support/media-emulation.js';
import { visibleText } from '../../../test/support/text.js';
import { Her2TherapyOverview } from './her2-therapy-overview.js';

const combinationSentence =
  'Targeted therapies can also be used in combination with other therapies, including chemotherapy, endocrine therapy, immunotherapy, and other targeted therapies.';

function overview({ theme, level }: { theme?: string; level?: string } = {}): Promise<Her2TherapyOverview> {
  return fixture(
    html`<her2-therapy-overview theme=${ifDefined(theme)} heading-level=${ifDefined(level)}></her2-therapy-overview>`,
  );
}

/** heading-level attribute → each card's top heading and its sub-headings. */
const cardHeadings: Record<string, [string, string]> = {
  '(none)': ['h4', 'h5'],
  '2': ['h3', 'h4'],
  '5': ['h6', 'h6'],
  '6': ['h6', 'h6'],
  '99': ['h6', 'h6'],
  '1': ['h3', 'h4'],
  abc: ['h4', 'h5'],
  ' ': ['h4', 'h5'],
};

/** The nested cards, once each has rendered. */
async function cardsOf(el: Her2TherapyOverview): Promise<Her2TherapyCard[]> {
  const cards = shadowQueryAll<Her2TherapyCard>(el, 'her2-therapy-card');
  await Promise.all(cards.map((card) => card.updateComplete));
  return cards;
}

describe('<her2-therapy-overview>', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  describe('content', () => {
    it('is headed "Types of targeted therapy for MBC" and introduces the types', async () => {
      const el = await overview();
      expect(shadowText(el, '[part="heading"]')).to.equal('Types of targeted therapy for MBC');
      expect(shadowText(el, '[part="body"] > p')).to.equal(
        'Different targeted therapy drugs work in different ways. There are several types of targeted therapy drugs that can be used to treat HER2-positive MBC:',
      );
    });

    it('shows the three types as <her2-therapy-card> elements without their own footer', async () => {
      const cards = await cardsOf(await overview());
      expect(cards.map((card) => card.getAttribute('type'))).to.deep.equal(['mab', 'adc', 'tki']);
      expect(cards.map((card) => shadowText(card, '[part="heading"]'))).to.deep.equal([
        'Monoclonal antibodies',
        'Antibody drug conjugates (ADCs)',
        'Tyrosine kinase inhibitors (TKIs)',
      ]);
      for (const card of cards) {
        expect(card).to.be.instanceOf(Her2TherapyCard);
        expect(card.noFooter).to.be.true;
        expect(shadowQuery(card, '[part="footer"]')).to.be.null;
      }
      expect(shadowText(cards[0], '[part="body"]')).to.contain(
        'Monoclonal antibodies are synthetic versions of antibodies that occur naturally in the body.',
      );
      expect(shadowText(cards[2], '[part="body"]')).to.contain('tucatinib');
    });

    it('orders the body: introduction, the three cards, then the combination paragraph', async () => {
      const el = await overview();
      const body = shadowQuery(el, '[part="body"]')!;
      const [intro, grid, combination, ...rest] = [...body.children];
      expect(intro.textContent).to.contain('Different targeted therapy drugs work in different ways.');
      expect(grid.querySelectorAll('her2-therapy-card')).to.have.length(3);
      expect(normalize(combination.textContent)).to.equal(combinationSentence);
      expect(rest).to.have.length(0);
    });

    it('says what every type shares once: the combination sentence once, "can be used to treat" in its introduction only', async () => {
      const el = await overview();
      await cardsOf(el);
      const text = visibleText(el);
      const count = (phrase: string) => text.split(phrase).length - 1;
      expect(count(combinationSentence)).to.equal(1);
      expect(count('Can be used to treat')).to.equal(0);
      expect(count('can be used to treat HER2-positive MBC')).to.equal(1);
      expect(count('may be given when cancer has progressed during initial treatment')).to.equal(1);
    });

    it('tells its cards to leave out the sentences every type shares; a "When it is used" stays only where the type has its own', async () => {
      const cards = await cardsOf(await overview());
      expect(cards.map((card) => card.showsSharedUse)).to.deep.equal([false, false, false]);
      const sections = cards.map((card) =>
        shadowQueryAll(card, '.subheading').map((heading) => heading.textContent?.trim()),
      );
      expect(sections).to.deep.equal([
        ['What it is', 'How it works', 'Examples'],
        ['What it is', 'How it works', 'Examples'],
        ['What it is', 'How it works', 'When it is used', 'Examples'],
      ]);
      expect(shadowText(cards[2], '[part="body"]')).to.contain(
        'TKIs may be given when cancer has progressed during initial treatment.',
      );
    });

    it('ends with its own footer', async () => {
      const el = await overview();
      const footer = shadowQuery(el, '[part="card"]')!.lastElementChild!;
      expect(footer.getAttribute('part')).to.equal('footer');
      expect(normalize(footer.textContent)).to.contain('Medically reviewed May 2022').and.contain('14 sources');
    });

    it('its define entry registers <her2-therapy-card> as well', () => {
      expect(customElements.get('her2-therapy-card')).to.equal(Her2TherapyCard);
      expect(customElements.get('her2-therapy-overview')).to.equal(Her2TherapyOverview);
    });

    it('works registered under another name, with her2-therapy-card registered', async () => {
      customElements.define('clinic-therapy-overview', class extends Her2TherapyOverview {});
      const el = await fixture<Her2TherapyOverview>(html`<clinic-therapy-overview></clinic-therapy-overview>`);
      const cards = await cardsOf(el);
      expect(cards.map((card) => shadowText(card, '[part="heading"]'))).to.have.length(3);
      expect(shadowText(cards[1], '[part="heading"]')).to.equal('Antibody drug conjugates (ADCs)');
    });
  });

  describeBlockContract<Her2TherapyOverview>('her2-therapy-overview', {
    headingChange: '2',
    tokenTarget: (el) => shadowQuery(el, '[part="body"] > p')!,
    noTabStop: false,
    layout: false,
    also: {
      heading: async (el, level) => {
        const [cardHeading, subheading] = cardHeadings[level ?? '(none)'];
        for (const card of await cardsOf(el)) {
          const [top, ...subheadings] = headingTags(card);
          expect(top).to.equal(cardHeading);
          expect(subheadings).to.have.length.greaterThan(0);
          expect(new Set(subheadings)).to.deep.equal(new Set([subheading]));
        }
      },
      headingChange: async (el) => {
        for (const card of await cardsOf(el)) expect(headingTags(card)[0]).to.equal('h3');
      },
      badInput: async (el) => {
        const cards = await cardsOf(el);
        expect(cards).to.have.length(3);
        for (const card of cards) expect(shadowQuery(card, '[part="notice"]')).to.be.null;
      },
      unknownTheme: async (el) => {
        for (const card of await cardsOf(el)) expect(backgroundOf(card)).to.equal('rgb(255, 255, 255)');
      },
      noFooter: async (el) => {
        for (const card of await cardsOf(el)) expect(shadowQuery(card, '[part="footer"]')).to.be.null;
      },
      lang: async (el) => {
        for (const card of await cardsOf(el)) {
          expect(card.getAttribute('lang')).to.equal('en');
          expect(shadowText(card)).to.contain('What it is');
        }
      },
    },
  });

  describe('theme', () => {
    it('theme="dark" darkens the overview and each card', async () => {
      const el = await overview({ theme: 'dark' });
      expect(backgroundOf(el)).to.equal('rgb(22, 27, 34)');
      for (const card of await cardsOf(el)) expect(backgroundOf(card)).to.equal('rgb(22, 27, 34)');
    });

    it('the cards follow a change of theme after the first render', async () => {
      const el = await overview();
      el.setAttribute('theme', 'dark');
      await elementUpdated(el);
      for (const card of await cardsOf(el)) expect(backgroundOf(card)).to.equal('rgb(22, 27, 34)');
      el.removeAttribute('theme');
      expect(await el.updateComplete).to.be.true;
      for (const card of await cardsOf(el)) expect(backgroundOf(card)).to.equal('rgb(255, 255, 255)');
    });

    it('theme="auto" follows prefers-color-scheme, cards included', async () => {
      const el = await overview({ theme: 'auto' });
      const cards = await cardsOf(el);
      expect(backgroundOf(cards[0])).to.equal('rgb(255, 255, 255)');
      await emulateMedia({ colorScheme: 'dark' });
      expect(backgroundOf(el)).to.equal('rgb(22, 27, 34)');
      for (const card of cards) expect(backgroundOf(card)).to.equal('rgb(22, 27, 34)');
    });

    it('tokens set around the overview reach the nested cards', async () => {
      const el = await fixture<Her2TherapyOverview>(html`<her2-therapy-overview></her2-therapy-overview>`, {
        parentNode: container({ style: '--her2-color-surface: rgb(1, 2, 3); --her2-color-accent: rgb(255, 0, 0)' }),
      });
      const cards = await cardsOf(el);
      expect(backgroundOf(el)).to.equal('rgb(1, 2, 3)');
      for (const card of cards) expect(backgroundOf(card)).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(shadowQuery(cards[0], 'a[part="link"]')!).color).to.equal('rgb(255, 0, 0)');
    });

    it('exposes the nested cards’ parts as therapy, therapy-card, therapy-heading, therapy-body, therapy-link', async () => {
      const styles = styleElement(`
        .styled-overview her2-therapy-overview::part(therapy) { outline: 3px solid rgb(0, 0, 255); }
        .styled-overview her2-therapy-overview::part(therapy-card) { border-color: rgb(0, 128, 0); }
        .styled-overview her2-therapy-overview::part(therapy-heading) { color: rgb(128, 0, 128); }
        .styled-overview her2-therapy-overview::part(therapy-body) { font-style: italic; }
        .styled-overview her2-therapy-overview::part(therapy-link) { color: rgb(0, 100, 0); }
        .styled-overview her2-therapy-overview::part(heading) { color: rgb(200, 100, 0); }
      `);
      const el = await fixture<Her2TherapyOverview>(html`<her2-therapy-overview></her2-therapy-overview>`, {
        parentNode: container({ class: 'styled-overview' }),
      });
      el.after(styles);
      const [mab] = await cardsOf(el);
      expect(getComputedStyle(mab).outlineColor).to.equal('rgb(0, 0, 255)');
      expect(getComputedStyle(shadowQuery(mab, '[part="card"]')!).borderTopColor).to.equal('rgb(0, 128, 0)');
      expect(getComputedStyle(shadowQuery(mab, '[part="heading"]')!).color).to.equal('rgb(128, 0, 128)');
      expect(getComputedStyle(shadowQuery(mab, '[part="body"]')!).fontStyle).to.equal('italic');
      expect(getComputedStyle(shadowQuery(mab, 'a[part="link"]')!).color).to.equal('rgb(0, 100, 0)');
      expect(getComputedStyle(shadowQuery(el, '[part="heading"]')!).color).to.equal('rgb(200, 100, 0)');
    });
  });

  describe('layout', () => {
    // A frame is a viewport of any size on every engine; WebKitGTK's window cannot be 320 px wide.
    const modules = ['/src/define/her2-therapy-overview.ts'];

    it('fits a 320px-wide screen without scrolling sideways, the cards in one column', async () => {
      const page = await frameFixture('<her2-therapy-overview></her2-therapy-overview>', { modules });
      const cards = await cardsOf(page.document.querySelector('her2-therapy-overview')!);
      expect(page.document.documentElement.scrollWidth).to.be.at.most(320);
      const lefts = cards.map((card) => card.getBoundingClientRect().left);
      expect(new Set(lefts).size).to.equal(1);
      for (const card of cards) {
        const inner = shadowQuery(card, '[part="card"]')!;
        expect(inner.scrollWidth).to.be.at.most(inner.clientWidth);
      }
    });

    it('puts the three cards side by side on a wide screen, equally tall', async () => {
      const page = await frameFixture('<her2-therapy-overview></her2-therapy-overview>', { modules, width: 1280 });
      const cards = await cardsOf(page.document.querySelector('her2-therapy-overview')!);
      const boxes = cards.map((card) => card.getBoundingClientRect());
      expect(new Set(boxes.map((box) => box.top)).size).to.equal(1);
      expect(boxes[0].right).to.be.at.most(boxes[1].left);
      expect(boxes[1].right).to.be.at.most(boxes[2].left);
      const innerHeights = cards.map((card) => shadowQuery(card, '[part="card"]')!.getBoundingClientRect().height);
      expect(new Set(innerHeights).size).to.equal(1);
    });
  });

  describe('accessibility', () => {
    it('is accessible at heading-level="6" and without a footer', async () => {
      const el = await fixture<Her2TherapyOverview>(
        html`<her2-therapy-overview heading-level="6" no-footer></her2-therapy-overview>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('Tab visits every link of the cards in reading order, then leaves the overview', async () => {
      const el = await overview();
      const { before, after } = betweenButtons(el);
      const cards = await cardsOf(el);
      const links = cards.flatMap((card) => shadowQueryAll(card, 'a'));
      expect(links.length).to.be.greaterThan(1);
      expect(links[0].textContent).to.equal('trastuzumab');

      before.focus();
      const visited: Array<Element | null> = [];
      for (let i = 0; i <= links.length; i += 1) {
        await sendKeys({ press: 'Tab' });
        visited.push(deepActiveElement());
      }
      expect(visited).to.deep.equal([...links, after]);
    });
  });
});
