import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../define/her2-status-explainer.js';
import { her2Status } from '../../content/her2-status.js';
import { describeBlockContract } from '../../../test/support/block-element-contract.js';
import { applyForcedColors, systemColor } from '../../../test/support/colors.js';
import { normalize, shadowQuery, shadowQueryAll, shadowText } from '../../../test/support/dom.js';
import { container } from '../../../test/support/fixtures.js';
import { textAlternative } from '../../../test/support/text.js';
import type { Her2StatusExplainer } from './her2-status-explainer.js';

function explainer({ theme, level }: { theme?: string; level?: string } = {}): Promise<Her2StatusExplainer> {
  return fixture(
    html`<her2-status-explainer theme=${ifDefined(theme)} heading-level=${ifDefined(level)}></her2-status-explainer>`,
  );
}

describe('<her2-status-explainer>', () => {
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
      expect(text).to.contain(
        'There are a number of cancer drugs that can target cancer cells that are HER2-positive.',
      );
    });

    it('explains how HER2 status is tested: a sample examined in a lab', async () => {
      const text = shadowText(await explainer(), '[part="body"]');
      expect(text).to.contain('Healthcare providers can order tests to determine if breast cancer is HER2-positive.');
      expect(text).to.contain(
        'These tests involve taking a sample of breast cancer cells, which are then examined in a lab.',
      );
    });

    it('explains HER2 as a cancer biomarker and what targeted therapies are', async () => {
      const text = shadowText(await explainer(), '[part="body"]');
      expect(text).to.contain('HER2 proteins are one example of a cancer biomarker.');
      expect(text).to.contain('These drugs are referred to as targeted therapies');
      expect(text).to.contain(
        'Targeted therapies are drugs that identify and act on cells with a particular biomarker.',
      );
    });

    it('shows its four paragraphs in the article order, the picture after the first', async () => {
      const el = await explainer();
      const body = shadowQuery(el, '[part="body"]')!;
      expect([...body.children].map((child) => child.localName)).to.deep.equal(['p', 'figure', 'p', 'p', 'p']);
      expect([...body.querySelectorAll(':scope > p')].map((child) => normalize(child.textContent))).to.deep.equal(
        her2Status.paragraphs.map((paragraph) => paragraph.text),
      );
    });

    it('makes no promise it does not keep: the article’s “Here, we will look at…” is not in it', async () => {
      const el = await explainer();
      expect(shadowText(el)).not.to.contain('Here, we will look');
      expect(shadowText(el)).not.to.contain('how targeted therapies work to treat');
    });

    it('renders the paragraphs as text, with no interactive element', async () => {
      const el = await explainer();
      expect(shadowQueryAll(el, 'a, button, input, [tabindex]')).to.have.length(0);
    });
  });

  describeBlockContract<Her2StatusExplainer>('her2-status-explainer', {
    tokenTarget: (el) => shadowQuery(el, '[part="body"] p')!,
    also: {
      lang: (el) => {
        expect(shadowText(el, '[part="heading"]')).to.equal('Understanding HER2 status');
      },
    },
  });
});

