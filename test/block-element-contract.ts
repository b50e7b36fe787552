import { elementUpdated, expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Her2Element } from '../src/shared/her2-element.js';
import type { Her2InvalidDetail } from '../src/shared/events.js';
import {
  backgroundOf,
  betweenButtons,
  captureWarnings,
  container,
  emulateMedia,
  frameFixture,
  headingTags,
  recordEvents,
  shadowQuery,
  shadowText,
} from './helpers.js';

const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 27, 34)';

export interface SharedAttributesOptions<E extends Her2Element> {
  tag: string;
  /** A phrase of the body, shown whatever the theme and heading-level. */
  bodyPhrase: string;
  /** heading-level attribute (undefined: none) and the element's one heading it gives. */
  headings: Array<[string | undefined, string]>;
  /** heading-level set after the first render and the heading it gives; ['4', 'h4'] unless told. */
  headingChange?: [string, string];
  /** The node whose text follows --her2-color-text and --her2-font-family. */
  tokenTarget: (el: E) => Element;
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
    /** Run for lang="en-GB" around the element and for its own unsupported lang="xx". */
    lang?: (el: E) => void | Promise<void>;
  };
}

/**
 * Declares the tests of what every block element shares through Her2Element: theme, heading-level,
 * no-footer, lang, the surface tokens, accessibility in each theme. Call it inside the element's
 * `describe`.
 */
export function describeSharedAttributes<E extends Her2Element>(options: SharedAttributesOptions<E>): void {
  const { tag, bodyPhrase, also = {} } = options;
  const [changedLevel, changedHeading] = options.headingChange ?? ['4', 'h4'];

  function make(attributes: Record<string, string | undefined> = {}, parentNode?: Element): Promise<E> {
    const html = Object.entries(attributes)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value}"`))
      .join('');
    return fixture<E>(`<${tag}${html}></${tag}>`, parentNode ? { parentNode } : undefined);
  }
  const element = ({ theme, level }: { theme?: string; level?: string } = {}) =>
    make({ theme, 'heading-level': level });

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  describe('accessibility (shared attributes)', () => {
    for (const theme of ['light', 'dark']) {
      it(`is accessible in theme="${theme}"`, async () => {
        await expect(await element({ theme })).to.be.accessible();
      });
    }

    it('is accessible in theme="auto" when the reader prefers dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      await expect(await element({ theme: 'auto' })).to.be.accessible();
    });

    it('is accessible without a footer', async () => {
      await expect(await make({ 'no-footer': '' })).to.be.accessible();
    });
  });

  if (options.noTabStop !== false) {
    describe('keyboard (shared attributes)', () => {
      it('adds no tab stop: Tab moves from the control before it to the control after it', async () => {
        const { before, after } = betweenButtons(await element());
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement === after).to.be.true;
      });
    });
  }

  describe('theme (shared attributes)', () => {
    it('is light by default and dark with theme="dark"', async () => {
      expect(backgroundOf(await element())).to.equal(LIGHT);
      expect(backgroundOf(await element({ theme: 'dark' }))).to.equal(DARK);
    });

    it('theme="auto" follows prefers-color-scheme', async () => {
      const el = await element({ theme: 'auto' });
      expect(backgroundOf(el)).to.equal(LIGHT);
      await emulateMedia({ colorScheme: 'dark' });
      expect(backgroundOf(el)).to.equal(DARK);
    });

    it('follows a change of theme after the first render', async () => {
      const el = await element();
      el.theme = 'dark';
      await elementUpdated(el);
      expect(backgroundOf(el)).to.equal(DARK);
    });

    it('applies --her2-color-surface, --her2-color-text and --her2-font-family', async () => {
      const style =
        '--her2-color-surface: rgb(1, 2, 3); --her2-color-text: rgb(250, 250, 250); --her2-font-family: monospace';
      const el = await make({ theme: 'dark' }, container({ style }));
      const target = getComputedStyle(options.tokenTarget(el));
      expect(backgroundOf(el)).to.equal('rgb(1, 2, 3)');
      expect(target.color).to.equal('rgb(250, 250, 250)');
      expect(target.fontFamily).to.equal('monospace');
    });
  });

  describe('heading-level (shared attributes)', () => {
    for (const [level, expected] of options.headings) {
      it(`heading-level=${level === undefined ? '(none)' : `"${level}"`} gives one ${expected}`, async () => {
        const el = await element({ level });
        expect(headingTags(el)).to.deep.equal([expected]);
        await also.heading?.(el, level);
      });
    }

    it('follows a change of heading-level after the first render', async () => {
      const el = await element();
      el.setAttribute('heading-level', changedLevel);
      await elementUpdated(el);
      expect(headingTags(el)).to.deep.equal([changedHeading]);
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
        const el = await element(attribute === 'theme' ? { theme: value } : { level: value });
        expect(await el.updateComplete).to.be.true;
        expect(shadowText(el, '[part="body"]')).to.contain(bodyPhrase);
        expect(shadowQuery(el, '[part="notice"]')).to.be.null;
        await also.badInput?.(el);
        expect(warnings.calls).to.have.length(0);
        expect(invalidEvents).to.have.length(0);
      });
    }

    it('an unknown theme is light', async () => {
      const el = await element({ theme: 'neon' });
      expect(backgroundOf(el)).to.equal(LIGHT);
      await also.unknownTheme?.(el);
    });

    it('survives the theme and heading-level attributes being removed', async () => {
      const el = await element({ theme: 'dark', level: '5' });
      el.removeAttribute('theme');
      el.removeAttribute('heading-level');
      expect(await el.updateComplete).to.be.true;
      expect(headingTags(el)).to.deep.equal(['h3']);
      expect(backgroundOf(el)).to.equal(LIGHT);
    });
  });

  describe('footer (shared attributes)', () => {
    it('shows the review date and the source count', async () => {
      const el = await element();
      const footer = shadowText(el, '[part="footer"]');
      expect(footer).to.contain('Medically reviewed May 2022');
      expect(footer).to.contain('14 sources');
      await also.footer?.(el);
    });

    it('no-footer removes it', async () => {
      const el = await make({ 'no-footer': '' });
      expect(shadowQuery(el, '[part="footer"]')).to.be.null;
      expect(shadowText(el)).not.to.contain('Medically reviewed');
      await also.noFooter?.(el);
    });
  });

  describe('lang (shared attributes)', () => {
    it('inside lang="en-GB" renders English and marks its card lang="en"', async () => {
      const el = await make({}, container({ lang: 'en-GB' }));
      expect(shadowQuery(el, '[part="card"]')!.getAttribute('lang')).to.equal('en');
      await also.lang?.(el);
    });

    it('an unsupported lang of its own falls back to English', async () => {
      const el = await make({ lang: 'xx' });
      expect(shadowQuery(el, '[part="card"]')!.getAttribute('lang')).to.equal('en');
      await also.lang?.(el);
    });
  });

  if (options.layout !== false) {
    describe('layout (shared attributes)', () => {
      it('fits a 320px-wide screen without scrolling sideways', async () => {
        const page = await frameFixture(`<${tag}></${tag}>`, { modules: [`/src/define/${tag}.ts`] });
        expect(page.document.documentElement.scrollWidth).to.be.at.most(320);
      });
    });
  }
}
