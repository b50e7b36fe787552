/**
 * Seeded fuzzing of every element: random, malformed and hostile values for each attribute and
 * host-settable property, set before the element is connected, between connecting and the first
 * render, and after it, sometimes several at once and sometimes with the element moved or
 * reconnected in between. Each case must end with no uncaught error, no script run, and the
 * element showing its content or its notice.
 *
 * A failure names its seed and case: set `seed` below to replay it.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { captureWarnings } from '../support/console.js';
import { deepElements, normalize } from '../support/dom.js';
import { elements, type HostileTargets, type Interaction } from '../support/elements.js';
import { enterQuery } from '../support/glossary-input.js';
import { settle } from '../support/settle.js';
import { HostileValues, pwnedFlag } from './hostile-values.js';

const seed = 0x5eed_2024;

type Her2Host = HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;

/** What the fuzz sets on an element and what it must show: its entry in test/support/elements.ts. */
type ElementSpec = HostileTargets;

function search(el: Her2Host, values: HostileValues): string {
  if (!el.shadowRoot?.querySelector('input[part="search"]')) return 'search (no box)';
  const query = values.string();
  enterQuery(el, query);
  return `search ${preview(query)}`;
}

function clickShowMore(el: Her2Host): string {
  el.shadowRoot?.querySelector<HTMLButtonElement>('[part="show-more"]')?.click();
  return 'show more';
}

function clickTerm(el: Her2Host): string {
  const term =
    el.localName === 'glossary-term' ? el : deepElements(el).find((node) => node.localName === 'glossary-term');
  term?.shadowRoot?.querySelector<HTMLButtonElement>('[part="term"]')?.click();
  return 'click the term';
}

function pressEscape(): string {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
  return 'Escape';
}

function clickElsewhere(): string {
  document.body.click();
  return 'click elsewhere';
}

function callClose(el: Her2Host): string {
  (el as unknown as { close(): void }).close();
  return 'close()';
}

function toggleDetails(el: Her2Host): string {
  const details = el.shadowRoot?.querySelector('details');
  if (details) details.open = !details.open;
  return 'toggle the disclosure';
}

/** What a reader does, by the names test/support/elements.ts gives each element's interactions. */
const interactions: Readonly<Record<Interaction, (el: Her2Host, values: HostileValues) => string>> = {
  search,
  'show more': clickShowMore,
  'click the term': clickTerm,
  Escape: pressEscape,
  'click elsewhere': clickElsewhere,
  'close()': callClose,
  'toggle the disclosure': toggleDetails,
};

/** Every element registered by src/define/all.ts must have an entry in test/support/elements.ts. */
const specs: Readonly<Record<string, ElementSpec>> = Object.fromEntries(
  elements.map(({ tag, hostile }) => [tag, hostile]),
);

/** The host's own words inside an inline element (`<glossary-term>`, `<her2-glossify>`). */
const hostSentence = 'HER2-positive cancers can be treated with TKIs, HER2 and ADCs.';

function preview(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === 'string' ? JSON.stringify(value) : typeof value === 'symbol' ? value.toString() : String(value);
  } catch {
    text = `(${typeof value} that cannot be converted)`;
  }
  return text.length > 50 ? `${text.slice(0, 50)}…(${text.length})` : text;
}

/** Changes one attribute or property of `el` to a random value and says what it did. */
function mutate(el: Her2Host, spec: ElementSpec, values: HostileValues): string {
  const roll = values.next();
  if (roll < 0.35 && spec.attributes.length) {
    const name = values.pick(spec.attributes);
    if (values.chance(0.15)) {
      el.removeAttribute(name);
      return `remove ${name}`;
    }
    const value = values.string();
    el.setAttribute(name, value);
    return `${name}=${preview(value)}`;
  }
  if (roll < 0.5 && spec.flags.length) {
    const name = values.pick(spec.flags);
    const value = values.chance(0.3) ? values.string() : '';
    if (values.chance(0.5)) el.setAttribute(name, value);
    else el.removeAttribute(name);
    return `${name} ${el.hasAttribute(name) ? 'on' : 'off'}`;
  }
  const name = values.pick(spec.properties);
  const value =
    name === 'extraTerms' && values.chance(0.7)
      ? values.hostTerms()
      : /hrefs/i.test(name) && values.chance(0.7)
        ? values.hrefsObject()
        : values.any();
  el[name] = value;
  return `.${name}=${preview(value)}`;
}

/**
 * Undefined once `el` and every element rendered inside it have finished updating; otherwise
 * what went wrong (an update that threw, or one that never ends).
 */
function settled(el: Element): Promise<string | undefined> {
  return settle(el).then(
    () => undefined,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

/** Elements that run script or fetch something; the widgets render none of them. */
const forbiddenTags = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'img',
  'image',
  'picture',
  'link',
  'meta',
  'base',
  'style',
  'template',
  'video',
  'audio',
  'source',
  'track',
]);

function protocolOf(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return 'relative';
  }
}

