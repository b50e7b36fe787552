import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../define/source-list.js';
import { sources } from '../../content/sources.js';
import type { Her2InvalidDetail } from '../../shared/events.js';
import { describeBlockContract } from '../../../test/support/block-element-contract.js';
import { captureWarnings, recordEvents } from '../../../test/support/console.js';
import { headingTags, normalize, shadowQuery, shadowQueryAll, shadowText } from '../../../test/support/dom.js';
import { fixtureWrapped } from '../../../test/support/fixtures.js';
import type { SourceList } from './source-list.js';

const verifiedUrls = sources.flatMap((source) => (source.url ? [source.url] : []));

function sourceItems(el: SourceList): string[] {
  return shadowQueryAll(el, 'li[part="source"]').map((item) => normalize(item.textContent));
}

function links(el: SourceList): HTMLAnchorElement[] {
  return shadowQueryAll<HTMLAnchorElement>(el, 'a[part="link"]');
}

function details(el: SourceList): HTMLDetailsElement {
  const node = shadowQuery<HTMLDetailsElement>(el, 'details');
  if (!node) throw new Error('no <details>');
  return node;
}

function isShown(node: Element): boolean {
  return node.checkVisibility() && node.getBoundingClientRect().height > 0;
}

describe('<source-list>', () => {
  const warnings = captureWarnings();
  const invalidEvents = recordEvents<Her2InvalidDetail>('her2-invalid');

  describe('sources', () => {
    it('lists the 14 sources as <li part="source"> in the seed order', async () => {
      const el = await fixture<SourceList>(html`<source-list></source-list>`);
      const items = sourceItems(el);
      expect(items).to.have.length(14);
      expect(items[0]).to.contain('HER2 Status.');
      expect(items[1]).to.match(/^Mayo Clinic\. /);
      expect(items[1]).to.contain('HER2-positive breast cancer: What is it?');
      expect(items[13]).to.equal('American Cancer Society. “Treatment of Stage IV (Metastatic) Breast Cancer.”');
      expect(shadowQuery(el, 'ol[part="body"]')?.children).to.have.length(14);
    });

    it('has a "Sources" heading', async () => {
      const el = await fixture<SourceList>(html`<source-list></source-list>`);
      expect(shadowText(el, '[part="heading"]')).to.equal('Sources');
    });

    it('links exactly the 3 sources with a verified URL', async () => {
      const el = await fixture<SourceList>(html`<source-list></source-list>`);
      expect(verifiedUrls).to.have.length(3);
      expect(links(el).map((link) => link.href)).to.deep.equal(verifiedUrls);
      expect(links(el)[0].textContent).to.equal('“Targeted Therapy for Breast Cancer.”');
    });

    it('links never pass the page on, and open in the same tab by default', async () => {
      const el = await fixture<SourceList>(html`<source-list></source-list>`);
      for (const link of links(el)) {
        expect(link.rel.split(' ')).to.include('noopener');
        expect(link.hasAttribute('target')).to.be.false;
        expect(link.textContent).not.to.contain('opens in a new tab');
      }
    });
  });

  describe('link-target', () => {
    it('link-target="_blank" sets target and says, hidden, that the link opens a new tab', async () => {
      const el = await fixture<SourceList>(html`<source-list link-target="_blank"></source-list>`);
      expect(links(el)).to.have.length(3);
      for (const link of links(el)) {
        expect(link.target).to.equal('_blank');
        expect(link.rel.split(' ')).to.include('noopener');
        const hint = link.querySelector('.visually-hidden');
        expect(normalize(hint?.textContent)).to.equal('(opens in a new tab)');
        expect(hint!.getBoundingClientRect().width).to.be.at.most(1);
      }
    });

    it('link-target="_self" sets target without the new-tab hint', async () => {
      const el = await fixture<SourceList>(html`<source-list link-target="_self"></source-list>`);
      for (const link of links(el)) {
        expect(link.target).to.equal('_self');
        expect(link.querySelector('.visually-hidden')).to.be.null;
      }
    });

    it('an unknown link-target shows a notice, warns once naming the valid values, and keeps links in the tab', async () => {
      const el = await fixture<SourceList>(html`<source-list link-target="popup"></source-list>`);
      expect(shadowText(el, '[part="notice"]')).to.equal(
        'Unknown link-target “popup”. Use one of: _self, _blank, _parent, _top.',
      );
      expect(warnings.calls).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<source-list>').and.contain('_self, _blank, _parent, _top');
      for (const link of links(el)) expect(link.hasAttribute('target')).to.be.false;
      expect(sourceItems(el)).to.have.length(14);
    });

    it('an unknown link-target dispatches her2-invalid, bubbling and composed', async () => {
      await fixture<SourceList>(html`<source-list link-target="popup"></source-list>`);
      expect(invalidEvents).to.have.length(1);
      expect(invalidEvents[0].bubbles).to.be.true;
      expect(invalidEvents[0].composed).to.be.true;
      expect(invalidEvents[0].detail).to.deep.equal({ tag: 'source-list', attribute: 'link-target', value: 'popup' });
    });

    it('a bad value set after the first render is flagged too, without throwing', async () => {
      const el = await fixture<SourceList>(html`<source-list></source-list>`);
      setTimeout(() => el.setAttribute('link-target', 'nowhere'));
      const event = await oneEvent<CustomEvent<Her2InvalidDetail>>(el, 'her2-invalid');
      expect(event.detail.value).to.equal('nowhere');
      expect(await el.updateComplete).to.be.true;
      expect(shadowQuery(el, '[part="notice"]')).to.exist;
    });

    it('removing the bad value clears the notice', async () => {
      const el = await fixture<SourceList>(html`<source-list link-target="popup"></source-list>`);
      el.removeAttribute('link-target');
      await elementUpdated(el);
      expect(shadowQuery(el, '[part="notice"]')).to.be.null;
      expect(warnings.calls).to.have.length(1);
    });

    it('is accessible with the notice shown', async () => {
      const el = await fixture<SourceList>(html`<source-list link-target="popup"></source-list>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('collapsed', () => {
    it('renders a closed <details> with the summary "Sources (14)"', async () => {
      const el = await fixture<SourceList>(html`<source-list collapsed></source-list>`);
      expect(normalize(details(el).querySelector('summary')?.textContent)).to.equal('Sources (14)');
      expect(details(el).open).to.be.false;
      expect(isShown(shadowQuery(el, 'ol')!)).to.be.false;
      expect(headingTags(el)).to.deep.equal([]);
    });

    it('shows the 14 sources when opened', async () => {
      const el = await fixture<SourceList>(html`<source-list collapsed></source-list>`);
      const toggled = oneEvent(details(el), 'toggle');
      details(el).querySelector('summary')!.click();
      await toggled;
      expect(details(el).open).to.be.true;
      const list = details(el).querySelector('ol')!;
      expect(isShown(list)).to.be.true;
      expect(list.querySelectorAll('li[part="source"]')).to.have.length(14);
    });

    it('is not a disclosure unless collapsed', async () => {
      const el = await fixture<SourceList>(html`<source-list></source-list>`);
      expect(shadowQuery(el, 'details')).to.be.null;
      expect(isShown(shadowQuery(el, 'ol')!)).to.be.true;
    });

    it('is accessible closed', async () => {
      const el = await fixture<SourceList>(html`<source-list collapsed></source-list>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible open', async () => {
      const el = await fixture<SourceList>(html`<source-list collapsed></source-list>`);
      details(el).open = true;
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    it('is accessible in theme="dark" with new-tab links', async () => {
      const el = await fixture<SourceList>(html`<source-list theme="dark" link-target="_blank"></source-list>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('tokens', () => {
    it('applies --her2-color-accent to links', async () => {
      const el = await fixtureWrapped(
        'source-list',
        html`<div style="--her2-color-accent: rgb(255, 0, 0)">
          <source-list></source-list>
        </div>`,
      );
      expect(getComputedStyle(links(el)[0]).color).to.equal('rgb(255, 0, 0)');
    });
  });

  describe('collapsed, in another lang', () => {
    it('inside lang="en-GB" renders English and marks its card lang="en"', async () => {
      const el = await fixtureWrapped(
        'source-list',
        html`<div lang="en-GB"><source-list collapsed></source-list></div>`,
      );
      expect(shadowQuery(el, '[part="card"]')!.getAttribute('lang')).to.equal('en');
      expect(shadowText(el, 'summary')).to.equal('Sources (14)');
    });
  });

  describeBlockContract<SourceList>('source-list', {
    tokenTarget: (el) => shadowQuery(el, 'li[part="source"]')!,
    noTabStop: false,
    also: {
      lang: (el) => {
        expect(shadowText(el, '[part="heading"]')).to.equal('Sources');
      },
    },
  });
});
