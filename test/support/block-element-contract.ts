/**
 * What every block element shares (DESIGN.md, "Every element"): theme, heading-level, no-footer,
 * lang, the surface tokens, no tab stop of its own, a 320px screen, and accessibility in each
 * theme. Each block element's test file calls `describeBlockContract` once, with what is its own.
 */
import { elementUpdated, expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Her2InvalidDetail } from '../../src/shared/events.js';
import { captureWarnings, recordEvents } from './console.js';
import { backgroundOf, headingTags, shadowQuery, shadowText } from './dom.js';
import { defaultState, element } from './elements.js';
import { betweenButtons, container } from './fixtures.js';
import { frameFixture } from './frames.js';
import { emulateMedia } from './media-emulation.js';
import { settle } from './settle.js';

const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 27, 34)';

/** What the contract uses of a block element: its theme property and Lit's update cycle. */
export type BlockElement = HTMLElement & { theme: string; updateComplete: Promise<boolean> };

/** heading-level values and the top heading level each gives: numbers clamp to 2…6. */
const headingCases: ReadonlyArray<[string | undefined, number | 'default' | 'fallback']> = [
  [undefined, 'default'],
  ['2', 2],
  ['5', 5],
  ['6', 6],
  ['99', 6],
  ['1', 2],
  ['abc', 'fallback'],
  [' ', 'fallback'],
];

export interface BlockContractOptions<E extends BlockElement> {
  /** The node whose text follows --her2-color-text and --her2-font-family. */
  tokenTarget: (el: E) => Element;
  /** Its top heading level without heading-level: 3 unless told (the article's title is an h2). */
  defaultLevel?: number;
  /** The level a heading-level that is not a number gives, and none once removed: `defaultLevel` unless told. */
  fallbackLevel?: number;
  /** The headings of its own shadow root when its top heading is an h`level`: that one heading unless told. */
  headings?: (level: number) => string[];
  /** heading-level set after the first render; "4" unless told. */
  headingChange?: string;
  /** A review line it shows outside its footer, which no-footer leaves in place. */
  reviewLine?: string;
  /** The element adds no tab stop of its own (true unless told). */
  noTabStop?: boolean;
  /** Fits a 320px-wide screen (checked unless false: the element tests it in its own way). */
  layout?: boolean;
  /** The element's own checks added to a shared test, run on the same element after the shared ones. */
  also?: {
    heading?: (el: E, level: string | undefined) => void | Promise<void>;
    headingChange?: (el: E) => void | Promise<void>;
    badInput?: (el: E) => void | Promise<void>;
    unknownTheme?: (el: E) => void | Promise<void>;
    footer?: (el: E) => void | Promise<void>;
    noFooter?: (el: E) => void | Promise<void>;
    /** Run for each lang the element must show in English: en-GB around it, its own xx, constructor, en-US. */
    lang?: (el: E) => void | Promise<void>;
  };
}

const oneHeading = (level: number) => [`h${level}`];

/**
 * Declares the shared tests for `tag`, rendered in its first state of test/support/elements.ts
 * (the attributes a host must give, such as a card's type) and checked against that state's
 * phrases. Call it inside the element's `describe`.
 */
