/**
 * Small helpers shared by the browser tests: rendering an element inside a wrapper, reading
 * its shadow DOM, capturing console.warn without sinon, and recording the events that reach
 * the document.
 */
import { elementUpdated, expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia as emulateMediaByProtocol } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import type { TemplateResult } from 'lit';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/**
 * Renders `template`, a wrapper (a themed or `lang` ancestor) around one `tag` element, and
 * resolves with that element once it has rendered. `fixture()` would wait for an animation
 * frame before returning a plain wrapper, and a test page in a background tab may never get one.
 */
export async function fixtureWrapped<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  template: TemplateResult,
): Promise<HTMLElementTagNameMap[K]> {
  const el = fixtureSync<HTMLElement>(template).querySelector(tag);
  if (!el) throw new Error(`the template has no <${tag}>`);
  return elementUpdated(el);
}

/** Every text of `english` replaced by `translate(text)`: a stand-in for a reviewed translation. */
export function translatedCopy(english: unknown, translate: (text: string) => string): unknown {
  if (typeof english === 'string') return translate(english);
  if (Array.isArray(english)) return english.map((item) => translatedCopy(item, translate));
  if (english && typeof english === 'object') {
    return Object.fromEntries(Object.entries(english).map(([key, value]) => [key, translatedCopy(value, translate)]));
  }
  return english;
}

/** White space collapsed, so assertions do not depend on template indentation. */
export function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** The text of the shadow root, or of the first node in it matching `selector`. */
export function shadowText(el: Element, selector?: string): string {
  const node = selector ? root(el).querySelector(selector) : root(el);
  return normalize(node?.textContent);
}

export function shadowQuery<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  return root(el).querySelector<T>(selector);
}

export function shadowQueryAll<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...root(el).querySelectorAll<T>(selector)];
}

/** Tag names of the shadow root's headings, in document order: `['h3', 'h4', …]`. */
export function headingTags(el: Element): string[] {
  return shadowQueryAll(el, 'h1, h2, h3, h4, h5, h6').map((heading) => heading.localName);
}

export function backgroundOf(el: Element, selector = '[part="card"]'): string {
  const node = shadowQuery(el, selector);
  if (!node) throw new Error(`no ${selector} in <${el.localName}>`);
  return getComputedStyle(node).backgroundColor;
}

export interface WarnCapture {
  /** The arguments of each console.warn call made during the current test. */
  readonly calls: unknown[][];
  /** Each call's arguments joined as one string. */
  readonly messages: string[];
}

/**
 * Replaces console.warn for every test of the enclosing `describe` and restores it after each,
 * so a failing assertion never leaves the stub in place.
 */
export function captureWarnings(): WarnCapture {
  const calls: unknown[][] = [];
  let original: typeof console.warn | undefined;
  beforeEach(() => {
    calls.length = 0;
    original = console.warn;
    console.warn = (...args: unknown[]) => {
      calls.push(args);
    };
  });
  afterEach(() => {
    if (original) console.warn = original;
    original = undefined;
  });
  return {
    calls,
    get messages() {
      return calls.map((args) => args.map(String).join(' '));
    },
  };
}

/**
 * Records every `type` event that reaches `document` during each test of the enclosing
 * `describe`: reaching the document from an element's shadow DOM proves it bubbles.
 */
export function recordEvents<T = unknown>(type: string): CustomEvent<T>[] {
  const events: CustomEvent<T>[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent<T>);
  beforeEach(() => {
    events.length = 0;
    document.addEventListener(type, listener);
  });
  afterEach(() => {
    document.removeEventListener(type, listener);
  });
  return events;
}

/** The focused element, followed down through open shadow roots to the node that has focus. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * An empty `<div>` with these attributes, to pass as a fixture's `parentNode` (the fixture is
 * its first element child). A fixture whose root is a plain `<div>` waits for an animation
 * frame, and frames pause while the test page is in a background tab (several test files run at
 * once); a fixture rooted at the element itself waits only for the element's own update.
 */
export function container(attributes: Record<string, string>): HTMLDivElement {
  const div = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) div.setAttribute(name, value);
  return div;
}

/** A `<style>` element with this CSS text, e.g. to style `::part()`s from the test page. */
export function styleElement(cssText: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = cssText;
  return style;
}

/** Puts a button just before and just after `el`, to follow Tab into, through and out of it. */
export function betweenButtons(el: Element): { before: HTMLButtonElement; after: HTMLButtonElement } {
  const before = Object.assign(document.createElement('button'), { textContent: 'before' });
  const after = Object.assign(document.createElement('button'), { textContent: 'after' });
  el.before(before);
  el.after(after);
  return { before, after };
}

/**
 * The text a reader sees in `node`, following shadow roots and slots in rendering order and
 * leaving out what is not rendered (closed popovers, hidden parts). Block boxes are set apart
 * by a space; inline ones run on, as they read.
 */
