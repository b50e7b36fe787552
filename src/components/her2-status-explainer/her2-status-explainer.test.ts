import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../define/her2-status-explainer.js';
import { her2Status } from '../../content/her2-status.js';
import type { Her2InvalidDetail } from '../../shared/events.js';
import {
  backgroundOf,
  betweenButtons,
  captureWarnings,
  container,
  headingTags,
  normalize,
  recordEvents,
  shadowQuery,
  shadowQueryAll,
  shadowText,
} from '../../../test/helpers.js';
import type { Her2StatusExplainer } from './her2-status-explainer.js';

function explainer({ theme, level }: { theme?: string; level?: string } = {}): Promise<Her2StatusExplainer> {
  return fixture(
    html`<her2-status-explainer theme=${ifDefined(theme)} heading-level=${ifDefined(level)}></her2-status-explainer>`,
  );
}

describe('<her2-status-explainer>', () => {
  const warnings = captureWarnings();
  const invalidEvents = recordEvents<Her2InvalidDetail>('her2-invalid');

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  describe('content', () => {
    it('is headed "Understanding HER2 status"', async () => {
      const el = await explainer();
      expect(shadowText(el, '[part="heading"]')).to.equal('Understanding HER2 status');
    });

    it('explains what HER2 is and what HER2-positive means', async () => {
      const text = shadowText(await explainer(), '[part="body"]');
      expect(text).to.contain(
        'HER2, or “human epidermal growth factor receptor 2,” is a protein the body uses to grow and repair breast tissue.',
      );
      expect(text).to.contain('Some breast cancers produce excess amounts of HER2 proteins.');
      expect(text).to.contain('There are a number of cancer drugs that can target cancer cells that are HER2-positive.');
    });

    it('explains how HER2 status is tested: a sample examined in a lab', async () => {
      const text = shadowText(await explainer(), '[part="body"]');
      expect(text).to.contain('Healthcare providers can order tests to determine if breast cancer is HER2-positive.');
      expect(text).to.contain('These tests involve taking a sample of breast cancer cells, which are then examined in a lab.');
    });

    it('explains HER2 as a cancer biomarker and what targeted therapies are', async () => {
      const text = shadowText(await explainer(), '[part="body"]');
      expect(text).to.contain('HER2 proteins are one example of a cancer biomarker.');
      expect(text).to.contain('These drugs are referred to as targeted therapies');
      expect(text).to.contain('Targeted therapies are drugs that identify and act on cells with a particular biomarker.');
    });

    it('shows the five paragraphs in the article order, and nothing in the picture’s place yet', async () => {
      const el = await explainer();
      const body = shadowQuery(el, '[part="body"]')!;
      expect([...body.children].map((child) => child.localName)).to.deep.equal(['p', 'p', 'p', 'p', 'p']);
      expect([...body.children].map((child) => normalize(child.textContent))).to.deep.equal(
        her2Status.paragraphs.map((paragraph) => paragraph.text),
      );
      expect(shadowQueryAll(el, 'svg, img, figure')).to.have.length(0);
    });

    it('renders the paragraphs as text, with no interactive element', async () => {
      const el = await explainer();
      expect(shadowQueryAll(el, 'a, button, input, [tabindex]')).to.have.length(0);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      it(`is accessible in theme="${theme}"`, async () => {
        await expect(await explainer({ theme })).to.be.accessible();
      });
    }

    it('is accessible in theme="auto" when the reader prefers dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      await expect(await explainer({ theme: 'auto' })).to.be.accessible();
    });

    it('is accessible without a footer', async () => {
      const el = await fixture<Her2StatusExplainer>(html`<her2-status-explainer no-footer></her2-status-explainer>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('adds no tab stop: Tab moves from the control before it to the control after it', async () => {
      const { before, after } = betweenButtons(await explainer());
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(after);
    });
  });

  describe('theme', () => {
    it('is light by default and dark with theme="dark"', async () => {
      expect(backgroundOf(await explainer())).to.equal('rgb(255, 255, 255)');
      expect(backgroundOf(await explainer({ theme: 'dark' }))).to.equal('rgb(22, 27, 34)');
    });

    it('theme="auto" follows prefers-color-scheme', async () => {
      const el = await explainer({ theme: 'auto' });
      expect(backgroundOf(el)).to.equal('rgb(255, 255, 255)');
      await emulateMedia({ colorScheme: 'dark' });
      expect(backgroundOf(el)).to.equal('rgb(22, 27, 34)');
    });

    it('follows a change of theme after the first render', async () => {
      const el = await explainer();
      el.theme = 'dark';
      await elementUpdated(el);
      expect(backgroundOf(el)).to.equal('rgb(22, 27, 34)');
    });

    it('applies --her2-color-surface, --her2-color-text and --her2-font-family', async () => {
      const style = '--her2-color-surface: rgb(1, 2, 3); --her2-color-text: rgb(250, 250, 250); --her2-font-family: monospace';
      const el = await fixture<Her2StatusExplainer>(html`<her2-status-explainer theme="dark"></her2-status-explainer>`, {
        parentNode: container({ style }),
      });
      const paragraph = shadowQuery(el, '[part="body"] p')!;
      expect(backgroundOf(el)).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(paragraph).color).to.equal('rgb(250, 250, 250)');
      expect(getComputedStyle(paragraph).fontFamily).to.equal('monospace');
    });
  });

  describe('heading-level', () => {
    const cases: Array<[string | undefined, string]> = [
      [undefined, 'h3'],
      ['2', 'h2'],
      ['5', 'h5'],
      ['99', 'h6'],
      ['1', 'h2'],
      ['abc', 'h3'],
    ];
    for (const [level, expected] of cases) {
      it(`heading-level=${level === undefined ? '(none)' : `"${level}"`} gives one ${expected}`, async () => {
        expect(headingTags(await explainer({ level }))).to.deep.equal([expected]);
      });
    }

    it('follows a change of heading-level after the first render', async () => {
      const el = await explainer();
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
        const el = await explainer(attribute === 'theme' ? { theme: value } : { level: value });
        expect(await el.updateComplete).to.be.true;
        expect(shadowText(el, '[part="body"]')).to.contain('examined in a lab');
        expect(shadowQuery(el, '[part="notice"]')).to.be.null;
        expect(warnings.calls).to.have.length(0);
        expect(invalidEvents).to.have.length(0);
      });
    }

    it('an unknown theme is light', async () => {
      expect(backgroundOf(await explainer({ theme: 'neon' }))).to.equal('rgb(255, 255, 255)');
    });

    it('survives the theme and heading-level attributes being removed', async () => {
      const el = await explainer({ theme: 'dark', level: '5' });
      el.removeAttribute('theme');
      el.removeAttribute('heading-level');
      expect(await el.updateComplete).to.be.true;
      expect(headingTags(el)).to.deep.equal(['h3']);
      expect(backgroundOf(el)).to.equal('rgb(255, 255, 255)');
    });
  });

  describe('footer', () => {
    it('shows the review date and the source count', async () => {
      const footer = shadowText(await explainer(), '[part="footer"]');
      expect(footer).to.contain('Medically reviewed May 2022');
      expect(footer).to.contain('14 sources');
    });

    it('no-footer removes it', async () => {
      const el = await fixture<Her2StatusExplainer>(html`<her2-status-explainer no-footer></her2-status-explainer>`);
      expect(shadowQuery(el, '[part="footer"]')).to.be.null;
      expect(shadowText(el)).not.to.contain('Medically reviewed');
    });
  });

  describe('lang', () => {
    it('inside lang="en-GB" renders English and marks its card lang="en"', async () => {
      const el = await fixture<Her2StatusExplainer>(html`<her2-status-explainer></her2-status-explainer>`, {
        parentNode: container({ lang: 'en-GB' }),
      });
      expect(shadowQuery(el, '[part="card"]')!.getAttribute('lang')).to.equal('en');
      expect(shadowText(el, '[part="footer"]')).to.contain('Medically reviewed May 2022');
    });

    it('an unsupported lang of its own falls back to English', async () => {
      const el = await fixture<Her2StatusExplainer>(html`<her2-status-explainer lang="xx"></her2-status-explainer>`);
      expect(shadowQuery(el, '[part="card"]')!.getAttribute('lang')).to.equal('en');
      expect(shadowText(el, '[part="heading"]')).to.equal('Understanding HER2 status');
    });
  });

  describe('layout', () => {
    it('fits a 320px-wide screen without scrolling sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      await explainer();
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });
});
