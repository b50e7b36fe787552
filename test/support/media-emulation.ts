/**
 * `emulateMedia` of @web/test-runner-commands on every engine: colour scheme, reduced motion,
 * forced colours and the print media type.
 */
import { emulateMedia as emulateMediaByProtocol } from '@web/test-runner-commands';

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
  if (/\b(Headless)?Chrome\//.test(navigator.userAgent)) {
    await emulateMediaByProtocol(overrides);
    return;
  }
  emulateInPage(overrides);
  await new Promise((resolve) => requestAnimationFrame(resolve));
}