export function visibleText(node: Node): string {
  const pieces: string[] = [];
  const walk = (current: Node): void => {
    if (current instanceof Text) {
      pieces.push(current.data);
      return;
    }
    if (!(current instanceof Element)) {
      current.childNodes.forEach(walk);
      return;
    }
    if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(current.tagName)) return;
    if (current instanceof HTMLSlotElement) {
      // A slot has no box of its own (display: contents), so it is never "visible" itself.
      const assigned = current.assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...current.childNodes]).forEach(walk);
      return;
    }
    if (!current.checkVisibility()) return;
    const display = getComputedStyle(current).display;
    const block = !display.startsWith('inline') && display !== 'contents';
    if (block) pieces.push(' ');
    (current.shadowRoot ?? current).childNodes.forEach(walk);
    if (block) pieces.push(' ');
  };
  walk(node);
  return normalize(pieces.join(''));
}

/* ---- Issue 6: every engine (Chromium, Firefox ESR, WebKitGTK) and a full accessibility audit ---- */

/** The axe rule tags of WCAG 2.0, 2.1 and 2.2 levels A and AA: what `expectAccessible` checks. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe over `node` (and the shadow trees inside it) with the WCAG 2.0/2.1/2.2 A and AA rules
 * only, and fails with every violation listed: rule, help, target and axe's own summary.
 * `.to.be.accessible()` runs axe's defaults (best practices too) and takes no `runOnly`.
 */
export async function expectAccessible(node: Element, label = `<${node.localName}>`): Promise<void> {
  // @ts-expect-error a script that sets window.axe, without types of its own
  if (!window.axe) await import('axe-core/axe.min.js');
  const results = await window.axe.run(node, {
    runOnly: { type: 'tag', values: WCAG_AA_TAGS },
    resultTypes: ['violations'],
  });
  const report = results.violations.flatMap((violation) => [
    `${violation.id} (${violation.impact}): ${violation.help}`,
    ...violation.nodes.map((hit) => `  at ${JSON.stringify(hit.target)}: ${hit.failureSummary ?? ''}`),
  ]);
  if (report.length)
    throw new Error(`${label}: ${results.violations.length} WCAG A/AA violation(s)\n${report.join('\n')}`);
}

type MediaOverrides = Parameters<typeof emulateMediaByProtocol>[0];

const emulated: { media?: string; features: Record<string, string> } = { features: {} };
const ALWAYS = '(min-width: 0px)';
const NEVER = '(not (min-width: 0px))';
const FEATURE = /\(\s*(prefers-color-scheme|prefers-reduced-motion|forced-colors)\s*(?::\s*([a-z-]+)\s*)?\)/gi;
const MEDIA_TYPE = /^(only\s+|not\s+)?(screen|print)\b/i;

/** One media query (no commas) with the emulated features and media type made constant. */
function emulateQuery(query: string): string {
  let text = query.trim().replace(FEATURE, (match, name: string, value: string | undefined) => {
    const wanted = emulated.features[name.toLowerCase()];
    if (wanted === undefined) return match;
    const matches = value === undefined ? !['no-preference', 'none'].includes(wanted) : value.toLowerCase() === wanted;
    return matches ? ALWAYS : NEVER;
  });
  const type = MEDIA_TYPE.exec(text);
  if (type && emulated.media) {
    const negated = /^not/i.test(type[1] ?? '');
    if (type[2].toLowerCase() === emulated.media) text = `${negated ? 'not ' : ''}all${text.slice(type[0].length)}`;
    else text = negated ? 'all' : 'not all';
  }
  return text;
}

/**
 * The rules of `sheet`'s `@media` blocks that hold under emulation but not for real, as CSS text.
 * A block that holds for real but not under emulation cannot be switched off this way: that
 * throws, rather than letting a test pass on a state it did not reach.
 */
function emulatedRulesOf(sheet: CSSStyleSheet): string {
  const found: string[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) {
        const real = matchMedia(rule.media.mediaText).matches;
        const wanted = matchMedia(rule.media.mediaText.split(',').map(emulateQuery).join(', ')).matches;
        if (real && !wanted) throw new Error(`emulateMedia cannot switch off "@media ${rule.media.mediaText}" here`);
        if (wanted && !real) found.push(...[...rule.cssRules].map((inner) => inner.cssText));
      } else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
    }
  };
  try {
    walk(sheet.cssRules);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'SecurityError') return ''; // cross-origin
    throw error;
  }
  return found.join('\n');
}

/** Sheets this emulation added, and for each sheet of a page or component, its added sheet. */
const addedSheets = new WeakSet<CSSStyleSheet>();
const addedFor = new WeakMap<CSSStyleSheet, { key: string; sheet: CSSStyleSheet | null }>();
const emulatedRoots = new Set<Document | ShadowRoot>();
let realAdopted: PropertyDescriptor | undefined;

