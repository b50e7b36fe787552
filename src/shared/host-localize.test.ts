import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import '../define/all.js';
import { normalize, shadowQueryAll, shadowText } from '../../test/support/dom.js';

// A page that localizes its own strings with @lit/localize, in a language of its own choosing.
// This file has a page to itself: @lit/localize can be configured once per page.
const hostLocalization = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['es'],
  loadLocale: () => Promise.resolve({ templates: {} }),
});

describe('a host page that configures @lit/localize itself', () => {
  before(() => hostLocalization.setLocale('es'));

  it('leaves the widgets in their own languages', async () => {
    expect(hostLocalization.getLocale()).to.equal('es');
    const english = await fixture(html`<her2-therapy-card type="adc"></her2-therapy-card>`);
    const spanish = await fixture(html`<her2-therapy-card type="adc" lang="es"></her2-therapy-card>`);
    expect(shadowQueryAll(english, '.subheading').map((node) => normalize(node.textContent))).to.include(
      'How it works',
    );
    expect(shadowQueryAll(spanish, '.subheading').map((node) => normalize(node.textContent))).to.include(
      'Cómo funciona',
    );
    expect(shadowText(spanish, '[part="footer"]')).to.contain('Revisión médica');
  });

  it('keeps its own msg() working', () => {
    expect(msg('Only the host knows this')).to.equal('Only the host knows this');
  });
});
