import { expect, fixture, html } from '@open-wc/testing';
import '../../define/her2-therapy-card.js';
import type { Her2TherapyCard } from './her2-therapy-card.js';

describe('<her2-therapy-card>', () => {
  it('renders the ADC text', async () => {
    const el = await fixture<Her2TherapyCard>(html`<her2-therapy-card type="adc"></her2-therapy-card>`);
    expect(el.shadowRoot!.textContent).to.contain('antibody drug conjugates or ADCs');
    await expect(el).to.be.accessible();
  });
});