function addedSheetFor(sheet: CSSStyleSheet): CSSStyleSheet | null {
  const key = JSON.stringify(emulated);
  const cached = addedFor.get(sheet);
  if (cached?.key === key) return cached.sheet;
  const text = emulatedRulesOf(sheet);
  let added: CSSStyleSheet | null = null;
  if (text) {
    added = new CSSStyleSheet();
    added.replaceSync(text); // before any root adopts it
    addedSheets.add(added);
  }
  addedFor.set(sheet, { key, sheet: added });
  return added;
}

/** `sheets` without the sheets emulation added before, then, after each sheet, what it adds now. */
function withEmulatedRules(sheets: readonly CSSStyleSheet[], extra: readonly CSSStyleSheet[] = []): CSSStyleSheet[] {
  const own = sheets.filter((sheet) => !addedSheets.has(sheet));
  const added = [...own, ...extra].map(addedSheetFor).filter((sheet): sheet is CSSStyleSheet => sheet !== null);
  return [...own, ...added];
}

function adoptedOf(root: Document | ShadowRoot): CSSStyleSheet[] {
  return root instanceof Document ? root.adoptedStyleSheets : (realAdopted!.get!.call(root) as CSSStyleSheet[]);
}

function emulateRoot(root: Document | ShadowRoot): void {
  const current = adoptedOf(root);
  // A document's <style> sheets cannot be given sheets of their own: their rules go last.
  const next = withEmulatedRules(current, root instanceof Document ? [...root.styleSheets] : []);
  if (next.length !== current.length || next.some((sheet, i) => sheet !== current[i])) {
    if (root instanceof Document) root.adoptedStyleSheets = next;
    else realAdopted!.set!.call(root, next);
  }
  emulatedRoots.add(root);
}

function shadowRoots(root: Document | ShadowRoot, found: ShadowRoot[] = []): ShadowRoot[] {
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      found.push(el.shadowRoot);
      shadowRoots(el.shadowRoot, found);
    }
  }
  return found;
}

/** Shadow roots that adopt sheets later (a new element, a re-render) get the emulated rules too. */
function emulateFutureRoots(): void {
  realAdopted = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets');
  if (!realAdopted?.set || !realAdopted.get) throw new Error('this engine has no ShadowRoot.adoptedStyleSheets');
  const { set } = realAdopted;
  Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
    ...realAdopted,
    set(this: ShadowRoot, sheets: CSSStyleSheet[]) {
      set.call(this, withEmulatedRules(sheets));
      emulatedRoots.add(this);
    },
  });
}

function emulateInPage(overrides: MediaOverrides): void {
  if (overrides.media) emulated.media = overrides.media;
  const { colorScheme, reducedMotion, forcedColors } = overrides;
  // Like the protocol (CDP Emulation.setEmulatedMedia): features given together replace the last set.
  if (colorScheme || reducedMotion || forcedColors) {
    emulated.features = {};
    if (colorScheme) emulated.features['prefers-color-scheme'] = colorScheme;
    if (reducedMotion) emulated.features['prefers-reduced-motion'] = reducedMotion;
    if (forcedColors) emulated.features['forced-colors'] = forcedColors;
  }
  if (!realAdopted) emulateFutureRoots();
  for (const root of new Set([...emulatedRoots, document, ...shadowRoots(document)])) emulateRoot(root);
}

/**
 * `emulateMedia` of @web/test-runner-commands on every engine. Chromium emulates through CDP.
 * Firefox ESR 153 cannot over WebDriver BiDi (emulation.setMediaFeaturesOverride arrives in
 * Firefox 159: https://bugzilla.mozilla.org/show_bug.cgi?id=2064354) and WebKitGTK's WebDriver
 * has no emulation at all, so there the rules of each `@media` block that would hold under the
 * emulated media (`prefers-color-scheme: dark`, `print`…) are added, in a sheet of their own
 * after the sheet they come from, to the document and to every shadow root, including those
 * that adopt sheets later; the next call takes them away again. The component's own sheets are
 * never changed: WebKitGTK 2.50's web process crashed, now and then, when the media text of
 * sheets that many shadow roots had adopted was rewritten instead.
 */