/** Markup that could run script or fetch something: what host text must never turn into. */
function injectedMarkup(el: Element): string | undefined {
  // The light DOM is included: the fuzz puts only text there, so any element in it was made by
  // the widget (`<her2-glossify>` makes terms).
  for (const node of deepElements(el)) {
    if (forbiddenTags.has(node.localName)) return `a <${node.localName}> in the shadow DOM`;
    for (const { name, value } of node.attributes) {
      if (name.startsWith('on')) return `an ${name} attribute on <${node.localName}>`;
      if (name === 'src' || name === 'srcdoc' || name === 'action' || name === 'formaction') {
        return `${name} on <${node.localName}>`;
      }
      if (name === 'href' || name === 'xlink:href') {
        if (value.startsWith('#') && node.localName !== 'a') continue;
        const protocol = protocolOf(value);
        if (node.localName !== 'a' || (protocol !== 'https:' && protocol !== 'http:')) {
          return `${name}="${value.slice(0, 60)}" on <${node.localName}>`;
        }
      }
    }
  }
  return undefined;
}

/** Undefined when `el` shows its content (or its notice, where the notice replaces it). */
function contentProblem(el: Her2Host, spec: ElementSpec): string | undefined {
  const root = el.shadowRoot;
  if (!root) return 'no shadow root';
  const notice = root.querySelector('[part="notice"]');
  if (notice && !normalize(notice.textContent) && !notice.getAttribute('title') && !notice.querySelector('slot')) {
    return 'an empty notice';
  }
  if (el.localName === 'glossary-term') {
    return root.querySelector('[part="term"], [part="notice"]') ? undefined : 'neither the term nor the notice';
  }
  if (el.localName === 'her2-glossify') return root.querySelector('slot') ? undefined : 'no slot for the host text';
  if (!root.querySelector('[part="card"]')) return 'no card';
  const text = normalize(root.textContent);
  if (spec.shows && text.includes(spec.shows)) return undefined;
  if (spec.showsInSpanish && text.includes(spec.showsInSpanish)) return undefined;
  if (spec.noticeReplacesContent && notice) return undefined;
  return `neither “${spec.shows}” nor the notice`;
}

function check(el: Her2Host, spec: ElementSpec, settled: string | undefined): string | undefined {
  return settled ?? injectedMarkup(el) ?? contentProblem(el, spec);
}

interface Failure {
  readonly caseId: string;
  readonly problem: string;
  readonly steps: readonly string[];
}

/** Runs `count` cases of `tag` in batches; returns what went wrong, if anything. */
async function fuzz(tag: string, spec: ElementSpec, count: number, tagSeed: number): Promise<Failure[]> {
  const values = new HostileValues(tagSeed);
  const failures: Failure[] = [];
  const batchSize = 20;
  const stage = document.createElement('div');
  const elsewhere = document.createElement('section');
  document.body.append(stage, elsewhere);
  try {
    for (let first = 0; first < count && failures.length < 5; first += batchSize) {
      const batch: Array<{ el: Her2Host; steps: string[]; caseId: string }> = [];
      for (let i = first; i < Math.min(count, first + batchSize); i += 1) {
        const el = document.createElement(tag) as Her2Host;
        const steps: string[] = [];
        if (spec.shows === undefined && values.chance(0.8)) {
          el.textContent = values.chance(0.7) ? hostSentence : values.string();
          steps.push(`text ${preview(el.textContent)}`);
        }
        for (let n = values.int(3); n > 0; n -= 1) steps.push(`before connecting: ${mutate(el, spec, values)}`);
        stage.append(el);
        for (let n = values.int(3); n > 0; n -= 1) steps.push(`before the first render: ${mutate(el, spec, values)}`);
        batch.push({ el, steps, caseId: `${tag} seed ${tagSeed} case ${i}` });
      }
      for (const { el, steps, caseId } of batch) {
        const problem = check(el, spec, await settled(el));
        if (problem) failures.push({ caseId, problem: `first render: ${problem}`, steps: [...steps] });
      }
      for (const { el, steps } of batch) {
        for (let n = 1 + values.int(3); n > 0; n -= 1) {
          const action = values.next();
          if (action < 0.15 && spec.interactions?.length) {
            steps.push(interactions[values.pick(spec.interactions)](el, values));
          } else if (action < 0.2) {
            el.remove();
            (values.chance(0.5) ? elsewhere : stage).append(el);
            steps.push('moved or reconnected');
          } else {
            steps.push(mutate(el, spec, values));
          }
          if (values.chance(0.3)) await settled(el);
        }
      }
      for (const { el, steps, caseId } of batch) {
        const problem = check(el, spec, await settled(el));
        if (problem) failures.push({ caseId, problem, steps: [...steps] });
      }
      stage.replaceChildren();
      elsewhere.replaceChildren();
    }
  } finally {
    stage.remove();
    elsewhere.remove();
  }
  return failures;
}

function describeFailures(failures: readonly Failure[]): string {
  return failures
    .map(({ caseId, problem, steps }) => `${caseId}: ${problem}\n    steps: ${steps.join(' · ')}`)
    .join('\n');
}

