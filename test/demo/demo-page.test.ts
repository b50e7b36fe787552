/**
 * The demo page (demo/index.html), as built, in a frame: its theme switch reaches every element
 * on the page, nested and generated ones included.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { pageAt } from '../support/frames.js';

describe('the demo page', () => {
  it('?theme=dark sets theme="dark" on every element of the page', async () => {
    const frame = await pageAt('/demo/index.html?theme=dark');
    const page = frame.contentDocument!;
    const elements = () => [...page.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
    await waitUntil(() => elements().some((element) => element.localName === 'glossary-term'), 'the page has rendered');
    const tags = new Set(elements().map((element) => element.localName));
    expect(tags.size, [...tags].join(' ')).to.be.at.least(10);
    const notDark = elements().filter((element) => element.getAttribute('theme') !== 'dark');
    expect(notDark.map((element) => element.localName)).to.deep.equal([]);
    frame.remove();
  });
});
