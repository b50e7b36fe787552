/**
 * The built bundle under a strict Content-Security-Policy sent as a real HTTP header (by
 * test/reliability/csp-middleware.mjs): every element renders and is used with not one
 * `securitypolicyviolation`. The page runs in an iframe, because the test runner's own page needs
 * inline scripts that such a policy blocks.
 */
import { expect } from '@open-wc/testing';
import { deepElements, normalize } from '../support/dom.js';
import { defaultState, elements } from '../support/elements.js';
import { settle } from '../support/settle.js';
import { deepText } from '../support/text.js';
import { addEveryElement, fixturePage, openWidgetsPage, useEveryElement, type FrameWindow } from './widgets-frame.js';

/** Must equal `documentedPolicy` in csp-middleware.mjs; the first test checks the served header. */
const documentedPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

const frames: HTMLIFrameElement[] = [];

async function open(policy: string): Promise<FrameWindow> {
  const { frame, win } = await openWidgetsPage(policy);
  frames.push(frame);
  return win;
}

/** True where the browser enforces Trusted Types (Chromium); elsewhere those directives are ignored. */
function enforcesTrustedTypes(win: FrameWindow): boolean {
  return 'trustedTypes' in win;
}

describe('a strict Content-Security-Policy', function () {
  this.timeout(20_000);

  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('is sent as a header, and README.md and SECURITY.md quote it exactly', async () => {
    const response = await fetch(`${fixturePage}?policy=documented`);
    expect(response.headers.get('content-security-policy')).to.equal(documentedPolicy);
    for (const doc of ['/README.md', '/SECURITY.md']) {
      const text = await (await fetch(doc)).text();
      expect(text, doc).to.include(`Content-Security-Policy: ${documentedPolicy}`);
    }
  });

  for (const policy of ['documented', 'minimal']) {
    it(`${policy} policy: every element renders and is used with no violation`, async () => {
      const win = await open(policy);
      await addEveryElement(win);
      await useEveryElement(win);
      const doc = win.document;
      for (const { tag } of elements) {
        const shown = deepElements(doc).filter((el) => el.localName === tag);
        expect(shown.length, `<${tag}> on the page`).to.be.greaterThan(0);
        const text = shown.map((el) => deepText(el)).join(' ');
        for (const phrase of defaultState(tag).phrases) expect(text, `<${tag}> text`).to.include(phrase);
      }
      // Constructed style sheets are not subject to style-src: the cards are styled.
      const card = doc.querySelector('her2-therapy-card')!.shadowRoot!.querySelector('[part="card"]')!;
      expect(win.getComputedStyle(card).paddingTop).not.to.equal('0px');
      expect(win.getComputedStyle(card).borderTopStyle).to.equal('solid');
      expect(win.__probe.violations, 'policy violations').to.deep.equal([]);
      expect(win.__probe.errors, 'errors').to.deep.equal([]);
    });
  }

  it('reports a violation when the page breaks the policy, so a silent page means no violation', async () => {
    const win = await open('documented');
    const style = win.document.createElement('style');
    style.textContent = 'p { color: red; }';
    win.document.head.append(style);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.__probe.violations.join('\n')).to.include('style-src');
    if (enforcesTrustedTypes(win)) {
      const div = win.document.createElement('div');
      expect(() => {
        div.innerHTML = '<b>host HTML</b>';
      }).to.throw();
      expect(div.childElementCount).to.equal(0);
    }
  });

  it("needs 'allow-duplicates' when a second copy of Lit is on the page", async () => {
    const win = await open('no-duplicates');
    await settle(win.document);
    // The page loads the bundle and a second copy of <glossary-term>'s entry, each with its own
    // Lit; the second copy's createPolicy('lit-html') throws, so that module does not run.
    const refused = win.__probe.errors.filter((error) => /createPolicy.*lit-html/.test(error));
    expect(refused, 'the second copy refused').to.have.length(enforcesTrustedTypes(win) ? 1 : 0);
    // The first copy still works: the page's markup rendered.
    expect(normalize(deepText(win.document.querySelector('her2-therapy-card')!))).to.include(
      'Antibody drug conjugates',
    );
  });
});
