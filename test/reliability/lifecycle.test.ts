/**
 * The life cycle of every element as a host page drives it: properties set before the element is
 * defined, attributes changed after it rendered, removal and reinsertion, moves between
 * containers, and thousands of create/attach/remove cycles that must leave no listener behind.
 *
 * Nothing registers the elements until the first `before` hook: it sets properties on elements
 * that are not upgraded yet, then imports the define entries.
 */
import { expect } from '@open-wc/testing';
import { captureWarnings } from '../support/console.js';
import { deepElements, normalize } from '../support/dom.js';
import { enterQuery, typeInGlossary } from '../support/glossary-input.js';
import { settle } from '../support/settle.js';

type Updating = HTMLElement & { updateComplete: Promise<boolean> };
type Props = Record<string, unknown>;

const hostTerm = { id: 'care-team', term: 'care team', definition: 'A definition given by the host page.' };
const hrefs = { biomarkers: 'https://example.org/biomarkers' };

const stage = document.createElement('div');
document.body.append(stage);

function create(tag: string, attributes: Record<string, string> = {}, props: Props = {}, text?: string): Updating {
  const el = document.createElement(tag) as Updating;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, props);
  if (text) el.textContent = text;
  return el;
}

async function attached(el: Updating, parent: Element = stage): Promise<Updating> {
  parent.append(el);
  await settle(el);
  return el;
}

const query = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const queryAll = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (el: Element, selector: string) => normalize(query(el, selector)?.textContent);
const headingTag = (el: Element) => query(el, '[part="heading"]')?.localName;
const hasFooter = (el: Element) => Boolean(query(el, '[part="footer"]'));
const cardTheme = (el: Element) => query(el, '[part="card"]')?.className ?? '';
const terms = (el: Element) => queryAll(el, 'dt[part="term"]').map((dt) => normalize(dt.textContent));

function pressEscape(): void {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
}

/** Elements made and given properties while their tags were not defined yet. */
const early: Record<string, Updating> = {};

before(async () => {
  expect(customElements.get('her2-therapy-card'), 'nothing is defined before this hook').to.equal(undefined);
  const specs: Array<[string, Props, string?]> = [
    ['her2-therapy-card', { type: 'tki', headingLevel: 5, theme: 'dark', noFooter: true }],
    ['biomarker-glossary', { extraTerms: [hostTerm], terms: 'care-team her2', noSearch: true }],
    ['source-list', { collapsed: true, linkTarget: '_blank' }],
    ['related-reading', { hrefs, linkTarget: '_top' }],
    ['glossary-term', { term: 'tki', open: true }, 'TKIs'],
    ['her2-glossify', { terms: 'her2', every: true }, 'HER2 and TKIs, then HER2 again.'],
    ['her2-article', { relatedHrefs: hrefs, headingLevel: 4, linkTarget: '_blank' }],
    ['her2-status-explainer', { headingLevel: 6, noFooter: true }],
    ['her2-therapy-overview', { headingLevel: 6, theme: 'dark' }],
    ['treatment-decisions', { headingLevel: 2, noFooter: true }],
  ];
  for (const [tag, props, content] of specs) {
    early[tag] = create(tag, {}, props, content);
    stage.append(early[tag]);
  }
  await import('../../src/define/all.js');
  for (const el of Object.values(early)) await settle(el);
});

after(() => stage.remove());