export async function emulateMedia(overrides: MediaOverrides): Promise<void> {
  if (/\bChrome\//.test(navigator.userAgent)) {
    await emulateMediaByProtocol(overrides);
    return;
  }
  emulateInPage(overrides);
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

export interface FrameFixture {
  frame: HTMLIFrameElement;
  window: Window;
  document: Document;
  /** Resizes the frame, which is the viewport of the page inside it, and waits for a frame. */
  resize(width: number, height?: number): Promise<void>;
}

async function settled(root: Document | ShadowRoot): Promise<void> {
  for (const el of root.querySelectorAll('*')) {
    if (el.localName.includes('-')) await el.ownerDocument.defaultView!.customElements.whenDefined(el.localName);
    const update = (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    if (update) await update;
    if (el.shadowRoot) await settled(el.shadowRoot);
  }
}

/**
 * `markup` as the body of a page of its own, inside an iframe `width` × `height` CSS pixels: a
 * real viewport of that size (media queries, `vw`, scrolling) on every engine, at sizes the
 * browser window itself cannot take (WebKitGTK's MiniBrowser window is never narrower than
 * about 450 px). The page loads `modules` (the elements' registering entries) from the test
 * server and `css` after its base style. The frame goes into `container` (default: the body);
 * remove it with `frame.remove()`. `frameFixture` is the same, removed after the test.
 */
export async function openFrame(
  markup: string,
  { width = 320, height = 640, modules = ['/src/define/all.ts'], css = '' } = {},
  container: Element = document.body,
): Promise<FrameFixture> {
  const frame = document.createElement('iframe');
  frame.title = 'test viewport';
  frame.style.cssText = `display: block; border: 0; width: ${width}px; height: ${height}px`;
  frame.srcdoc = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1"><title>viewport</title>',
    `<style>body { margin: 8px; font: 16px/1.5 sans-serif } ${css}</style>`,
    ...modules.map((src) => `<script type="module" src="${src}"></script>`),
    `</head><body>${markup}</body></html>`,
  ].join('');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  container.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  await settled(doc);
  const nextFrame = () => new Promise((resolve) => win.requestAnimationFrame(resolve));
  await nextFrame();
  return {
    frame,
    window: win,
    document: doc,
    async resize(newWidth: number, newHeight = height) {
      frame.style.width = `${newWidth}px`;
      frame.style.height = `${newHeight}px`;
      await nextFrame();
      await settled(doc);
    },
  };
}

export function frameFixture(markup: string, options: Parameters<typeof openFrame>[1] = {}): Promise<FrameFixture> {
  return openFrame(markup, options, fixtureSync(html`<div></div>`));
}

/** Every element under `root`, through open shadow roots, in tree order. */
export function deepElements(root: Element | Document | ShadowRoot): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | Document | ShadowRoot) => {
    for (const child of node.children) {
      found.push(child);
      walk(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(root);
  return found;
}

/* ---- Issue 10: pictures ---- */

/**
 * What assistive technology announces for a `role="img"` node: the text of the nodes its
 * `aria-labelledby` and `aria-describedby` name, looked up in its own tree (document or shadow root).
 */
export function textAlternative(img: Element): { name: string; description: string } {
  const root = img.getRootNode() as Document | ShadowRoot;
  const read = (attribute: string) =>
    normalize(
      (img.getAttribute(attribute) ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => root.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
  return { name: read('aria-labelledby'), description: read('aria-describedby') };
}

/**
 * Applies the `@media (forced-colors: active)` rules of `el`'s shadow root without their
 * condition, as Windows high contrast would (no test browser can switch forced colours on).
 * Returns how many rules it applied.
 */
export function applyForcedColors(el: Element): number {
  const root = el.shadowRoot;
  if (!root) throw new Error(`<${el.localName}> has no shadow root`);
  const rules = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter(
      (rule): rule is CSSMediaRule =>
        rule instanceof CSSMediaRule && /forced-colors:\s*active/.test(rule.conditionText),
    )
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return rules.length;
}

/** A CSS colour (a system colour such as `CanvasText`) as the browser computes it: `rgb(…)`. */
export function systemColor(color: string): string {
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.color = color;
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return computed;
}

/**
 * Declares one test per heading-level case for `tag`, an element with one heading of its own:
 * h3 by default or for a value that is not a number, clamped to h2..h6.
 */
export function itGivesHeadingLevels(tag: string): void {
  const cases: Array<[string | undefined, string]> = [
    [undefined, 'h3'],
    ['5', 'h5'],
    ['99', 'h6'],
    ['1', 'h2'],
    ['abc', 'h3'],
  ];
  for (const [level, expected] of cases) {
    it(`heading-level=${level === undefined ? '(none)' : `"${level}"`} gives ${expected}`, async () => {
      const attribute = level === undefined ? '' : ` heading-level="${level}"`;
      const el = await fixture(`<${tag}${attribute}></${tag}>`);
      expect(headingTags(el)).to.deep.equal([expected]);
    });
  }
}

/** The seed article's paragraphs: its non-empty lines, numbered from 1 as content items cite them. */
export async function seedParagraphs(): Promise<string[]> {
  const text = await (await fetch('/test/fixtures/seed-article.txt')).text();
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*•\s*/, '').trim())
    .filter(Boolean);
}
