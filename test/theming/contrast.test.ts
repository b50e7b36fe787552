import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { applyForcedColors, backdropOf, contrastRatio, parseColor, systemColor } from '../support/colors.js';
import { captureWarnings } from '../support/console.js';
import { deepElements, deepQueryAll, isShadowRoot, styleOf } from '../support/dom.js';
import { blockPartStates, noticeStates, stateNamed, termStates, type TaggedState } from '../support/elements.js';
import { cleanUp, renderState } from '../support/render.js';

const textMinimum = 4.5; // WCAG 1.4.3, normal-size text
const uiMinimum = 3; // WCAG 1.4.11 and the focus indicator

const style = (node: Element) => styleOf(node);

const cases: readonly TaggedState[] = [
  ...blockPartStates,
  ...noticeStates,
  termStates[0],
  stateNamed('<source-list collapsed> closed'),
];

/** A host page in the theme's colours: an inline term's focus ring sits on the page, not on a card. */
function page(theme: string): HTMLElement {
  const div = document.body.appendChild(document.createElement('div'));
  div.style.background = theme === 'dark' ? '#0d1117' : '#ffffff';
  div.style.color = theme === 'dark' ? '#e6edf3' : '#1f2328';
  return div;
}

/** Shadow-tree elements with text of their own that a sighted reader sees. */
function textElements(el: Element): Element[] {
  return deepElements(el).filter((node) => {
    if (!isShadowRoot(node.getRootNode())) return false; // the host's own text
    const ownText = [...node.childNodes].some(
      (child) => child.nodeType === Node.TEXT_NODE && child.textContent?.trim(),
    );
    if (!ownText || !node.checkVisibility()) return false;
    const box = node.getBoundingClientRect();
    return box.width > 1 && box.height > 1 && style(node).clipPath === 'none';
  });
}

function ratio(foreground: string, node: Element): number {
  const back = backdropOf(node);
  const fore = parseColor(foreground);
  return contrastRatio(fore[3] === 1 ? fore : [fore[0], fore[1], fore[2], 1], back);
}

function label(node: Element): string {
  return `<${node.localName} class="${node.getAttribute('class') ?? ''}"> “${(node.textContent ?? '').trim().slice(0, 40)}”`;
}

