/**
 * Reflow (WCAG 1.4.10), 200 % zoom and 200 % text (1.4.4) and text spacing (1.4.12), on every
 * engine: every element in every state, in a frame that is its page's viewport.
 * - 320 CSS px wide: a 1280 px window at 400 % zoom.
 * - 640 CSS px wide with 32 px text: a 1280 px window at 200 % zoom, the reader's text size
 *   doubled on top (text-only zoom, iOS Larger Text).
 * - 320 CSS px with WCAG's text spacing (line height 1.5, paragraphs 2 em apart, letters 0.12 em,
 *   words 0.16 em), set on every element inside the shadow roots too.
 * Nothing may scroll sideways, stick out of the viewport or be cut off by its box.
 */
import { expect } from '@open-wc/testing';
import { captureWarnings } from '../support/console.js';
import { deepElements, deepQuery } from '../support/dom.js';
import { everyState, type TaggedState } from '../support/elements.js';
import { openFrame, type FrameFixture } from '../support/frames.js';
import { waitForTerm } from '../support/glossary-input.js';
import { placeState } from '../support/render.js';
import { settle } from '../support/settle.js';

const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

interface Viewport {
  readonly name: string;
  readonly width: number;
  readonly css?: string;
  readonly spacing?: boolean;
}

const viewports: readonly Viewport[] = [
  { name: '320 px (400 % zoom)', width: 320 },
  { name: '640 px with 32 px text (200 % zoom, text doubled)', width: 640, css: 'body { font-size: 32px }' },
  { name: '320 px with WCAG text spacing', width: 320, spacing: true },
];

/** Adds the text-spacing rules to the page and to every shadow root under it. */
function applyTextSpacing(frame: FrameFixture): void {
  const { document: doc, window: win } = frame;
  const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  for (const el of deepElements(doc)) {
    if (el.shadowRoot && !el.shadowRoot.adoptedStyleSheets.includes(sheet)) {
      el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
    }
  }
}

async function show(frame: FrameFixture, state: TaggedState, spacing: boolean): Promise<HTMLElement> {
  const doc = frame.document;
  doc.body.replaceChildren();
  const el = await placeState(state, { parent: doc.body });
  await frame.window.customElements.whenDefined(state.tag);
  await settle(doc.body);
  if (['her2-glossify', 'her2-article'].includes(state.tag)) await waitForTerm(el);
  // The reader's spacing is there before they open anything; again after, for new shadow roots.
  if (spacing) applyTextSpacing(frame);
  await state.prepare?.(el);
  await settle(doc.body);
  if (spacing) applyTextSpacing(frame);
  await new Promise((resolve) => frame.window.requestAnimationFrame(resolve));
  return el;
}

function label(el: Element): string {
  const part = el.getAttribute('part');
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${el.localName}${part ? ` part="${part}"` : ''}> "${text}"`;
}

/** Boxes that are not drawn, or drawn only for screen readers (the visually-hidden 1 px box). */
function isHiddenBox(el: Element, style: CSSStyleDeclaration): boolean {
  const { width, height } = el.getBoundingClientRect();
  return width === 0 || height === 0 || style.display === 'contents' || (style.clipPath !== 'none' && width <= 1);
}

/** What does not fit: boxes outside the viewport, content cut off by its box, text outside. */
function overflows(frame: FrameFixture, el: HTMLElement): string[] {
  const { window: win, document: doc } = frame;
  const width = doc.documentElement.clientWidth;
  const problems: string[] = [];
  if (doc.documentElement.scrollWidth > width) {
    const culprits = deepElements(doc).filter((node) => node.getBoundingClientRect().right > width + 0.5);
    problems.push(
      `the page scrolls sideways: ${doc.documentElement.scrollWidth} px wide in ${width} px (${culprits.map(label).join(', ')})`,
    );
  }
  for (const node of [el, ...deepElements(el)]) {
    const style = win.getComputedStyle(node);
    const box = node.getBoundingClientRect();
    if (isHiddenBox(node, style)) continue;
    if (box.left < -0.5 || box.right > width + 0.5) {
      problems.push(`${label(node)} spans ${Math.round(box.left)}…${Math.round(box.right)} px`);
    }
    const clips = /hidden|clip|auto|scroll/.test(`${style.overflowX} ${style.overflowY}`);
    if (clips && (node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1)) {
      problems.push(
        `${label(node)} cuts off its content (${node.scrollWidth}×${node.scrollHeight} in ${node.clientWidth}×${node.clientHeight})`,
      );
    }
    for (const child of node.shadowRoot ? [] : node.childNodes) {
      if (child.nodeType !== Node.TEXT_NODE || !child.textContent?.trim()) continue;
      const range = doc.createRange();
      range.selectNodeContents(child);
      for (const rect of range.getClientRects()) {
        if (rect.width > 0 && (rect.left < -0.5 || rect.right > width + 0.5)) {
          problems.push(
            `text "${child.textContent.trim().slice(0, 30)}" in ${label(node)} reaches ${Math.round(rect.right)} px`,
          );
        }
      }
    }
  }
  return [...new Set(problems)];
}

describe('reflow, zoom and text spacing: every element in every state, every engine', () => {
  captureWarnings();

  for (const viewport of viewports) {
    describe(viewport.name, () => {
      let frame: FrameFixture;

      before(async () => {
        frame = await openFrame('', { width: viewport.width, height: 640, css: viewport.css ?? '' });
      });

      after(() => {
        frame.frame.remove();
      });

      for (const state of everyState) {
        it(state.name, async () => {
          const el = await show(frame, state, viewport.spacing ?? false);
          expect(overflows(frame, el)).to.deep.equal([]);
          if (viewport.spacing) {
            const text = deepQuery(el, 'p, dd, li') ?? el;
            expect(frame.window.getComputedStyle(text).letterSpacing, 'the spacing reaches the text').not.to.equal(
              'normal',
            );
          }
        });
      }
    });
  }

  it('finds a box wider than the viewport and a box that cuts its text off (the check itself)', async () => {
    const frame = await openFrame(
      '<div id="wide" style="width: 400px">wide</div><p id="cut" style="overflow: hidden; height: 1em">one<br>two</p>',
      { width: 320, modules: [] },
    );
    try {
      const problems = overflows(frame, frame.document.body).join('\n');
      expect(problems).to.contain('scrolls sideways');
      expect(problems).to.contain('<div> "wide" spans');
      expect(problems).to.contain('<p> "onetwo" cuts off its content');
    } finally {
      frame.frame.remove();
    }
  });
});
