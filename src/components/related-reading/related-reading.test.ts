import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../../define/related-reading.js';
import type { Her2InvalidDetail } from '../../shared/events.js';
import { describeBlockContract } from '../../../test/support/block-element-contract.js';
import { captureWarnings, recordEvents } from '../../../test/support/console.js';
import { shadowQuery, shadowQueryAll, shadowText } from '../../../test/support/dom.js';
import type { RelatedReadingHrefs } from '../../shared/related-hrefs.js';
import type { RelatedReading } from './related-reading.js';

const titles = [
  'Coping With the Financial Burden of Metastatic Breast Cancer',
  'What are the Biomarkers for Metastatic Breast Cancer?',
  'Continuing to Work When You Have Metastatic Breast Cancer',
  '5 Resources for Patients With Metastatic Breast Cancer',
  'Self-Care with Metastatic Breast Cancer',
];
const validIds = 'financial-burden, biomarkers, working, resources, self-care';
const urlNotice = 'expected absolute http:// or https:// links.';
const shapeNotice = 'expected an object of item ids and links such as {"biomarkers": "https://…"}.';

function reading(hrefs?: unknown): Promise<RelatedReading> {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- lit-analyzer checks the binding's type
  return fixture<RelatedReading>(html`<related-reading .hrefs=${hrefs as RelatedReadingHrefs}></related-reading>`);
}

function readingWithAttribute(hrefs: string): Promise<RelatedReading> {
  return fixture<RelatedReading>(html`<related-reading hrefs=${hrefs}></related-reading>`);
}

/** Sets any value, as a host's script could, and resolves once rendered (rejects if the update threw). */
async function setHrefs(el: RelatedReading, value: unknown): Promise<boolean> {
  (el as { hrefs?: unknown }).hrefs = value;
  return el.updateComplete;
}

function links(el: RelatedReading): HTMLAnchorElement[] {
  return shadowQueryAll<HTMLAnchorElement>(el, 'a');
}

function item(el: RelatedReading, title: string): HTMLElement {
  const found = shadowQueryAll(el, '[part="item"]').find((li) => li.textContent?.includes(title));
  if (!found) throw new Error(`no item titled ${title}`);
  return found;
}

function notices(el: RelatedReading): string[] {
  return shadowQueryAll(el, '[part="notice"]').map((notice) => notice.textContent?.trim() ?? '');
}

/** Every href in the shadow root, as written in the DOM. */
function hrefs(el: RelatedReading): string[] {
  return shadowQueryAll(el, '[href]').map((node) => node.getAttribute('href') ?? '');
}

/** All five items are still there, whatever the host gave. */
function expectAllItems(el: RelatedReading): void {
  const shown = shadowQueryAll(el, '[part="item"] .title').map((title) => title.textContent?.trim());
  expect(shown).to.deep.equal(titles);
}

/** No <a> without a destination: an item without an accepted URL is plain text. */
function expectNoDeadLinks(el: RelatedReading): void {
  for (const link of links(el)) expect(link.getAttribute('href')).to.match(/^https?:\/\/./);
}

