import { expect, fixture, html } from '@open-wc/testing';
import { HostElement } from './host-owned-tags.js';
import { GlossaryTerm } from '../../src/components/glossary-term/glossary-term.js';
import { Her2Article } from '../../src/components/her2-article/her2-article.js';
import { Her2Glossify } from '../../src/components/her2-glossify/her2-glossify.js';
import { Her2TherapyCard } from '../../src/components/her2-therapy-card/her2-therapy-card.js';
import { Her2TherapyOverview } from '../../src/components/her2-therapy-overview/her2-therapy-overview.js';
import { RelatedReading } from '../../src/components/related-reading/related-reading.js';
import { SourceList } from '../../src/components/source-list/source-list.js';
import { shadowQuery, shadowQueryAll, shadowText } from '../support/dom.js';
import { settle } from '../support/settle.js';

customElements.define('her2-article', Her2Article);
customElements.define('her2-therapy-overview', Her2TherapyOverview);

/** Chromium 146+ and Safari 26 give a shadow root a custom-element registry of its own. */
const scoped = (() => {
  try {
    return Boolean(new CustomElementRegistry());
  } catch {
    return false;
  }
})();

/** `el` once it and every element rendered inside it have finished rendering. */
async function rendered<T extends HTMLElement>(el: T): Promise<T> {
  await settle(el);
  return el;
}

describe('composites on a page whose own elements hold their children’s tag names', () => {
  if (scoped) {
    it('<her2-article> renders its own children from its shadow root’s registry', async () => {
      const el = await rendered(await fixture<Her2Article>(html`<her2-article></her2-article>`));
      expect(shadowQuery(el, 'her2-glossify')).to.be.instanceOf(Her2Glossify);
      expect(shadowQuery(el, 'source-list')).to.be.instanceOf(SourceList);
      expect(shadowQuery(el, 'related-reading')).to.be.instanceOf(RelatedReading);
      const terms = shadowQueryAll(el, 'glossary-term');
      expect(terms.length).to.be.greaterThan(5);
      for (const term of terms) expect(term).to.be.instanceOf(GlossaryTerm);
      expect(shadowText(shadowQuery(el, 'source-list')!)).to.include('Sources');
    });

    it('<her2-therapy-overview> renders its own therapy cards', async () => {
      const el = await rendered(
        await fixture<Her2TherapyOverview>(html`<her2-therapy-overview></her2-therapy-overview>`),
      );
      const cards = shadowQueryAll(el, 'her2-therapy-card');
      expect(cards).to.have.length(3);
      for (const card of cards) expect(card).to.be.instanceOf(Her2TherapyCard);
      expect(shadowText(cards[1])).to.include('Antibody drug conjugates');
    });

    it('the host page’s own elements stay its own', async () => {
      const own = await fixture(html`<source-list></source-list>`);
      expect(own).to.be.instanceOf(HostElement);
    });
  } else {
    it('without scoped registries, the page’s registry decides, as for any element', async () => {
      const el = await rendered(await fixture<Her2Article>(html`<her2-article></her2-article>`));
      expect(shadowQuery(el, 'her2-glossify')).to.be.instanceOf(HostElement);
      const overview = await rendered(
        await fixture<Her2TherapyOverview>(html`<her2-therapy-overview></her2-therapy-overview>`),
      );
      expect(shadowQuery(overview, 'her2-therapy-card')).to.be.instanceOf(HostElement);
    });
  }
});
