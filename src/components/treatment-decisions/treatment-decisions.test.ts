import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/treatment-decisions.js';
import type { Her2InvalidDetail } from '../../shared/events.js';
import {
  backgroundOf,
  betweenButtons,
  captureWarnings,
  container,
  emulateMedia,
  frameFixture,
  headingTags,
  recordEvents,
  shadowQuery,
  shadowQueryAll,
  shadowText,
  styleElement,
} from '../../../test/helpers.js';
import type { TreatmentDecisions } from './treatment-decisions.js';

function decisions({ theme, level }: { theme?: string; level?: string } = {}): Promise<TreatmentDecisions> {
  return fixture(
    html`<treatment-decisions theme=${ifDefined(theme)} heading-level=${ifDefined(level)}></treatment-decisions>`,
  );
}

const careNotice = (el: TreatmentDecisions) => shadowQuery(el, '[part="care-notice"]')!;
const guidance = (el: TreatmentDecisions) => shadowQuery(el, '[part="body"] p:not([part="care-notice"])')!;

describe('<treatment-decisions>', () => {
  const warnings = captureWarnings();
  const invalidEvents = recordEvents<Her2InvalidDetail>('her2-invalid');

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  describe('content', () => {
    it('is headed "Making treatment decisions"', async () => {
      expect(shadowText(await decisions(), '[part="heading"]')).to.equal('Making treatment decisions');
    });

    it('gives the guidance, including side effects and working with the healthcare team', async () => {
      const text = shadowText(await decisions(), '[part="body"]');
      expect(text).to.contain('It is important to remember that every case of MBC is different, that treatment is an ongoing process');
      expect(text).to.contain(
        'Targeted therapies can be effective against HER2-positive MBC, but also come with a risk of side effects, and some of those side effects can be serious.',
      );
      expect(text).to.contain('The best thing a person with MBC can do is work closely with a healthcare team');
      expect(text).to.contain('how a therapy aligns with treatment goals.');
    });

    it('ends its body with the care-team notice, after the guidance', async () => {
      const el = await decisions();
      const body = shadowQuery(el, '[part="body"]')!;
      const notice = careNotice(el);
      expect(notice.textContent).to.equal('This information does not replace advice from your care team.');
      expect(body.lastElementChild).to.equal(notice);
      expect(notice.previousElementSibling).to.equal(guidance(el));
      expect(notice.getAttribute('role')).to.equal('note');
      expect(notice.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('shows the notice even without a footer', async () => {
      const el = await fixture<TreatmentDecisions>(html`<treatment-decisions no-footer></treatment-decisions>`);
      expect(shadowText(el, '[part="care-notice"]')).to.equal('This information does not replace advice from your care team.');
    });

    it('renders text only, with no interactive element', async () => {
      expect(shadowQueryAll(await decisions(), 'a, button, input, [tabindex]')).to.have.length(0);
    });
  });

  describe('care-team notice style', () => {
    it('is a quiet note: muted colour, smaller text, a rule at its start', async () => {
      const el = await decisions();
      const notice = getComputedStyle(careNotice(el));
      const paragraph = getComputedStyle(guidance(el));
      expect(notice.color).to.equal('rgb(87, 96, 106)');
      expect(paragraph.color).to.equal('rgb(31, 35, 40)');
      expect(parseFloat(notice.fontSize)).to.be.lessThan(parseFloat(paragraph.fontSize));
      expect(notice.fontWeight).to.equal(paragraph.fontWeight);
      expect(parseFloat(notice.borderInlineStartWidth)).to.be.greaterThan(0);
    });

    it('takes the dark theme’s muted colour', async () => {
      const el = await decisions({ theme: 'dark' });
      expect(getComputedStyle(careNotice(el)).color).to.equal('rgb(170, 180, 190)');
    });

    it('follows --her2-color-muted and --her2-color-border', async () => {
      const el = await fixture<TreatmentDecisions>(html`<treatment-decisions></treatment-decisions>`, {
        parentNode: container({ style: '--her2-color-muted: rgb(10, 20, 30); --her2-color-border: rgb(200, 0, 0)' }),
      });
      const notice = getComputedStyle(careNotice(el));
      expect(notice.color).to.equal('rgb(10, 20, 30)');
      expect(notice.borderInlineStartColor).to.equal('rgb(200, 0, 0)');
    });

    it('can be styled from outside through ::part(care-notice)', async () => {
      const el = await fixture<TreatmentDecisions>(html`<treatment-decisions></treatment-decisions>`, {
        parentNode: container({ class: 'styled-notice' }),
      });
      el.after(styleElement('.styled-notice treatment-decisions::part(care-notice) { font-style: italic; }'));
      expect(getComputedStyle(careNotice(el)).fontStyle).to.equal('italic');
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      it(`is accessible in theme="${theme}"`, async () => {
        await expect(await decisions({ theme })).to.be.accessible();
      });
    }

    it('is accessible in theme="auto" when the reader prefers dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      await expect(await decisions({ theme: 'auto' })).to.be.accessible();
    });

    it('is accessible without a footer', async () => {
      const el = await fixture<TreatmentDecisions>(html`<treatment-decisions no-footer></treatment-decisions>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('adds no tab stop: Tab moves from the control before it to the control after it', async () => {
      const { before, after } = betweenButtons(await decisions());
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(after);
    });
  });

  describe('theme', () => {
    it('is light by default and dark with theme="dark"', async () => {
      expect(backgroundOf(await decisions())).to.equal('rgb(255, 255, 255)');
      expect(backgroundOf(await decisions({ theme: 'dark' }))).to.equal('rgb(22, 27, 34)');
    });

    it('theme="auto" follows prefers-color-scheme', async () => {
      const el = await decisions({ theme: 'auto' });
      expect(backgroundOf(el)).to.equal('rgb(255, 255, 255)');
      await emulateMedia({ colorScheme: 'dark' });
      expect(backgroundOf(el)).to.equal('rgb(22, 27, 34)');
    });

    it('follows a change of theme after the first render', async () => {
      const el = await decisions();
      el.theme = 'dark';
      await elementUpdated(el);
      expect(backgroundOf(el)).to.equal('rgb(22, 27, 34)');
    });

    it('applies --her2-color-surface and --her2-color-text', async () => {
      const el = await fixture<TreatmentDecisions>(html`<treatment-decisions></treatment-decisions>`, {
        parentNode: container({ style: '--her2-color-surface: rgb(1, 2, 3); --her2-color-text: rgb(250, 250, 250)' }),
      });
      expect(backgroundOf(el)).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(guidance(el)).color).to.equal('rgb(250, 250, 250)');
    });
  });

  describe('heading-level', () => {
    const cases: Array<[string | undefined, string]> = [
      [undefined, 'h3'],
      ['2', 'h2'],
      ['6', 'h6'],
      ['99', 'h6'],
      ['1', 'h2'],
      ['abc', 'h3'],
    ];
    for (const [level, expected] of cases) {
      it(`heading-level=${level === undefined ? '(none)' : `"${level}"`} gives one ${expected}`, async () => {
        expect(headingTags(await decisions({ level }))).to.deep.equal([expected]);
      });
    }

    it('follows a change of heading-level after the first render', async () => {
      const el = await decisions();
      el.setAttribute('heading-level', '4');
      await elementUpdated(el);
      expect(headingTags(el)).to.deep.equal(['h4']);
    });
  });

  describe('bad input', () => {
    for (const [attribute, value] of [
      ['heading-level', 'abc'],
      ['heading-level', '99'],
      ['theme', 'neon'],
    ]) {
      it(`${attribute}="${value}" never throws, warns or dispatches her2-invalid`, async () => {
        const el = await decisions(attribute === 'theme' ? { theme: value } : { level: value });
        expect(await el.updateComplete).to.be.true;
        expect(shadowText(el, '[part="body"]')).to.contain('some of those side effects can be serious');
        expect(shadowQuery(el, '[part="notice"]')).to.be.null;
        expect(warnings.calls).to.have.length(0);
        expect(invalidEvents).to.have.length(0);
      });
    }

    it('an unknown theme is light', async () => {
      expect(backgroundOf(await decisions({ theme: 'neon' }))).to.equal('rgb(255, 255, 255)');
    });

    it('survives the theme and heading-level attributes being removed', async () => {
      const el = await decisions({ theme: 'dark', level: '5' });
      el.removeAttribute('theme');
      el.removeAttribute('heading-level');
      expect(await el.updateComplete).to.be.true;
      expect(headingTags(el)).to.deep.equal(['h3']);
      expect(backgroundOf(el)).to.equal('rgb(255, 255, 255)');
    });
  });

  describe('footer', () => {
    it('shows the review date and the source count after the notice', async () => {
      const el = await decisions();
      const footer = shadowText(el, '[part="footer"]');
      expect(footer).to.contain('Medically reviewed May 2022');
      expect(footer).to.contain('14 sources');
      expect(shadowQuery(el, '[part="footer"]')!.contains(careNotice(el))).to.be.false;
    });

    it('no-footer removes it', async () => {
      const el = await fixture<TreatmentDecisions>(html`<treatment-decisions no-footer></treatment-decisions>`);
      expect(shadowQuery(el, '[part="footer"]')).to.be.null;
      expect(shadowText(el)).not.to.contain('Medically reviewed');
    });
  });

  describe('lang', () => {
    it('inside lang="en-GB" renders English and marks its card lang="en"', async () => {
      const el = await fixture<TreatmentDecisions>(html`<treatment-decisions></treatment-decisions>`, {
        parentNode: container({ lang: 'en-GB' }),
      });
      expect(shadowQuery(el, '[part="card"]')!.getAttribute('lang')).to.equal('en');
      expect(shadowText(el, '[part="care-notice"]')).to.equal('This information does not replace advice from your care team.');
    });

    it('an unsupported lang of its own falls back to English', async () => {
      const el = await fixture<TreatmentDecisions>(html`<treatment-decisions lang="xx"></treatment-decisions>`);
      expect(shadowQuery(el, '[part="card"]')!.getAttribute('lang')).to.equal('en');
      expect(shadowText(el, '[part="care-notice"]')).to.equal('This information does not replace advice from your care team.');
    });
  });

  describe('layout', () => {
    it('fits a 320px-wide screen without scrolling sideways', async () => {
      const page = await frameFixture('<treatment-decisions></treatment-decisions>', {
        modules: ['/src/define/treatment-decisions.ts'],
      });
      expect(page.document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });
});