export function describeBlockContract<E extends BlockElement>(tag: string, options: BlockContractOptions<E>): void {
  if (!element(tag).block) throw new Error(`<${tag}> is not a block element`);
  const state = defaultState(tag);
  if (state.properties || state.content || state.around || state.prepare) {
    throw new Error(`the contract renders <${tag}> from attributes alone; its first state needs more`);
  }
  const { also = {}, defaultLevel = 3, headings = oneHeading, headingChange = '4' } = options;
  const { fallbackLevel = defaultLevel } = options;

  /** The element, its nested elements rendered, with the state's attributes and these on top. */
  async function make(attributes: Record<string, string | undefined> = {}, parentNode?: Element): Promise<E> {
    const el = document.createElement(tag) as E;
    for (const [name, value] of Object.entries({ ...state.attributes, ...attributes })) {
      if (value !== undefined) el.setAttribute(name, value);
    }
    await fixture<E>(el, parentNode ? { parentNode } : undefined);
    await settle(el);
    return el;
  }
  const rendered = ({ theme, level }: { theme?: string; level?: string } = {}) =>
    make({ theme, 'heading-level': level });

  function expectEnglish(el: E): void {
    expect(shadowQuery(el, '[part="card"]')!.getAttribute('lang')).to.equal('en');
    for (const phrase of state.phrases) expect(shadowText(el, '[part="body"]')).to.contain(phrase);
    expect(shadowText(el, '[part="footer"]')).to.contain('Medically reviewed May 2022');
  }

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  describe('accessibility (shared attributes)', () => {
    for (const theme of ['light', 'dark']) {
      it(`is accessible in theme="${theme}"`, async () => {
        await expect(await rendered({ theme })).to.be.accessible();
      });
    }

    it('is accessible in theme="auto" when the reader prefers dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      await expect(await rendered({ theme: 'auto' })).to.be.accessible();
    });

    it('is accessible without a footer', async () => {
      await expect(await make({ 'no-footer': '' })).to.be.accessible();
    });
  });

  if (options.noTabStop !== false) {
    describe('keyboard (shared attributes)', () => {
      it('adds no tab stop: Tab moves from the control before it to the control after it', async () => {
        const { before, after } = betweenButtons(await rendered());
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement === after).to.be.true;
      });
    });
  }

  describe('theme (shared attributes)', () => {
    it('is light by default and dark with theme="dark"', async () => {
      expect(backgroundOf(await rendered())).to.equal(LIGHT);
      expect(backgroundOf(await rendered({ theme: 'dark' }))).to.equal(DARK);
    });

    it('theme="auto" follows prefers-color-scheme', async () => {
      const el = await rendered({ theme: 'auto' });
      expect(backgroundOf(el)).to.equal(LIGHT);
      await emulateMedia({ colorScheme: 'dark' });
      expect(backgroundOf(el)).to.equal(DARK);
    });

    it('follows a change of theme after the first render', async () => {
      const el = await rendered();
      el.theme = 'dark';
      await elementUpdated(el);
      expect(backgroundOf(el)).to.equal(DARK);
    });

    for (const theme of ['light', 'dark']) {
      it(`applies --her2-color-surface, --her2-color-text and --her2-font-family in theme="${theme}"`, async () => {
        const style =
          '--her2-color-surface: rgb(1, 2, 3); --her2-color-text: rgb(250, 250, 250); --her2-font-family: monospace';
        const el = await make({ theme }, container({ style }));
        const target = getComputedStyle(options.tokenTarget(el));
        expect(backgroundOf(el)).to.equal('rgb(1, 2, 3)');
        expect(target.color).to.equal('rgb(250, 250, 250)');
        expect(target.fontFamily).to.equal('monospace');
      });
    }
  });

  describe('heading-level (shared attributes)', () => {
    for (const [level, gives] of headingCases) {
      const expected = headings(gives === 'default' ? defaultLevel : gives === 'fallback' ? fallbackLevel : gives);
      it(`heading-level=${level === undefined ? '(none)' : `"${level}"`} gives ${expected.join(', ')}`, async () => {
        const el = await rendered({ level });
        expect(headingTags(el)).to.deep.equal(expected);
        await also.heading?.(el, level);
      });
    }

    it('follows a change of heading-level after the first render', async () => {
      const el = await rendered();
      el.setAttribute('heading-level', headingChange);
      await elementUpdated(el);
      expect(headingTags(el)).to.deep.equal(headings(Number(headingChange)));
      await also.headingChange?.(el);
    });
  });

  describe('bad input (shared attributes)', () => {
    const warnings = captureWarnings();
    const invalidEvents = recordEvents<Her2InvalidDetail>('her2-invalid');

    for (const [attribute, value] of [
      ['heading-level', 'abc'],
      ['heading-level', '99'],
      ['theme', 'neon'],
    ]) {
      it(`${attribute}="${value}" never throws, warns or dispatches her2-invalid`, async () => {
        const el = await rendered(attribute === 'theme' ? { theme: value } : { level: value });
        expect(await el.updateComplete).to.be.true;
        for (const phrase of state.phrases) expect(shadowText(el, '[part="body"]')).to.contain(phrase);
        expect(shadowQuery(el, '[part="notice"]')).to.be.null;
        await also.badInput?.(el);
        expect(warnings.calls).to.have.length(0);
        expect(invalidEvents).to.have.length(0);
      });
    }

    it('an unknown theme is light', async () => {
      const el = await rendered({ theme: 'neon' });
      expect(backgroundOf(el)).to.equal(LIGHT);
      await also.unknownTheme?.(el);
    });

    it('survives the theme and heading-level attributes being removed', async () => {
      const el = await rendered({ theme: 'dark', level: '5' });
      el.removeAttribute('theme');
      el.removeAttribute('heading-level');
      expect(await el.updateComplete).to.be.true;
      expect(headingTags(el)).to.deep.equal(headings(fallbackLevel));
      expect(backgroundOf(el)).to.equal(LIGHT);
    });
  });

  describe('footer (shared attributes)', () => {
    it('shows the review date and the source count', async () => {
      const el = await rendered();
      const footer = shadowText(el, '[part="footer"]');
      expect(footer).to.contain('Medically reviewed May 2022');
      expect(footer).to.contain('14 sources');
      await also.footer?.(el);
    });

    it('no-footer removes it', async () => {
      const el = await make({ 'no-footer': '' });
      expect(shadowQuery(el, '[part="footer"]')).to.be.null;
      expect(shadowText(el).replace(options.reviewLine ?? '', '')).not.to.contain('Medically reviewed');
      await also.noFooter?.(el);
    });
  });

  describe('lang (shared attributes)', () => {
    it('inside lang="en-GB" renders English and marks its card lang="en"', async () => {
      const el = await make({}, container({ lang: 'en-GB' }));
      expectEnglish(el);
      await also.lang?.(el);
    });

    it('an unsupported lang of its own falls back to English', async () => {
      const el = await make({ lang: 'xx' });
      expectEnglish(el);
      await also.lang?.(el);
    });

    it('a lang that names an Object.prototype key falls back to English without throwing', async () => {
      const el = await make({ lang: 'constructor' });
      expect(await el.updateComplete).to.be.true;
      expectEnglish(el);
      await also.lang?.(el);
    });

    it('follows a change of its own lang after the first render', async () => {
      const el = await make({ lang: 'fr' });
      el.setAttribute('lang', 'en-US');
      await elementUpdated(el);
      expectEnglish(el);
      await also.lang?.(el);
    });
  });

  if (options.layout !== false) {
    describe('layout (shared attributes)', () => {
      it('fits a 320px-wide screen without scrolling sideways', async () => {
        const attributes = Object.entries(state.attributes ?? {})
          .map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
          .join('');
        const page = await frameFixture(`<${tag}${attributes}></${tag}>`, { modules: [`/src/define/${tag}.ts`] });
        expect(page.document.documentElement.scrollWidth).to.be.at.most(320);
      });
    });
  }
}
