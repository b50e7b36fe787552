/**
 * What screen readers are given: Chromium's accessibility tree (through puppeteer, see
 * accessibility-tree-plugin.mjs) for headings, lists, description lists, the live count, the
 * term buttons' expanded state and the sources disclosure. Chromium only: Firefox and WebKit
 * expose no accessibility tree to their automation protocols. Runs in the `chromium-only`
 * group of web-test-runner.config.mjs.
 */
import { elementUpdated, expect, fixtureSync } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import { articleMeta } from '../../src/content/article.js';
import { glossary } from '../../src/content/glossary.js';
import { sources } from '../../src/content/sources.js';
import { captureWarnings } from '../support/console.js';
import { deepQuery } from '../support/dom.js';
import { everyState, stateNamed, type TaggedState } from '../support/elements.js';
import { openFirstTerm, typeInGlossary, waitForTerm } from '../support/glossary-input.js';
import { placeState } from '../support/render.js';
import { settle } from '../support/settle.js';

interface AXNode {
  role: string;
  name?: string;
  level?: number;
  expanded?: boolean;
  live?: string;
  atomic?: boolean;
  children?: AXNode[];
}

let fixtureCount = 0;

/** Renders `markup`, or a state of test/support/elements.ts, and resolves with its element and a way to read the tree under it. */
async function render(markup: string | TaggedState, tag: string) {
  fixtureCount += 1;
  const id = `ax-root-${fixtureCount}`;
  const wrapper = fixtureSync<HTMLElement>(
    `<div id="${id}" lang="en">${typeof markup === 'string' ? markup : ''}</div>`,
  );
  const el =
    typeof markup === 'string'
      ? wrapper.querySelector<HTMLElement>(tag)!
      : await placeState(markup, { parent: wrapper });
  await settle(wrapper);
  if (['her2-glossify', 'her2-article'].includes(tag)) await waitForTerm(el);
  const tree = async () => {
    await settle(wrapper);
    return executeServerCommand<AXNode, { selector: string }>('her2-accessibility-tree', { selector: `#${id}` });
  };
  return { el, tree };
}

function all(node: AXNode, test: (node: AXNode) => boolean, found: AXNode[] = []): AXNode[] {
  if (test(node)) found.push(node);
  for (const child of node.children ?? []) all(child, test, found);
  return found;
}

const byRole = (node: AXNode, role: string) => all(node, (candidate) => candidate.role === role);

/** The text a screen reader reads in `node`. */
function text(node: AXNode): string {
  if (node.role === 'StaticText') return node.name ?? '';
  return (node.children ?? []).map(text).join('');
}

function headings(node: AXNode): string[] {
  return byRole(node, 'heading').map((heading) => `h${heading.level} ${heading.name}`);
}

const LANDMARKS = ['banner', 'complementary', 'contentinfo', 'form', 'main', 'navigation', 'region', 'search'];

// Given on the command line together with other files, this file also loads in Firefox and
// WebKit, which have no tree to read: there it defines no test at all.
const chromium = /\b(Headless)?Chrome\//.test(navigator.userAgent);