describe('properties set before the element is defined survive its upgrade', () => {
  it('<her2-therapy-card>: type, headingLevel, theme, noFooter', () => {
    const el = early['her2-therapy-card'];
    expect(text(el, 'h5')).to.equal('Tyrosine kinase inhibitors (TKIs)');
    expect(cardTheme(el)).to.include('theme-dark');
    expect(hasFooter(el)).to.be.false;
  });

  it('<biomarker-glossary>: extraTerms, terms, noSearch', () => {
    const el = early['biomarker-glossary'];
    expect(terms(el)).to.deep.equal(['care team', 'HER2']);
    expect(query(el, 'input')).to.equal(null);
  });

  it('<source-list>: collapsed, linkTarget', () => {
    const el = early['source-list'];
    expect(Boolean(query(el, 'details'))).to.be.true;
    const targets = queryAll(el, 'a').map((a) => a.getAttribute('target'));
    expect(targets.length).to.be.greaterThan(0);
    expect(new Set(targets)).to.deep.equal(new Set(['_blank']));
  });

  it('<related-reading>: hrefs, linkTarget', () => {
    const link = query(early['related-reading'], 'a[part="link"]') as HTMLAnchorElement;
    expect(link.href).to.equal(hrefs.biomarkers);
    expect(link.target).to.equal('_top');
  });

  it('<glossary-term>: term, open', () => {
    const el = early['glossary-term'] as Updating & { open: boolean };
    expect(el.open).to.be.true;
    expect(el.hasAttribute('open')).to.be.true;
    expect(text(el, '[part="popover"]')).to.include('tyrosine kinase');
    el.removeAttribute('open');
  });

  it('<her2-glossify>: terms, every', () => {
    const found = [...early['her2-glossify'].querySelectorAll('glossary-term')].map((term) =>
      term.getAttribute('term'),
    );
    expect(found).to.deep.equal(['her2', 'her2']);
  });

  it('<her2-article>: relatedHrefs, headingLevel, linkTarget', () => {
    const el = early['her2-article'];
    expect(headingTag(el)).to.equal('h4');
    const reading = deepElements(el.shadowRoot!).find((node) => node.localName === 'related-reading')!;
    const link = query(reading, 'a[part="link"]') as HTMLAnchorElement;
    expect(link.href).to.equal(hrefs.biomarkers);
    expect(link.target).to.equal('_blank');
  });

  it('<her2-status-explainer>, <her2-therapy-overview>, <treatment-decisions>: headingLevel, theme, noFooter', () => {
    expect(headingTag(early['her2-status-explainer'])).to.equal('h6');
    expect(hasFooter(early['her2-status-explainer'])).to.be.false;
    expect(headingTag(early['her2-therapy-overview'])).to.equal('h6');
    expect(cardTheme(early['her2-therapy-overview'])).to.include('theme-dark');
    expect(headingTag(early['treatment-decisions'])).to.equal('h2');
    expect(hasFooter(early['treatment-decisions'])).to.be.false;
  });
});

