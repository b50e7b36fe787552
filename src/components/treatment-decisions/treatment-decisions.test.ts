import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../define/treatment-decisions.js';
import { describeBlockContract } from '../../../test/support/block-element-contract.js';
import { shadowQuery, shadowQueryAll, shadowText } from '../../../test/support/dom.js';
import { container, styleElement } from '../../../test/support/fixtures.js';
import type { TreatmentDecisions } from './treatment-decisions.js';

function decisions({ theme, level }: { theme?: string; level?: string } = {}): Promise<TreatmentDecisions> {
  return fixture(
    html`<treatment-decisions theme=${ifDefined(theme)} heading-level=${ifDefined(level)}></treatment-decisions>`,
  );
}

const careNotice = (el: TreatmentDecisions) => shadowQuery(el, '[part="care-notice"]')!;
const guidance = (el: TreatmentDecisions) => shadowQuery(el, '[part="body"] p:not([part="care-notice"])')!;

describe('<treatment-decisions>', () => {
  describe('content', () => {
    it('is headed "Making treatment decisions"', async () => {
      expect(shadowText(await decisions(), '[part="heading"]')).to.equal('Making treatment decisions');
    });

    it('gives the guidance, including side effects and working with the healthcare team', async () => {
      const text = shadowText(await decisions(), '[part="body"]');
      expect(text).to.contain(
        'It is important to remember that every case of MBC is different, that treatment is an ongoing process',
      );
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
      expect(shadowText(el, '[part="care-notice"]')).to.equal(
        'This information does not replace advice from your care team.',
      );
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

  describeBlockContract<TreatmentDecisions>('treatment-decisions', {
    tokenTarget: guidance,
    also: {
      footer: (el) => {
        expect(shadowQuery(el, '[part="footer"]')!.contains(careNotice(el))).to.be.false;
      },
      lang: (el) => {
        expect(shadowText(el, '[part="care-notice"]')).to.equal(
          'This information does not replace advice from your care team.',
        );
      },
    },
  });
});
