/**
 * dist/autoloader.js on a page: it loads the entries of the widgets the page shows, and only
 * those, including widgets added later, and leaves alone what another file already defined.
 */
import { expect } from '@open-wc/testing';
import { pageInFrame } from '../support/frames.js';
import { deepText } from '../support/text.js';

const frames: HTMLIFrameElement[] = [];

async function loadPage(body: string, head = ''): Promise<HTMLIFrameElement> {
  const autoloader = '<script type="module" src="/cdn/dist/autoloader.js"></script>';
  const frame = await pageInFrame(
    `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}${autoloader}</head><body>${body}</body></html>`,
  );
  frames.push(frame);
  return frame;
}

/** The element entries the page fetched, by tag. */
const entriesFetched = (frame: HTMLIFrameElement) =>
  frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => /\/define\/([a-z0-9-]+)\.js$/.exec(entry.name)?.[1])
    .filter((tag): tag is string => tag !== undefined)
    .sort();

const rendered = async (el: Element) => {
  await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  return deepText(el);
};

describe('dist/autoloader.js', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('loads the entries of the widgets on the page, and only those', async () => {
    const frame = await loadPage(
      '<source-list collapsed></source-list><p>Text <glossary-term term="her2">HER2</glossary-term>.</p>',
    );
    const registry = frame.contentWindow!.customElements;
    await Promise.all([registry.whenDefined('source-list'), registry.whenDefined('glossary-term')]);
    expect(await rendered(frame.contentDocument!.querySelector('source-list')!)).to.contain('Sources (14)');
    expect(entriesFetched(frame)).to.deep.equal(['glossary-term', 'source-list']);
    expect(registry.get('her2-article')).to.be.undefined;
  });

  it('loads a widget added to the page later, however deep', async () => {
    const frame = await loadPage('<p>No widget yet.</p>');
    expect(entriesFetched(frame)).to.deep.equal([]);
    const doc = frame.contentDocument!;
    const section = doc.createElement('section');
    section.innerHTML = '<div><treatment-decisions></treatment-decisions></div>';
    doc.body.append(section);
    await frame.contentWindow!.customElements.whenDefined('treatment-decisions');
    expect(await rendered(doc.querySelector('treatment-decisions')!)).to.contain(
      'This information does not replace advice from your care team.',
    );
    expect(entriesFetched(frame)).to.deep.equal(['treatment-decisions']);
  });

  it('leaves alone an element the bundle on the page already defined', async () => {
    const frame = await loadPage(
      '<related-reading></related-reading>',
      '<script type="module" src="/cdn/dist/her2-widgets.js"></script>',
    );
    await frame.contentWindow!.customElements.whenDefined('related-reading');
    expect(await rendered(frame.contentDocument!.querySelector('related-reading')!)).to.contain('Featured Content');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(entriesFetched(frame)).to.deep.equal([]);
  });
});