(chromium ? describe : () => {})('the accessibility tree (Chromium)', () => {
  captureWarnings();

  describe('headings', () => {
    it('<her2-article>: the title is an h2, sections h3, no level skipped', async () => {
      const { tree } = await render('<her2-article></her2-article>', 'her2-article');
      const outline = headings(await tree());
      expect(outline).to.deep.equal([
        `h2 ${articleMeta.title.text}`,
        'h3 Types of targeted therapy for MBC',
        'h3 Making treatment decisions',
        'h3 Sources',
        'h3 Featured Content',
      ]);
    });

    const tops: Array<[string, string, string]> = [
      ['<her2-therapy-card type="adc"></her2-therapy-card>', 'her2-therapy-card', 'Antibody drug conjugates (ADCs)'],
      ['<biomarker-glossary></biomarker-glossary>', 'biomarker-glossary', 'Glossary'],
      ['<source-list></source-list>', 'source-list', 'Sources'],
      ['<her2-status-explainer></her2-status-explainer>', 'her2-status-explainer', 'Understanding HER2 status'],
      ['<her2-therapy-overview></her2-therapy-overview>', 'her2-therapy-overview', 'Types of targeted therapy for MBC'],
      ['<treatment-decisions></treatment-decisions>', 'treatment-decisions', 'Making treatment decisions'],
      ['<related-reading></related-reading>', 'related-reading', 'Featured Content'],
    ];
    for (const [markup, tag, name] of tops) {
      it(`<${tag}>: "${name}" is an h3, sub-headings one level deeper, none skipped`, async () => {
        const { tree } = await render(markup, tag);
        const levels = byRole(await tree(), 'heading').map((heading) => heading.level!);
        expect(headings(await tree())[0]).to.equal(`h3 ${name}`);
        levels.forEach((level, i) => {
          expect(level, 'below the top heading').to.be.at.least(i === 0 ? 3 : 4);
          if (i > 0) expect(level - levels[i - 1], `heading ${i}`).to.be.at.most(1);
        });
      });
    }

    it('heading-level="5" moves the card to h5 and its sub-headings to h6', async () => {
      const { tree } = await render(
        '<her2-therapy-card type="mab" heading-level="5"></her2-therapy-card>',
        'her2-therapy-card',
      );
      expect(headings(await tree())).to.deep.equal([
        'h5 Monoclonal antibodies',
        'h6 What it is',
        'h6 How it works',
        'h6 When it is used',
        'h6 Examples',
      ]);
    });
  });

  describe('lists', () => {
    it('<source-list>: one list of the 14 sources', async () => {
      const { tree } = await render('<source-list></source-list>', 'source-list');
      const [list, ...others] = byRole(await tree(), 'list');
      expect(others).to.have.length(0);
      expect(list.children!.filter((child) => child.role === 'listitem')).to.have.length(sources.length);
    });

    it('<related-reading>: one list of the five readings, links named "(opens in a new tab)" when they do', async () => {
      const hrefs = { biomarkers: 'https://example.org/biomarkers' };
      const { tree } = await render(
        `<related-reading link-target="_blank" hrefs='${JSON.stringify(hrefs)}'></related-reading>`,
        'related-reading',
      );
      const root = await tree();
      expect(byRole(root, 'listitem')).to.have.length(5);
      const links = byRole(root, 'link');
      expect(links.map((link) => link.name)).to.deep.equal([
        'What are the Biomarkers for Metastatic Breast Cancer? (opens in a new tab)',
      ]);
    });

    it('<her2-therapy-card>: "When it is used" and "Examples" are lists', async () => {
      const { tree } = await render('<her2-therapy-card type="tki"></her2-therapy-card>', 'her2-therapy-card');
      const lists = byRole(await tree(), 'list');
      expect(lists).to.have.length(2);
      expect(lists[1].children!.map(text).join(' ')).to.contain('tucatinib');
    });
  });

  describe('<biomarker-glossary>', () => {
    it('is a description list: each term followed by its definition', async () => {
      const { tree } = await render('<biomarker-glossary></biomarker-glossary>', 'biomarker-glossary');
      const lists = byRole(await tree(), 'DescriptionList');
      expect(lists).to.have.length(1);
      const items = lists[0].children!;
      expect(items.map((item) => item.role)).to.deep.equal(glossary.flatMap(() => ['term', 'definition']));
      const names = glossary.map((entry) =>
        entry.abbreviation ? `${entry.term} (${entry.abbreviation})` : entry.term,
      );
      const shown = items.filter((item) => item.role === 'term').map(text);
      expect([...shown].sort()).to.deep.equal([...names].sort());
      const her2 = items.findIndex((item) => item.role === 'term' && text(item) === 'HER2');
      expect(text(items[her2 + 1])).to.equal(glossary.find((entry) => entry.id === 'her2')!.definition);
    });

    it('the search box is named, and the count is a polite, atomic status that follows the search', async () => {
      const { el, tree } = await render('<biomarker-glossary></biomarker-glossary>', 'biomarker-glossary');
      const [box] = byRole(await tree(), 'searchbox');
      expect(box.name).to.equal('Search the glossary');
      const status = () => tree().then((root) => byRole(root, 'status'));
      const [before] = await status();
      expect(before.live).to.equal('polite');
      expect(before.atomic).to.equal(true);
      expect(text(before)).to.equal(`${glossary.length} terms`);

      await typeInGlossary(el, 'tki');
      const [found] = await status();
      expect(text(found)).to.equal('1 term matches “tki”');
      expect(byRole(await tree(), 'term').map(text)).to.include('tyrosine kinase inhibitor (TKI)');

      await typeInGlossary(el, 'zzzz');
      const root = await tree();
      expect(text(byRole(root, 'status')[0])).to.equal('0 terms match “zzzz”');
      expect(byRole(root, 'DescriptionList')).to.have.length(0);
      expect(text(root)).to.contain('No term matches “zzzz”.');
    });
  });

  describe('<glossary-term>', () => {
    const closed = stateNamed('<glossary-term> closed');
    const definition = glossary.find((entry) => entry.id === 'her2')!.definition;

    it('is a button named by the host text, collapsed, with no definition in the tree until opened', async () => {
      const { tree } = await render(closed, 'glossary-term');
      const root = await tree();
      const [button, ...others] = byRole(root, 'button');
      expect(others).to.have.length(0);
      expect(button.name).to.equal('HER2');
      expect(button.expanded).to.equal(false);
      expect(text(root)).not.to.contain(definition);
    });

    it('opened: expanded, the definition follows the term, the close button is named; Escape collapses it', async () => {
      const { el, tree } = await render(closed, 'glossary-term');
      await openFirstTerm(el);
      const root = await tree();
      const [button, close] = byRole(root, 'button');
      expect(button.expanded).to.equal(true);
      expect(text(root)).to.contain(definition);
      expect(close.name).to.equal('Close the definition of HER2');
      await sendKeys({ press: 'Escape' });
      await elementUpdated(el);
      const after = await tree();
      expect(byRole(after, 'button')[0].expanded).to.equal(false);
      expect(text(after)).not.to.contain(definition);
    });

    it('an unknown term is plain text, not a button', async () => {
      const { tree } = await render(stateNamed('<glossary-term> unknown term'), 'glossary-term');
      const root = await tree();
      expect(byRole(root, 'button')).to.have.length(0);
      expect(text(root)).to.equal('Doctors test the cancer for HER2.');
    });

    it('<her2-glossify> and <her2-article>: every defined term is a collapsed button', async () => {
      for (const tag of ['her2-glossify', 'her2-article']) {
        const state = everyState.find((candidate) => candidate.tag === tag)!;
        const { el, tree } = await render(state, tag);
        const buttons = byRole(await tree(), 'button');
        expect(buttons.length, tag).to.be.greaterThan(2);
        expect(
          buttons.every((button) => button.expanded === false),
          tag,
        ).to.be.true;
        await openFirstTerm(el);
        expect(byRole(await tree(), 'button').filter((button) => button.expanded)).to.have.length(1);
      }
    });
  });

  describe('<source-list collapsed>', () => {
    it('is a collapsed disclosure named "Sources (14)" that expands to the list', async () => {
      const { el, tree } = await render('<source-list collapsed></source-list>', 'source-list');
      const [closed] = byRole(await tree(), 'DisclosureTriangle');
      expect(closed.name).to.equal(`Sources (${sources.length})`);
      expect(closed.expanded).to.equal(false);
      expect(byRole(await tree(), 'listitem')).to.have.length(0);
      deepQuery(el, 'summary')!.click();
      const root = await tree();
      expect(byRole(root, 'DisclosureTriangle')[0].expanded).to.equal(true);
      expect(byRole(root, 'listitem')).to.have.length(sources.length);
    });
  });

  describe('no element adds a page landmark (its review line is not the page footer)', () => {
    for (const state of everyState) {
      it(state.name, async () => {
        const { el, tree } = await render(state, state.tag);
        await state.prepare?.(el);
        const landmarks = all(await tree(), (node) => LANDMARKS.includes(node.role)).map((node) => node.role);
        expect(landmarks).to.deep.equal([]);
      });
    }
  });
});
