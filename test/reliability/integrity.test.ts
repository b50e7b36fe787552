/**
 * Every file pinned: a page that loads an element's entry with the import map and modulepreload
 * tags of src/cdn/pinned-snippet.ts runs the widget when the CDN serves the build as it is, and
 * refuses it when the shared chunk has been changed (test/reliability/cdn-middleware.mjs), in
 * every engine. The autoloader, pinned the same way, reports the refused element once.
 */
import { expect } from '@open-wc/testing';
import { importMap, pinnedSnippet, type ModuleTable } from '../../src/cdn/pinned-snippet.js';
import { embedCodeBuilder } from '../support/embed-code.js';
import { errorsIn, pageInFrame, recordPageErrors } from '../support/frames.js';
import { deepText } from '../support/text.js';

const frames: HTMLIFrameElement[] = [];

/** The page in an iframe; resolves once `tag` is defined, or after `waitMs` if it never is. */
async function loadPage(html: string, tag: string, waitMs = 3000): Promise<HTMLIFrameElement> {
  const frame = await pageInFrame(html);
  frames.push(frame);
  const defined = frame.contentWindow!.customElements.whenDefined(tag);
  await Promise.race([defined, new Promise((resolve) => setTimeout(resolve, waitMs))]);
  return frame;
}

const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${recordPageErrors}${head}</head><body>${body}</body></html>`;

const tamperedRan = (frame: HTMLIFrameElement) => (frame.contentWindow as unknown as { tampered?: boolean }).tampered;

describe('integrity: every file of the CDN build pinned', () => {
  let table: ModuleTable;

  before(async () => {
    table = (await (await fetch('/dist/modules.json')).json()) as ModuleTable;
  });

  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('runs the widget when every file is the one built', async () => {
    const { html } = pinnedSnippet('/cdn/', table, ['define/source-list.js']);
    const frame = await loadPage(page(html, ''), 'source-list');
    frame.contentDocument!.body.append(frame.contentDocument!.createElement('source-list'));
    const list = frame.contentDocument!.querySelector('source-list') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await list.updateComplete;
    expect(deepText(list)).to.contain('Treatment of Stage IV (Metastatic) Breast Cancer.');
    expect(errorsIn(frame)).to.deep.equal([]);
  });

  it('refuses a tampered shared chunk: the widget does not run, nothing is half registered', async () => {
    const { html } = pinnedSnippet('/tampered/', table, ['define/her2-therapy-overview.js']);
    const frame = await loadPage(
      page(html, '<her2-therapy-overview></her2-therapy-overview>'),
      'her2-therapy-overview',
    );
    const registry = frame.contentWindow!.customElements;
    expect(registry.get('her2-therapy-overview'), 'the overview').to.be.undefined;
    expect(registry.get('her2-therapy-card'), 'the card its entry also registers').to.be.undefined;
    expect(tamperedRan(frame), 'the changed code never ran').to.be.undefined;
    expect(frame.contentDocument!.querySelector('her2-therapy-overview')!.shadowRoot).to.be.null;
  });

  it('after an import map the page already has, runs the built files and refuses a tampered chunk', async () => {
    // WordPress 6.5+ prints a map of its own first. Engines that merge maps take our integrity
    // entries from the second; one that keeps only the first still checks the modulepreload tags.
    const hostMap = '<script type="importmap">{"imports":{"@wordpress/interactivity":"/wp/interactivity.js"}}</script>';
    const pageAfterHostMap = (base: string) =>
      page(hostMap + pinnedSnippet(base, table, ['define/source-list.js']).html, '<source-list></source-list>');
    const built = await loadPage(pageAfterHostMap('/cdn/after-host-map/'), 'source-list');
    expect(built.contentWindow!.customElements.get('source-list'), 'the built files').to.exist;
    const tampered = await loadPage(pageAfterHostMap('/tampered/after-host-map/'), 'source-list', 1500);
    expect(tampered.contentWindow!.customElements.get('source-list'), 'the tampered chunk').to.be.undefined;
    expect(tamperedRan(tampered)).to.be.undefined;
  });

  it('the autoloader, pinned too, reports a refused element once and leaves it undefined', async () => {
    const paths = Object.keys(table);
    const map = `<script type="importmap">${importMap('/tampered/', table, paths)}</script>`;
    const autoloader = `<script type="module" src="/tampered/dist/autoloader.js" integrity="${table['autoloader.js'].integrity}"></script>`;
    const frame = await loadPage(
      page(map + autoloader, '<source-list></source-list><source-list collapsed></source-list>'),
      'source-list',
    );
    expect(frame.contentWindow!.customElements.get('source-list')).to.be.undefined;
    expect(tamperedRan(frame)).to.be.undefined;
    const reports = errorsIn(frame).filter((error) => error.startsWith('her2-widgets:'));
    expect(reports).to.have.length(1);
    expect(reports[0])
      .to.contain('<source-list> could not be loaded from')
      .and.contain('/tampered/dist/define/source-list.js');
  });

  it('the embed-code builder’s pinned snippet says what to do on a page that already has an import map', async () => {
    const { pinnedScriptSnippet } = await embedCodeBuilder();
    const snippet = await pinnedScriptSnippet({ base: '/cdn/', tag: 'source-list', attributes: [] });
    const advice = /<!-- Your page already has an import map[^>]*-->/.exec(snippet)?.[0];
    expect(advice).to.contain('add these integrity entries to it').and.contain('keep this second map');
    expect(snippet.indexOf(advice!)).to.be.below(snippet.indexOf('<script type="importmap">'));
  });

  it('the embed-code builder’s pinned snippet: a strict CSP with the hash it prints applies its import map', async () => {
    const { pinnedScriptSnippet } = await embedCodeBuilder();
    // Without its modulepreload tags, which pin the chunks too, only the import map does. Each
    // page has URLs of its own: a browser may keep the refusal of a file it was given before.
    const page = async (folder: string, printedHash: boolean) => {
      const snippet = await pinnedScriptSnippet({
        base: `/tampered/${folder}/`,
        tag: 'treatment-decisions',
        attributes: [],
      });
      const source = printedHash ? /script-src ('sha256-[^']+')/.exec(snippet)![1] : "'sha256-AAAA'";
      const body = snippet.replace(/<link rel="modulepreload"[^>]*>\n/g, '');
      return `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="script-src ${location.origin} ${source}"></head><body>${body}</body></html>`;
    };
    // Allowed by its hash, the import map pins the chunks, and the tampered one is refused.
    const pinnedFrame = await loadPage(await page('pinned', true), 'treatment-decisions', 1500);
    expect(pinnedFrame.contentWindow!.customElements.get('treatment-decisions')).to.be.undefined;
    // With another hash the policy drops the map: the same page then runs the tampered chunk.
    const unpinnedFrame = await loadPage(await page('unpinned', false), 'treatment-decisions');
    expect(unpinnedFrame.contentWindow!.customElements.get('treatment-decisions')).to.exist;
    expect(tamperedRan(unpinnedFrame)).to.be.true;
  });
});