describe('attribute changes after the first render re-render', () => {
  captureWarnings();
  afterEach(() => stage.replaceChildren());

  const change = async (el: Updating, name: string, value: string | null) => {
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
    await settle(el);
  };

  it('type, heading-level, theme and no-footer', async () => {
    const el = await attached(create('her2-therapy-card', { type: 'mab' }));
    expect(text(el, 'h3')).to.equal('Monoclonal antibodies');
    await change(el, 'type', 'adc');
    expect(text(el, 'h3')).to.include('Antibody drug conjugates');
    await change(el, 'heading-level', '5');
    expect(headingTag(el)).to.equal('h5');
    await change(el, 'theme', 'dark');
    expect(cardTheme(el)).to.include('theme-dark');
    await change(el, 'no-footer', '');
    expect(hasFooter(el)).to.be.false;
    await change(el, 'no-footer', null);
    expect(hasFooter(el)).to.be.true;
    await change(el, 'type', 'nonsense');
    expect(text(el, '[part="notice"]')).to.include('nonsense');
  });

  it('terms and no-search', async () => {
    const el = await attached(create('biomarker-glossary', { terms: 'her2' }));
    expect(terms(el)).to.deep.equal(['HER2']);
    await change(el, 'terms', 'tki adc');
    expect(terms(el)).to.have.length(2);
    await change(el, 'no-search', '');
    expect(query(el, 'input')).to.equal(null);
    await change(el, 'no-search', null);
    expect(Boolean(query(el, 'input'))).to.be.true;
  });

  it('collapsed and link-target', async () => {
    const el = await attached(create('source-list'));
    expect(query(el, 'details')).to.equal(null);
    await change(el, 'collapsed', '');
    expect(Boolean(query(el, 'details'))).to.be.true;
    await change(el, 'link-target', '_blank');
    expect(query(el, 'a')?.getAttribute('target')).to.equal('_blank');
  });

  it('hrefs and related-hrefs', async () => {
    const reading = await attached(create('related-reading'));
    expect(queryAll(reading, 'a[part="link"]')).to.have.length(0);
    await change(reading, 'hrefs', JSON.stringify(hrefs));
    expect(queryAll(reading, 'a[part="link"]')).to.have.length(1);
    const article = await attached(create('her2-article'));
    await change(article, 'related-hrefs', JSON.stringify(hrefs));
    const nested = deepElements(article.shadowRoot!).find((node) => node.localName === 'related-reading')!;
    expect(queryAll(nested, 'a[part="link"]')).to.have.length(1);
  });

  it('term and open', async () => {
    const el = await attached(create('glossary-term', { term: 'her2' }, {}, 'it'));
    await change(el, 'term', 'tki');
    await change(el, 'open', '');
    expect(text(el, '[part="popover"]')).to.include('tyrosine kinase');
    expect(query(el, '[part="popover"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await change(el, 'open', null);
    expect(query(el, '[part="popover"]')!.getBoundingClientRect().height).to.equal(0);
  });
});

describe('removal, reinsertion and moves keep state', () => {
  afterEach(() => stage.replaceChildren());

  it('a glossary keeps its search, its host terms and its filtered list when reinserted', async () => {
    const el = await attached(create('biomarker-glossary', {}, { extraTerms: [hostTerm] }));
    await typeInGlossary(el, 'care');
    const before = terms(el);
    expect(before).to.include('care team');
    el.remove();
    await attached(el);
    expect((query(el, 'input') as HTMLInputElement).value).to.equal('care');
    expect(terms(el)).to.deep.equal(before);
  });

  it('an open source list stays open when reinserted', async () => {
    const el = await attached(create('source-list', { collapsed: '' }));
    (query(el, 'details') as HTMLDetailsElement).open = true;
    el.remove();
    await attached(el);
    expect((query(el, 'details') as HTMLDetailsElement).open).to.be.true;
  });

  it('a term reinserted elsewhere still opens, and Escape still closes it', async () => {
    const el = (await attached(create('glossary-term', { term: 'her2' }, {}, 'HER2'))) as Updating & { open: boolean };
    query(el, '[part="term"]')!.click();
    await settle(el);
    expect(el.open).to.be.true;
    const elsewhere = document.createElement('p');
    stage.append(elsewhere);
    await attached(el, elsewhere);
    query(el, '[part="term"]')!.click();
    await settle(el);
    expect(el.open).to.be.true;
    pressEscape();
    await settle(el);
    expect(el.open).to.be.false;
  });

  it('a moved element takes the new container’s tokens and tells it about bad input', async () => {
    const first = Object.assign(document.createElement('div'), { id: 'first' });
    const second = Object.assign(document.createElement('div'), { id: 'second' });
    first.style.setProperty('--her2-color-surface', 'rgb(1, 2, 3)');
    second.style.setProperty('--her2-color-surface', 'rgb(4, 5, 6)');
    stage.append(first, second);
    const el = await attached(create('related-reading'), first);
    const background = () => getComputedStyle(query(el, '[part="card"]')!).backgroundColor;
    expect(background()).to.equal('rgb(1, 2, 3)');
    await attached(el, second);
    expect(background()).to.equal('rgb(4, 5, 6)');
    const reached: string[] = [];
    const record = (event: Event) => reached.push((event.currentTarget as Element).id);
    first.addEventListener('her2-invalid', record);
    second.addEventListener('her2-invalid', record);
    const warn = console.warn;
    console.warn = () => {};
    try {
      el.setAttribute('link-target', 'nowhere');
      await settle(el);
    } finally {
      console.warn = warn;
    }
    expect(reached).to.deep.equal(['second']);
  });
});

describe('listeners are removed on disconnect', function () {
  this.timeout(60_000);

  type Key = [EventTarget, string, unknown];
  let live: Set<string>;
  let ids: WeakMap<object, number>;
  let restore: () => void;

  /** Counts the listeners on document and window, and the MutationObservers observing. */
  beforeEach(() => {
    live = new Set();
    ids = new WeakMap();
    let nextId = 1;
    const id = (value: unknown) => {
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- only primitives get here
      if (typeof value !== 'object' && typeof value !== 'function') return String(value);
      if (!ids.has(value as object)) ids.set(value as object, nextId++);
      return String(ids.get(value as object));
    };
    const keyOf = ([target, type, listener]: Key, options: unknown) => {
      const capture = typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean })?.capture);
      return `${target === document ? 'document' : 'window'} ${type} ${id(listener)} ${capture}`;
    };
    const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
    const { observe, disconnect } = MutationObserver.prototype;
    const isGlobal = (target: EventTarget) => target === document || target === window;
    EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: [string, unknown, unknown?]) {
      if (isGlobal(this)) live.add(keyOf([this, args[0], args[1]], args[2]));
      Reflect.apply(add, this, args);
    };
    EventTarget.prototype.removeEventListener = function (this: EventTarget, ...args: [string, unknown, unknown?]) {
      if (isGlobal(this)) live.delete(keyOf([this, args[0], args[1]], args[2]));
      Reflect.apply(remove, this, args);
    };
    MutationObserver.prototype.observe = function (this: MutationObserver, ...args: Parameters<typeof observe>) {
      live.add(`observer ${id(this)}`);
      return Reflect.apply(observe, this, args);
    };
    MutationObserver.prototype.disconnect = function (this: MutationObserver) {
      live.delete(`observer ${id(this)}`);
      return Reflect.apply(disconnect, this, []);
    };
    restore = () => {
      Object.assign(EventTarget.prototype, { addEventListener: add, removeEventListener: remove });
      Object.assign(MutationObserver.prototype, { observe, disconnect });
    };
  });

  afterEach(() => {
    restore();
    stage.replaceChildren();
  });

  /** `cycles` times: create, attach, render, use, remove; in batches, each batch awaited. */
  async function cycle(
    cycles: number,
    batchSize: number,
    make: () => Updating,
    use: (el: Updating) => void = () => {},
  ): Promise<number> {
    let mostLive = 0;
    for (let done = 0; done < cycles; done += batchSize) {
      const batch = Array.from({ length: Math.min(batchSize, cycles - done) }, make);
      stage.append(...batch);
      await Promise.all(batch.map((el) => el.updateComplete));
      batch.forEach(use);
      await Promise.all(batch.map((el) => el.updateComplete));
      mostLive = Math.max(mostLive, live.size);
      batch.forEach((el) => el.remove());
    }
    return mostLive;
  }

  it('10,000 glossary terms, one in five opened, leave no document or window listener', async () => {
    let made = 0;
    // Opening a term measures its place on the page (a layout), so not every one is opened.
    const mostLive = await cycle(
      10_000,
      100,
      () => create('glossary-term', { term: 'her2' }, {}, 'HER2'),
      (el) => {
        made += 1;
        if (made % 5 === 0) query(el, '[part="term"]')!.click();
      },
    );
    // One term is open at a time, so only its listeners are ever live.
    expect(mostLive, 'listeners live at once').to.be.within(1, 5);
    expect([...live], 'listeners left').to.deep.equal([]);
  });

  it('10,000 glossaries, searched, leave no listener', async () => {
    const mostLive = await cycle(
      10_000,
      500,
      () => create('biomarker-glossary', { terms: 'her2' }),
      (el) => void enterQuery(el, 'her'),
    );
    expect(mostLive).to.equal(0);
    expect([...live]).to.deep.equal([]);
  });

  it('2,000 her2-glossify wrappers and 100 articles leave no listener or observer', async () => {
    const glossify = await cycle(2_000, 250, () => create('her2-glossify', {}, {}, 'HER2-positive cancer and TKIs.'));
    expect(glossify, 'observers live while attached').to.be.greaterThan(0);
    expect([...live], 'after the wrappers').to.deep.equal([]);
    await cycle(
      100,
      25,
      () => create('her2-article'),
      (el) => {
        const term = deepElements(el.shadowRoot!).find((node) => node.localName === 'glossary-term');
        term?.shadowRoot?.querySelector<HTMLElement>('[part="term"]')?.click();
      },
    );
    expect([...live], 'after the articles').to.deep.equal([]);
  });

  it('counts what it measures: a listener left behind shows', () => {
    const leak = () => {};
    document.addEventListener('keydown', leak);
    expect(live.size).to.equal(1);
    document.removeEventListener('keydown', leak);
    expect(live.size).to.equal(0);
  });
});