describe('theming: contrast of the default themes', () => {
  captureWarnings();
  let host: HTMLElement | undefined;
  afterEach(() => cleanUp(host));

  for (const theme of ['light', 'dark']) {
    describe(`theme="${theme}"`, () => {
      for (const item of cases) {
        it(`${item.name}: every text at least ${textMinimum}:1 on what is behind it`, async () => {
          host = page(theme);
          const el = await renderState(item, { parent: host, theme });
          const texts = textElements(el);
          expect(texts.length).to.be.greaterThan(0);
          for (const node of texts) {
            expect(ratio(style(node).color, node), label(node)).to.be.at.least(textMinimum);
          }
        });

        it(`${item.name}: borders, controls and the focus ring at least ${uiMinimum}:1`, async () => {
          host = page(theme);
          const el = await renderState(item, { parent: host, theme });
          for (const box of deepQueryAll(el, '[part~="card"], [part~="popover"]')) {
            if (style(box).borderTopStyle === 'none') continue;
            const surface = backdropOf(box);
            expect(
              contrastRatio(parseColor(style(box).borderTopColor), surface),
              `${label(box)} border`,
            ).to.be.at.least(uiMinimum);
          }
          for (const control of deepQueryAll(el, 'a[href], button, input, summary')) {
            control.focus();
            const around = control.parentElement ?? control;
            expect(ratio(style(control).outlineColor, around), `${label(control)} focus ring`).to.be.at.least(
              uiMinimum,
            );
            control.blur();
          }
          for (const input of deepQueryAll(el, 'input')) {
            expect(ratio(style(input).borderTopColor, input.parentElement!), 'search box border').to.be.at.least(
              uiMinimum,
            );
            expect(ratio(style(input).color, input), 'search box text').to.be.at.least(textMinimum);
          }
        });
      }

      it('the named pairs: text, muted, link, notice, highlight, button, definition', async () => {
        host = page(theme);
        const glossary = await renderState(
          blockPartStates.find((item) => item.tag === 'biomarker-glossary')!,
          { parent: host, theme },
        );
        const card = deepQueryAll(glossary, '[part~="card"]')[0];
        const pairs: Array<[string, Element, number]> = [
          ['text on surface', card, textMinimum],
          ['muted on surface', deepQueryAll(glossary, '[part~="footer"]')[0], textMinimum],
          ['link on surface', deepQueryAll(glossary, 'a[href]')[0], textMinimum],
          ['highlighted match', deepQueryAll(glossary, 'mark')[0], textMinimum],
          ['button text on accent', deepQueryAll(glossary, '[part~="show-more"]')[0], textMinimum],
        ];
        const notice = await renderState(noticeStates[0], { parent: host, theme });
        pairs.push(['notice', deepQueryAll(notice, '[part~="notice"]')[0], textMinimum]);
        const term = await renderState(termStates[0], { parent: host, theme });
        pairs.push(['definition', deepQueryAll(term, '[part~="popover"]')[0], textMinimum]);
        for (const [name, node, minimum] of pairs) {
          expect(node, name).to.exist;
          expect(ratio(style(node).color, node), name).to.be.at.least(minimum);
        }
        const button = deepQueryAll(glossary, '[part~="show-more"]')[0];
        expect(ratio(style(button).backgroundColor, card), 'button against the surface').to.be.at.least(uiMinimum);
      });
    });
  }

  it('the highlight is measured with a match on screen', async () => {
    host = document.body.appendChild(document.createElement('div'));
    const el = await renderState(stateNamed('<biomarker-glossary> search with results'), { parent: host });
    expect(deepQueryAll(el, 'mark').length).to.be.greaterThan(0);
    for (const mark of deepQueryAll(el, 'mark')) expect(ratio(style(mark).color, mark)).to.be.at.least(textMinimum);
  });
});

/**
 * The test browser cannot switch forced colours on, so the elements' own
 * `@media (forced-colors: active)` rules are applied as they are, without the condition,
 * and the system colours they name must reach the nodes.
 */
describe('theming: forced colours (Windows high contrast)', () => {
  captureWarnings();
  let host: HTMLElement | undefined;
  afterEach(() => cleanUp(host));

  /** The forced-colors rules of `el` and of the elements nested in it, applied. */
  function applyForcedColorRules(el: Element): number {
    return [el, ...deepElements(el)]
      .filter((node) => node.shadowRoot)
      .reduce((count, node) => count + applyForcedColors(node), 0);
  }

  for (const item of [...blockPartStates, ...noticeStates, termStates[0]]) {
    it(`${item.name} uses system colours for borders, links, controls and highlights`, async () => {
      host = document.body.appendChild(document.createElement('div'));
      const el = await renderState(item, { parent: host });
      expect(applyForcedColorRules(el), 'forced-colors rules').to.be.greaterThan(0);
      const canvasText = systemColor('CanvasText');
      for (const box of deepQueryAll(el, '[part~="card"], [part~="popover"], [part~="notice"], .footer')) {
        if (style(box).borderTopStyle !== 'none') expect(style(box).borderTopColor, label(box)).to.equal(canvasText);
      }
      for (const link of deepQueryAll(el, 'a[href], button[part~="term"]')) {
        expect(style(link).color, label(link)).to.equal(systemColor('LinkText'));
      }
      for (const control of deepQueryAll(el, 'input, [part~="show-more"]')) {
        expect(style(control).borderTopColor, label(control)).to.equal(systemColor('ButtonText'));
      }
      for (const mark of deepQueryAll(el, 'mark')) {
        expect(style(mark).backgroundColor).to.equal(systemColor('Highlight'));
      }
      const control = deepQueryAll(el, 'a[href], button, input, summary')[0];
      if (control) {
        control.focus();
        expect(style(control).outlineColor, 'focus ring').to.equal(systemColor('Highlight'));
      }
    });
  }
});