describe('<her2-status-explainer> picture', () => {
  const figure = (el: Element) => shadowQuery(el, 'figure[part="diagram"]');
  const svgOf = (el: Element) => shadowQuery<SVGSVGElement>(el, 'figure svg')!;
  const fill = (node: Element | null) => getComputedStyle(node!).fill;

  it('shows one cancer cell with excess amounts of HER2 proteins attracting growth hormones, labelled in ¶4’s words', async () => {
    const el = await explainer();
    const labels = [...svgOf(el).querySelectorAll('text')].map((text) =>
      [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' '),
    );
    expect([...labels].sort()).to.deep.equal(['cancer cell', 'excess amounts of HER2 proteins', 'growth hormones']);
    expect(labels.join(' ')).not.to.match(/normal|HER2-positive/i);
    expect(svgOf(el).querySelectorAll('.cell')).to.have.length(1);
    expect(svgOf(el).querySelectorAll('.her2').length).to.be.greaterThan(3);
    expect(svgOf(el).querySelectorAll('.hormone').length).to.be.greaterThan(0);
    const rect = svgOf(el).getBoundingClientRect();
    expect(rect.width).to.be.greaterThan(200);
    expect(rect.height).to.be.greaterThan(100);
  });

  it('says what it shows in the article’s words: named by its visible caption, described by ¶4', async () => {
    const el = await explainer();
    const { name, description } = textAlternative(svgOf(el));
    expect(svgOf(el).getAttribute('role')).to.equal('img');
    expect(name).to.equal('HER2 proteins on the outside of cancer cells attract growth hormones.');
    expect(normalize(shadowQuery(el, 'figcaption')!.textContent)).to.equal(name);
    expect(shadowQuery(el, 'figcaption')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(description).to.equal(
      'Some breast cancers produce excess amounts of HER2 proteins. These proteins are located on the outside of cancer cells and attract growth hormones that the cancer cells can use to promote their growth, division, and spread.',
    );
  });

  it('no-diagram hides it, and it comes back when the attribute goes', async () => {
    const el = await fixture<Her2StatusExplainer>(html`<her2-status-explainer no-diagram></her2-status-explainer>`);
    expect(el.noDiagram).to.be.true;
    expect(shadowQueryAll(el, 'figure, svg')).to.have.length(0);
    expect(shadowText(el, '[part="body"]')).to.contain('attract growth hormones');
    el.removeAttribute('no-diagram');
    await elementUpdated(el);
    expect(figure(el)).to.exist;
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible with the picture in theme="${theme}"`, async () => {
      const el = await explainer({ theme });
      expect(figure(el)).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('is accessible with the forced-colors rules applied', async () => {
    const el = await explainer();
    applyForcedColors(el);
    await expect(el).to.be.accessible();
  });

  it('takes its colours from the theme: labels in the text colour, cells lighter in light and darker in dark', async () => {
    const light = await explainer();
    const dark = await explainer({ theme: 'dark' });
    expect(fill(svgOf(light).querySelector('text'))).to.equal('rgb(31, 35, 40)');
    expect(fill(svgOf(dark).querySelector('text'))).to.equal('rgb(230, 237, 243)');
    expect(fill(svgOf(light).querySelector('.cell'))).not.to.equal(fill(svgOf(dark).querySelector('.cell')));
  });

  it('follows the host’s --her2-color-text and --her2-color-accent', async () => {
    const style = '--her2-color-text: rgb(10, 20, 30); --her2-color-accent: rgb(200, 0, 0)';
    const el = await fixture<Her2StatusExplainer>(html`<her2-status-explainer></her2-status-explainer>`, {
      parentNode: container({ style }),
    });
    expect(fill(svgOf(el).querySelector('text'))).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(svgOf(el).querySelector('.her2 path')!).stroke).to.equal('rgb(10, 20, 30)');
    const plain = await explainer();
    expect(fill(svgOf(el).querySelector('.her2 rect'))).not.to.equal(fill(svgOf(plain).querySelector('.her2 rect')));
  });

  it('in forced colours draws with CanvasText on Canvas', async () => {
    const el = await explainer();
    expect(applyForcedColors(el)).to.be.greaterThan(0);
    const svg = svgOf(el);
    expect(fill(svg.querySelector('text'))).to.equal(systemColor('CanvasText'));
    expect(getComputedStyle(svg.querySelector('.cell')!).stroke).to.equal(systemColor('CanvasText'));
    expect(fill(svg.querySelector('.cell'))).to.equal(systemColor('Canvas'));
  });

  it('shrinks to a 320px-wide element without overflowing it', async () => {
    const el = await fixture<Her2StatusExplainer>(html`<her2-status-explainer></her2-status-explainer>`, {
      parentNode: container({ style: 'width: 320px' }),
    });
    const card = shadowQuery(el, '[part="card"]')!;
    const svg = svgOf(el).getBoundingClientRect();
    expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    expect(svg.right).to.be.at.most(card.getBoundingClientRect().right);
    expect(svg.width).to.be.greaterThan(200);
  });

  it('nothing in it moves', async () => {
    const el = await explainer();
    expect(el.shadowRoot!.getAnimations()).to.have.length(0);
  });
});
