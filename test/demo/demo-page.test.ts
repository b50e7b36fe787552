/**
 * The demo page (demo/index.html), as built, in a frame: its theme switch reaches every element
 * on the page, nested and generated ones included.
 */
import { expect, waitUntil } from '@open-wc/testing';

describe('the demo page', () => {
  it('?theme=dark sets theme="dark" on every element of the page', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'the demo page';
    frame.style.cssText = 'display: block; width: 1280px; height: 900px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/demo/index.html?theme=dark';
    document.body.append(frame);
    await loaded;
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