async function definedTags(): Promise<string[]> {
  const source = await (await fetch('/src/define/all.ts')).text();
  // The test server hands the file over compiled, its imports ending in .ts.
  return [...source.matchAll(/import ['"]\.\/([a-z0-9-]+)\.[jt]s['"]/g)].map((match) => match[1]);
}

describe('fuzzing every attribute and property with hostile values', function () {
  this.timeout(60_000);
  captureWarnings(); // thousands of expected warnings, kept out of the test log
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);

  beforeEach(() => {
    errors.length = 0;
    delete (window as unknown as Record<string, unknown>)[pwnedFlag];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('test/support/elements.ts has every element that src/define/all.ts registers', async () => {
    const tags = await definedTags();
    expect(tags.length).to.be.greaterThan(8);
    expect(tags.filter((tag) => !specs[tag])).to.deep.equal([]);
  });

  // A spec for an element that is not registered yet waits for it; the test above catches the reverse.
  const tags = Object.keys(specs).filter((tag) => customElements.get(tag));
  tags.forEach((tag, index) => {
    const spec = specs[tag];
    it(`<${tag}>: ${spec.cases} random cases, no error, no script, content or notice`, async () => {
      const failures = await fuzz(tag, spec, spec.cases, seed + index);
      // Payloads such as <img onerror> would run only after an image load fails.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(describeFailures(failures), 'cases that failed').to.equal('');
      expect(errors, 'uncaught errors').to.deep.equal([]);
      expect((window as unknown as Record<string, unknown>)[pwnedFlag], 'a payload ran').to.equal(undefined);
    });
  });
});

/** The bugs the fuzz found, pinned as plain cases: each threw before its fix. */
describe('host values that used to throw', () => {
  const warnings = captureWarnings();
  const throwingText = {
    toString(): string {
      throw new Error('hostile conversion');
    },
  };
  const stage = document.createElement('div');
  before(() => document.body.append(stage));
  after(() => stage.remove());
  afterEach(() => stage.replaceChildren());

  async function rendered(tag: string, props: Record<string, unknown>, text = hostSentence): Promise<Her2Host> {
    const el = document.createElement(tag) as Her2Host;
    el.textContent = text;
    Object.assign(el, props);
    stage.append(el);
    const problem = await settled(el);
    expect(problem, 'settling').to.equal(undefined);
    return el;
  }

  const notice = (el: Her2Host) => el.shadowRoot!.querySelector('[part="notice"]');

  it('a list, a number or an unconvertible object as <biomarker-glossary> terms gives the notice', async () => {
    for (const terms of [['her2', 'tki'], 42, Object.create(null), throwingText]) {
      const el = await rendered('biomarker-glossary', { terms });
      expect(normalize(notice(el)?.textContent)).to.include('Unknown terms');
    }
  });

  it('an unconvertible object or a symbol as <her2-therapy-card> type gives the notice', async () => {
    for (const type of [Object.create(null), throwingText, Symbol('adc')]) {
      const el = await rendered('her2-therapy-card', { type });
      expect(normalize(notice(el)?.textContent)).to.include('Unknown type');
    }
  });

  it('an unconvertible object as <glossary-term> term leaves the host text plain', async () => {
    const el = await rendered('glossary-term', { term: throwingText });
    expect(el.shadowRoot!.querySelector('[part="term"]')).to.equal(null);
    expect(notice(el)?.getAttribute('title')).to.include('Unknown term');
  });

  it('host terms behind throwing getters or a revoked proxy are refused; the valid ones still show', async () => {
    const revocable = Proxy.revocable([], {});
    revocable.revoke();
    const valid = { id: 'care-team', term: 'care team', definition: 'A definition given by the host page.' };
    const hostile = {
      get id(): string {
        throw new Error('hostile getter');
      },
      term: 'T',
      definition: 'D',
    };
    const glossary = await rendered('biomarker-glossary', { extraTerms: [hostile, valid] });
    expect(normalize(glossary.shadowRoot!.textContent)).to.include('care team');
    expect(notice(glossary)).not.to.equal(null);
    const withProxy = await rendered('biomarker-glossary', { extraTerms: revocable.proxy });
    expect(notice(withProxy)).not.to.equal(null);
    const term = await rendered('glossary-term', { term: 'care-team', extraTerms: [hostile, valid] });
    expect(term.shadowRoot!.querySelector('[part="term"]')).not.to.equal(null);
    expect(warnings.calls.length).to.be.greaterThan(0);
  });

  it('a symbol or unconvertible object as theme or link-target is not passed on to nested elements', async () => {
    const article = await rendered('her2-article', { theme: Symbol('dark'), linkTarget: throwingText });
    const sources = deepElements(article).find((node) => node.localName === 'source-list') as Her2Host;
    expect(sources.getAttribute('theme')).to.equal('light');
    expect(normalize(notice(sources)?.textContent)).to.include('Unknown link-target');
    const overview = await rendered('her2-therapy-overview', { theme: Object.create(null) });
    const cards = deepElements(overview).filter((node) => node.localName === 'her2-therapy-card');
    expect(cards.map((card) => card.getAttribute('theme'))).to.deep.equal(['light', 'light', 'light']);
  });
});
