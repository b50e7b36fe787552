/**
 * The built bundle makes no request of its own: rendering and using every element fetches
 * nothing, opens no connection, writes no storage and no cookie, and renders nothing that would
 * fetch (images, frames, style sheets, fonts). Measured in an iframe, where the only requests are
 * the page's own.
 */
import { expect } from '@open-wc/testing';
import { modulesOf, type ModuleTable } from '../../src/cdn/pinned-snippet.js';
import { settle } from '../support/settle.js';
import {
  addEveryElement,
  fetchingMarkup,
  openWidgetsPage,
  useEveryElement,
  type FrameWindow,
} from './widgets-frame.js';

function resourceNames(win: FrameWindow): string[] {
  return win.performance.getEntriesByType('resource').map((entry) => {
    const url = new URL(entry.name);
    return url.pathname + url.search;
  });
}

describe('no network', function () {
  this.timeout(20_000);
  let frame: HTMLIFrameElement | undefined;

  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('loading the bundle fetches only the scripts the page names, and the chunks they import', async () => {
    const opened = await openWidgetsPage();
    frame = opened.frame;
    await settle(opened.win.document);
    const table = (await (await fetch('/dist/modules.json')).json()) as ModuleTable;
    const chunks = modulesOf(table, ['define/glossary-term.js'], false).filter((path) => path.startsWith('chunks/'));
    expect(chunks.length, 'the entry imports chunks').to.be.greaterThan(0);
    // The module scripts load side by side: their order in the timeline is not the page's.
    expect(resourceNames(opened.win).filter((name) => !name.startsWith('/__web-dev-server'))).to.have.members([
      '/test/reliability/fixtures/page-probe.js',
      '/dist/her2-widgets.js',
      '/dist/define/glossary-term.js?second-copy',
      ...chunks.map((path) => `/dist/${path}`),
    ]);
  });

  it('rendering and using every element makes zero requests, connections or storage writes', async () => {
    const opened = await openWidgetsPage();
    frame = opened.frame;
    const { win } = opened;
    win.performance.clearResourceTimings();
    await addEveryElement(win);
    await useEveryElement(win);
    // Anything fetched lazily (an image, a font) would show up within a few frames.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(resourceNames(win), 'resources fetched').to.deep.equal([]);
    expect(win.__probe.requests, 'fetch, XHR, beacons, sockets, workers').to.deep.equal([]);
    expect(win.__probe.storage, 'storage and cookies').to.deep.equal([]);
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('adds no global names but the version lists, metadata map and hydration hook of the Lit it bundles', async () => {
    const opened = await openWidgetsPage();
    frame = opened.frame;
    await addEveryElement(opened.win);
    const blank = document.createElement('iframe');
    document.body.append(blank);
    const ownNames = (win: Window) => new Set(Object.getOwnPropertyNames(win));
    const before = ownNames(blank.contentWindow!);
    blank.remove();
    const added = [...ownNames(opened.win)].filter((name) => !before.has(name) && !/^__(probe|wds)/i.test(name));
    expect(added.sort()).to.deep.equal([
      'litElementHydrateSupport',
      'litElementVersions',
      'litHtmlVersions',
      'litPropertyMetadata',
      'reactiveElementVersions',
    ]);
    // The page loads <glossary-term> twice, both of one version: the registration guard stays silent.
    const warned = (opened.win as unknown as Record<symbol, Set<string> | undefined>)[
      Symbol.for('her2-widgets.warned-tags')
    ];
    expect(warned).to.be.undefined;
    const clashes = opened.win.__probe.warnings.filter((warning) => warning.includes('already registered'));
    expect(clashes).to.have.length(0);
  });

  it('renders nothing that would fetch: no images, frames, sheets, fonts or CSS URLs', async () => {
    const opened = await openWidgetsPage();
    frame = opened.frame;
    await addEveryElement(opened.win);
    await useEveryElement(opened.win);
    expect(fetchingMarkup(opened.win.document)).to.deep.equal([]);
  });

  it('notices a request, so an empty log means none was made', async () => {
    const opened = await openWidgetsPage();
    frame = opened.frame;
    const { win } = opened;
    win.performance.clearResourceTimings();
    const image = win.document.createElement('img');
    const loaded = new Promise((resolve) => image.addEventListener('error', resolve, { once: true }));
    image.src = '/package.json?as-image'; // not an image: it fails, but it was fetched
    await loaded;
    await (await win.fetch('/package.json')).text();
    expect(resourceNames(win)).to.include.members(['/package.json?as-image', '/package.json']);
    expect(win.__probe.requests).to.deep.equal(['fetch /package.json']);
  });

  it('notices markup that would fetch inside an element', async () => {
    const opened = await openWidgetsPage();
    frame = opened.frame;
    const { win } = opened;
    await settle(win.document);
    const root = win.document.querySelector('her2-therapy-card')!.shadowRoot!;
    root.append(win.document.createElement('img'));
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(".no-such-class { background: url('/x.png'); }");
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    expect(fetchingMarkup(win.document)).to.have.length(2);
  });
});