describe('<related-reading>', () => {
  const warnings = captureWarnings();
  const invalidEvents = recordEvents<Her2InvalidDetail>('her2-invalid');

  describe('content', () => {
    it('shows "Featured Content" and the five items in a list, each title then its summary', async () => {
      const el = await reading();
      expect(shadowText(el, '[part="heading"]')).to.equal('Featured Content');
      expect(shadowQuery(el, 'ul[part="body"]')).to.exist;
      expectAllItems(el);
      const biomarkers = item(el, titles[1]);
      expect(biomarkers.querySelector('.summary')?.textContent).to.equal(
        'How hormone receptors and HER2 status may influence treatment decisions for metastatic breast cancer.',
      );
      expect(shadowText(el, '[part="body"]')).to.contain(
        'Suggestions of where to find information about financial aid, co-pay assistance, and ways of lowering the cost of MBC care.',
      );
      expect(shadowText(el, '[part="body"]')).to.contain(
        'Activities like exercise, conversation with family and friends, and hobbies can help take your mind off of a diagnosis.',
      );
    });

    it('without hrefs every title is plain text: no link, no notice, no warning', async () => {
      const el = await reading();
      expect(shadowQueryAll(el, 'a')).to.have.length(0);
      expect(notices(el)).to.have.length(0);
      expect(warnings.calls).to.have.length(0);
      expect(invalidEvents).to.have.length(0);
    });
  });

  describe('hrefs property', () => {
    it('links the title of each id given and leaves the others as text', async () => {
      const el = await reading({ biomarkers: 'https://example.org/biomarkers' });
      expect(links(el)).to.have.length(1);
      const [link] = links(el);
      expect(link.getAttribute('href')).to.equal('https://example.org/biomarkers');
      expect(link.getAttribute('part')).to.equal('link');
      expect(link.textContent).to.equal(titles[1]);
      expect(item(el, titles[1]).contains(link)).to.be.true;
      expect(item(el, titles[0]).querySelectorAll('a').length).to.equal(0);
      expect(notices(el)).to.have.length(0);
      expect(warnings.calls).to.have.length(0);
    });

    it('links all five items, http and https alike', async () => {
      const el = await reading({
        'financial-burden': 'https://example.org/money',
        biomarkers: 'https://example.org/biomarkers',
        working: 'http://example.org/work',
        resources: 'https://example.org/resources?from=widget#top',
        'self-care': 'https://example.org/self-care',
      });
      expect(links(el).map((link) => link.textContent)).to.deep.equal(titles);
      expect(hrefs(el)).to.include.members([
        'http://example.org/work',
        'https://example.org/resources?from=widget#top',
      ]);
      expectNoDeadLinks(el);
    });

    it('links never pass the page on or give a handle back, and stay in the same tab by default', async () => {
      const el = await reading({ working: 'https://example.org/work', resources: 'https://example.org/res' });
      expect(links(el)).to.have.length(2);
      for (const link of links(el)) {
        expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
        expect(link.hasAttribute('target')).to.be.false;
      }
    });
  });

  describe('hrefs attribute', () => {
    it('reads the URLs from JSON', async () => {
      const el = await readingWithAttribute('{"working": "https://example.org/work"}');
      expect(links(el)).to.have.length(1);
      expect(links(el)[0].getAttribute('href')).to.equal('https://example.org/work');
      expect(links(el)[0].textContent).to.equal(titles[2]);
      expect(warnings.calls).to.have.length(0);
    });

    it('follows a change of the attribute, and removing it removes the links', async () => {
      const el = await readingWithAttribute('{"working": "https://example.org/work"}');
      el.setAttribute('hrefs', '{"self-care": "https://example.org/self-care"}');
      await elementUpdated(el);
      expect(links(el).map((link) => link.textContent)).to.deep.equal([titles[4]]);
      el.removeAttribute('hrefs');
      expect(await el.updateComplete).to.be.true;
      expect(links(el)).to.have.length(0);
      expect(notices(el)).to.have.length(0);
      expectAllItems(el);
    });
  });

  describe('re-rendering', () => {
    it('shows new links when new hrefs are assigned after the first render', async () => {
      const el = await reading({ biomarkers: 'https://example.org/biomarkers' });
      el.hrefs = { working: 'https://example.org/work', 'self-care': 'https://example.org/self-care' };
      await elementUpdated(el);
      expect(links(el).map((link) => link.textContent)).to.deep.equal([titles[2], titles[4]]);
      expect(item(el, titles[1]).querySelectorAll('a').length).to.equal(0);
    });

    it('clears the notice once the refused URL is replaced by a valid one', async () => {
      const el = await reading({ biomarkers: 'javascript:alert(1)' });
      expect(notices(el)).to.have.length(1);
      el.hrefs = { biomarkers: 'https://example.org/biomarkers' };
      await elementUpdated(el);
      expect(notices(el)).to.have.length(0);
      expect(links(el)).to.have.length(1);
    });

    it('does not warn again when something else changes', async () => {
      const el = await reading({ biomarkers: 'javascript:alert(1)' });
      el.theme = 'dark';
      el.setAttribute('heading-level', '4');
      await elementUpdated(el);
      expect(warnings.calls).to.have.length(1);
      expect(invalidEvents).to.have.length(1);
      expect(notices(el)).to.have.length(1);
    });
  });

  describe('link-target', () => {
    it('_blank opens links in a new tab and tells screen-reader users so', async () => {
      const el = await fixture<RelatedReading>(
        html`<related-reading link-target="_blank" .hrefs=${{ working: 'https://example.org/work' }}></related-reading>`,
      );
      const [link] = links(el);
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.querySelector('.visually-hidden')?.textContent?.trim()).to.equal('(opens in a new tab)');
      expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
    });

    it('an unknown link-target gives the notice, and links stay in the same tab', async () => {
      const el = await fixture<RelatedReading>(
        html`<related-reading link-target="popup" .hrefs=${{ working: 'https://example.org/work' }}></related-reading>`,
      );
      expect(notices(el)).to.deep.equal(['Unknown link-target “popup”. Use one of: _self, _blank, _parent, _top.']);
      expect(links(el)[0].hasAttribute('target')).to.be.false;
      expect(invalidEvents.map((event) => event.detail)).to.deep.equal([
        { tag: 'related-reading', attribute: 'link-target', value: 'popup' },
      ]);
    });
  });

  describe('refused URLs', () => {
    const refused: Array<[string, unknown]> = [
      ['javascript:', 'javascript:alert(1)'],
      ['javascript: in mixed case', 'JavaScript:alert(document.domain)'],
      ['javascript: after spaces', '  javascript:alert(1)'],
      ['javascript: split by a tab', 'java\tscript:alert(1)'],
      ['javascript: that looks like a URL', 'javascript://example.org/%0aalert(1)'],
      ['data:', 'data:text/html,<script>alert(1)</script>'],
      ['vbscript:', 'vbscript:msgbox(1)'],
      ['file:', 'file:///etc/passwd'],
      ['ftp:', 'ftp://example.org/file'],
      ['mailto:', 'mailto:someone@example.org'],
      ['a relative path', '/relative/path'],
      ['a bare host', 'example.org/page'],
      ['a protocol-relative URL', '//example.org/page'],
      ['a scheme without a host', 'https://'],
      ['a port out of range', 'https://example.org:99999/'],
      ['an unclosed IPv6 host', 'https://[::1'],
      ['an empty string', ''],
      ['a number', 42],
      ['null', null],
      ['an object', { href: 'https://example.org' }],
      ['an array', ['https://example.org']],
    ];
    for (const [name, value] of refused) {
      it(`refuses ${name}: the title stays text, the URL is in no href, valid links remain`, async () => {
        const el = await reading({ biomarkers: value, working: 'https://example.org/work' });
        expect(item(el, titles[1]).querySelectorAll('a').length).to.equal(0);
        expect(hrefs(el)).to.deep.equal(['https://example.org/work']);
        expectNoDeadLinks(el);
        expect(notices(el)).to.have.length(1);
        expect(notices(el)[0]).to.contain(urlNotice);
        expect(warnings.calls).to.have.length(1);
        expect(invalidEvents).to.have.length(1);
        expect(invalidEvents[0].detail.attribute).to.equal('hrefs');
        expectAllItems(el);
      });
    }

    it('a javascript: URL from the attribute never reaches an href', async () => {
      const el = await readingWithAttribute('{"biomarkers": "javascript:alert(1)"}');
      expect(hrefs(el)).to.deep.equal([]);
      expect(shadowQueryAll(el, 'a')).to.have.length(0);
      expect(notices(el)).to.deep.equal([`Ignored hrefs value “{"biomarkers":"javascript:alert(1)"}”: ${urlNotice}`]);
      expect(warnings.messages[0]).to.contain('<related-reading>').and.contain('javascript:alert(1)');
      const [event] = invalidEvents;
      expect(event.bubbles && event.composed).to.be.true;
      expect(event.detail).to.deep.equal({
        tag: 'related-reading',
        attribute: 'hrefs',
        value: '{"biomarkers":"javascript:alert(1)"}',
      });
    });

    it('a javascript: URL set after a valid one removes the link', async () => {
      const el = await reading({ biomarkers: 'https://example.org/biomarkers' });
      el.hrefs = { biomarkers: 'javascript:alert(1)' };
      await elementUpdated(el);
      expect(hrefs(el)).to.deep.equal([]);
      expect(notices(el)).to.have.length(1);
    });

    it('reports every refused URL in one notice, one warning and one event', async () => {
      const el = await reading({ biomarkers: 'javascript:alert(1)', working: 'data:text/plain,hi' });
      expect(notices(el)).to.have.length(1);
      expect(warnings.calls).to.have.length(1);
      expect(invalidEvents).to.have.length(1);
      expect(invalidEvents[0].detail.value).to.equal(
        '{"biomarkers":"javascript:alert(1)","working":"data:text/plain,hi"}',
      );
      expect(links(el)).to.have.length(0);
    });

    it('sets a URL with quotes and angle brackets as an attribute value, never parsed as HTML', async () => {
      const hostile = `https://example.org/it's"><img src=x onerror="window.her2Xss=1">?q="<b>bold</b>'`;
      const el = await reading({ resources: hostile });
      expect(links(el)).to.have.length(1);
      const [link] = links(el);
      expect(link.getAttribute('href')).to.equal(new URL(hostile).href);
      expect(link.getAttribute('href')).to.contain('%22%3E%3Cimg');
      expect(link.textContent).to.equal(titles[3]);
      expect(link.hasAttribute('onerror')).to.be.false;
      expect(shadowQueryAll(el, 'img, b')).to.have.length(0);
      expect((window as { her2Xss?: unknown }).her2Xss).to.be.undefined;
      expect(warnings.calls).to.have.length(0);
    });
  });

  describe('malformed hrefs', () => {
    it('unparsable JSON in the attribute: a notice, one warning, one event, and every item as text', async () => {
      const el = await readingWithAttribute('{biomarkers: https://example.org}');
      expect(notices(el)).to.deep.equal([
        'Ignored hrefs value “{biomarkers: https://example.org}”: expected JSON such as {"biomarkers": "https://…"}.',
      ]);
      expect(shadowQuery(el, '[part="notice"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(warnings.calls).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<related-reading>').and.contain('hrefs');
      expect(invalidEvents).to.have.length(1);
      const [event] = invalidEvents;
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      expect(event.detail).to.deep.equal({
        tag: 'related-reading',
        attribute: 'hrefs',
        value: '{biomarkers: https://example.org}',
      });
      expect(links(el)).to.have.length(0);
      expectAllItems(el);
    });

    const notObjects: Array<[string, unknown]> = [
      ['a URL string', 'https://example.org'],
      ['a number', 42],
      ['true', true],
      ['an empty array', []],
      ['an array of objects', [{ biomarkers: 'https://example.org/biomarkers' }]],
      ['a Map', new Map([['biomarkers', 'https://example.org/biomarkers']])],
      ['a function', () => 'https://example.org'],
      ['a symbol', Symbol('hrefs')],
      ['a bigint', 10n],
    ];
    for (const [name, value] of notObjects) {
      it(`refuses ${name} through the property with the shape notice`, async () => {
        const el = await reading();
        expect(await setHrefs(el, value)).to.be.true;
        expect(notices(el)).to.have.length(1);
        expect(notices(el)[0]).to.contain(shapeNotice);
        expect(warnings.calls).to.have.length(1);
        expect(invalidEvents).to.have.length(1);
        expect(links(el)).to.have.length(0);
        expectAllItems(el);
      });
    }

    const notObjectsJson: Array<[string, string]> = [
      ['42', '42'],
      ['"https://example.org"', 'https://example.org'],
      ['[]', '[]'],
      ['true', 'true'],
    ];
    for (const [json, shown] of notObjectsJson) {
      it(`refuses the JSON ${json} in the attribute with the shape notice`, async () => {
        const el = await readingWithAttribute(json);
        expect(notices(el)).to.deep.equal([`Ignored hrefs value “${shown}”: ${shapeNotice}`]);
        expect(invalidEvents).to.have.length(1);
      });
    }

    it('null, through the property or as JSON, means no links and no notice', async () => {
      const el = await reading({ biomarkers: 'https://example.org/biomarkers' });
      expect(await setHrefs(el, null)).to.be.true;
      expect(links(el)).to.have.length(0);
      const fromAttribute = await readingWithAttribute('null');
      expect(links(fromAttribute)).to.have.length(0);
      expect(notices(el).concat(notices(fromAttribute))).to.have.length(0);
      expect(warnings.calls).to.have.length(0);
    });

    it('an unknown id gives the notice naming the valid ids; known ids still link', async () => {
      const el = await reading({ nope: 'https://example.org/nope', biomarkers: 'https://example.org/biomarkers' });
      expect(notices(el)).to.deep.equal([`Unknown hrefs “nope”. Use one of: ${validIds}.`]);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('"nope"').and.contain(validIds);
      expect(invalidEvents.map((event) => event.detail)).to.deep.equal([
        { tag: 'related-reading', attribute: 'hrefs', value: 'nope' },
      ]);
      expect(hrefs(el)).to.deep.equal(['https://example.org/biomarkers']);
    });

    it('ids like __proto__ and constructor are unknown ids, nothing more', async () => {
      const el = await readingWithAttribute(
        '{"__proto__": "https://example.org/x", "constructor": "javascript:alert(1)", "toString": 1}',
      );
      expect(notices(el)).to.deep.equal([`Unknown hrefs “__proto__ constructor toString”. Use one of: ${validIds}.`]);
      expect(links(el)).to.have.length(0);
    });

    it('gives one notice, warning and event per kind of problem, and still links what is valid', async () => {
      const el = await reading({
        nope: 'https://example.org/nope',
        biomarkers: 'javascript:alert(1)',
        working: 'https://example.org/work',
      });
      expect(notices(el)).to.have.length(2);
      expect(notices(el)[0]).to.contain('Unknown hrefs “nope”');
      expect(notices(el)[1]).to.contain(urlNotice);
      expect(warnings.calls).to.have.length(2);
      expect(invalidEvents.map((event) => event.detail.value)).to.deep.equal([
        'nope',
        '{"biomarkers":"javascript:alert(1)"}',
      ]);
      expect(hrefs(el)).to.deep.equal(['https://example.org/work']);
    });
  });

  describe('hostile values never throw', () => {
    it('a 1 MB attribute that is not JSON: shortened in the notice and warning, whole in the event', async () => {
      const huge = `{${'x'.repeat(1_000_000)}`;
      const el = await readingWithAttribute(huge);
      expect(notices(el)[0]).to.contain(`“{${'x'.repeat(59)}…”`);
      expect(notices(el)[0].length).to.be.below(300);
      expect(warnings.messages[0].length).to.be.below(300);
      expect(invalidEvents[0].detail.value).to.have.length(huge.length);
      expectAllItems(el);
    });

    it('a 1 MB string through the property, and a 1 MB URL, are refused', async () => {
      const el = await reading();
      expect(await setHrefs(el, 'y'.repeat(1_000_000))).to.be.true;
      expect(notices(el)[0]).to.contain(shapeNotice);
      expect(await setHrefs(el, { biomarkers: `https://example.org/${'a'.repeat(1_000_000)}` })).to.be.true;
      expect(notices(el)).to.have.length(1);
      expect(notices(el)[0]).to.contain(urlNotice);
      expect(links(el)).to.have.length(0);
    });

    it('a throwing getter refuses that URL only', async () => {
      const value = { working: 'https://example.org/work' };
      Object.defineProperty(value, 'biomarkers', {
        enumerable: true,
        get() {
          throw new Error('hostile getter');
        },
      });
      const el = await reading(value);
      expect(hrefs(el)).to.deep.equal(['https://example.org/work']);
      expect(notices(el)).to.have.length(1);
      expect(notices(el)[0]).to.contain(urlNotice);
    });

    it('throwing toString, toJSON and valueOf are never called into an error', async () => {
      const thrower = () => {
        throw new Error('hostile method');
      };
      const el = await reading({
        biomarkers: { toString: thrower, toJSON: thrower, valueOf: thrower },
        working: 'https://example.org/work',
      });
      expect(hrefs(el)).to.deep.equal(['https://example.org/work']);
      expect(notices(el)).to.have.length(1);
      const hostile = { toString: thrower, toJSON: thrower, valueOf: thrower, [Symbol.toPrimitive]: thrower };
      expect(await setHrefs(el, hostile)).to.be.true;
      expect(notices(el)).to.deep.equal([`Unknown hrefs “toString toJSON valueOf”. Use one of: ${validIds}.`]);
    });

    it('a proxy whose every trap throws, and a revoked proxy, give the shape notice', async () => {
      const traps = new Proxy(
        {},
        {
          get: () => () => {
            throw new Error('hostile trap');
          },
        },
      );
      const el = await reading();
      expect(await setHrefs(el, new Proxy({}, traps))).to.be.true;
      expect(notices(el)).to.have.length(1);
      expect(notices(el)[0]).to.contain(shapeNotice);
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      expect(await setHrefs(el, proxy)).to.be.true;
      expect(notices(el)[0]).to.contain(shapeNotice);
      expect(invalidEvents).to.have.length(2);
      expectAllItems(el);
    });
  });

  describe('accessibility', () => {
    it('is accessible with links', async () => {
      const el = await reading({ biomarkers: 'https://example.org/b', working: 'https://example.org/w' });
      await expect(el).to.be.accessible();
    });

    it('is accessible with links opening in a new tab', async () => {
      const el = await fixture<RelatedReading>(
        html`<related-reading link-target="_blank" .hrefs=${{ working: 'https://example.org/w' }}></related-reading>`,
      );
      await expect(el).to.be.accessible();
    });

    it('is accessible with notices', async () => {
      const el = await reading({ nope: 'https://example.org/n', biomarkers: 'javascript:alert(1)' });
      expect(notices(el)).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('is accessible in theme="dark" with links and a notice', async () => {
      const el = await fixture<RelatedReading>(
        html`<related-reading theme="dark" .hrefs=${{ working: 'https://example.org/w', nope: 'x' }}></related-reading>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('tokens', () => {
    it('applies --her2-color-accent to links', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="--her2-color-accent: rgb(255, 0, 0)">
        <related-reading .hrefs=${{ working: 'https://example.org/w' }}></related-reading>
      </div>`);
      const el = wrapper.querySelector('related-reading')!;
      expect(getComputedStyle(links(el)[0]).color).to.equal('rgb(255, 0, 0)');
    });
  });

  describe('footer', () => {
    it('keeps the footer when hrefs are refused', async () => {
      const el = await readingWithAttribute('not json');
      expect(shadowText(el, '[part="footer"]')).to.contain('Medically reviewed May 2022');
    });
  });

  describeBlockContract<RelatedReading>('related-reading', {
    tokenTarget: (el) => shadowQuery(el, '[part="item"] .summary')!,
    also: {
      lang: (el) => {
        expect(shadowText(el, '[part="heading"]')).to.equal('Featured Content');
      },
    },
  });
});
