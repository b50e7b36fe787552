import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { captureWarnings } from '../../test/support/console.js';
import { normalize } from '../../test/support/dom.js';
import { define } from './define.js';
import { describeValue } from './describe-value.js';
import { clampHeadingLevel, defaultHeadingLevel } from './heading-level.js';
import { supportedLocale } from './i18n.js';
import { foldQuery } from '../glossary/search-text.js';
import { highlightMatches } from './highlight-matches.js';

let tagCount = 0;
/** A tag name no other test has used, so each test starts with a free name. */
function freshTag(): string {
  tagCount += 1;
  return `shared-test-${tagCount}-${Math.random().toString(36).slice(2, 8)}`;
}

describe('define()', () => {
  const warnings = captureWarnings();

  it('registers a free name', () => {
    const tag = freshTag();
    class Element extends HTMLElement {}
    define(tag, Element);
    expect(customElements.get(tag)).to.equal(Element);
    expect(document.createElement(tag)).to.be.instanceOf(Element);
    expect(warnings.calls).to.have.length(0);
  });

  it('is silent when the same class is registered again', () => {
    const tag = freshTag();
    class Element extends HTMLElement {}
    define(tag, Element);
    expect(() => define(tag, Element)).not.to.throw();
    expect(warnings.calls).to.have.length(0);
  });

  it('leaves a name taken by other code as it is, and warns without throwing', () => {
    const tag = freshTag();
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    customElements.define(tag, First);
    expect(() => define(tag, Second)).not.to.throw();
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings.calls).to.have.length(1);
    expect(warnings.messages[0]).to.contain(`<${tag}> is already registered by other code`);
    expect(warnings.messages[0]).to.contain('customElements.define()');
  });

  it('is silent when another of the package’s files of the same version registered the tag', () => {
    const tag = freshTag();
    class FromTheBundle extends HTMLElement {}
    class FromAnEntry extends HTMLElement {}
    define(tag, FromTheBundle);
    define(tag, FromAnEntry);
    expect(customElements.get(tag)).to.equal(FromTheBundle);
    expect(warnings.calls).to.have.length(0);
  });

  it('names the other version when another version of the package holds the tag', () => {
    const tag = freshTag();
    class Older extends HTMLElement {}
    Object.defineProperty(Older, Symbol.for('her2-widgets.version'), { value: '0.0.1' });
    customElements.define(tag, Older);
    define(tag, class extends HTMLElement {});
    expect(warnings.calls).to.have.length(1);
    expect(warnings.messages[0]).to.contain(`<${tag}> is already registered by her2-widgets 0.0.1`);
  });

  it('warns only once per tag, however many other classes try it', () => {
    const tag = freshTag();
    customElements.define(tag, class extends HTMLElement {});
    define(tag, class extends HTMLElement {});
    define(tag, class extends HTMLElement {});
    expect(warnings.calls).to.have.length(1);
  });

  it('warns again for another taken tag', () => {
    const [a, b] = [freshTag(), freshTag()];
    customElements.define(a, class extends HTMLElement {});
    customElements.define(b, class extends HTMLElement {});
    define(a, class extends HTMLElement {});
    define(b, class extends HTMLElement {});
    expect(warnings.calls).to.have.length(2);
    expect(warnings.messages[0]).to.contain(`<${a}>`);
    expect(warnings.messages[1]).to.contain(`<${b}>`);
  });

  it('lets a host register an exported class under a name of its own', async () => {
    const { SourceList } = await import('../index.js');
    const tag = freshTag();
    customElements.define(tag, class extends SourceList {});
    const el = await fixture(`<${tag}></${tag}>`);
    expect(el.shadowRoot!.querySelectorAll('li[part="source"]')).to.have.length(14);
  });
});

describe('clampHeadingLevel()', () => {
  const cases: Array<[unknown, number]> = [
    [2, 2],
    [6, 6],
    ['4', 4],
    ['5', 5],
    ['99', 6],
    ['1', 2],
    ['0', 2],
    ['-3', 2],
    ['4.4', 4],
    ['4.6', 5],
    [' 5 ', 5],
    ['abc', defaultHeadingLevel],
    ['', defaultHeadingLevel],
    ['   ', defaultHeadingLevel],
    [null, defaultHeadingLevel],
    [undefined, defaultHeadingLevel],
    [Number.NaN, defaultHeadingLevel],
    ['Infinity', defaultHeadingLevel],
  ];
  for (const [value, level] of cases) {
    it(`${JSON.stringify(value) ?? String(value)} → ${level}`, () => {
      expect(clampHeadingLevel(value)).to.equal(level);
    });
  }

  it('defaults to 3', () => {
    expect(defaultHeadingLevel).to.equal(3);
  });
});

describe('highlightMatches()', () => {
  /** Renders the result into a container and returns it, for reading marks and text. */
  function rendered(text: string, query: string): HTMLElement {
    const container = document.createElement('div');
    render(html`${highlightMatches(text, query)}`, container);
    return container;
  }

  function marks(container: HTMLElement): string[] {
    return [...container.querySelectorAll('mark[part="match"]')].map((mark) => mark.textContent ?? '');
  }

  it('returns the text unchanged without a query or a match', () => {
    expect(highlightMatches('HER2 status', '')).to.equal('HER2 status');
    expect(highlightMatches('HER2 status', 'zzz')).to.equal('HER2 status');
  });

  it('marks every match, keeping the original case and accents', () => {
    const container = rendered('Café, CAFE and café', foldQuery('cafe'));
    expect(marks(container)).to.deep.equal(['Café', 'CAFE', 'café']);
    expect(normalize(container.textContent)).to.equal('Café, CAFE and café');
  });

  it('marks a decomposed accent together with its letter', () => {
    const container = rendered('x Cafe\u0301 y', foldQuery('cafe'));
    expect(marks(container)).to.deep.equal(['Cafe\u0301']);
    expect(container.textContent).to.contain('x Cafe\u0301 y');
  });

  it('marks a dashed phrase for a spaced query', () => {
    expect(marks(rendered('Is it HER2-positive?', foldQuery('her2 positive')))).to.deep.equal(['HER2-positive']);
  });

  it('marks text after characters outside the BMP', () => {
    expect(marks(rendered('😀 HER2', foldQuery('her2')))).to.deep.equal(['HER2']);
  });

  it('renders host markup as text', () => {
    const container = rendered('<img src=x> img', foldQuery('img'));
    expect(container.querySelector('img')).to.be.null;
    expect(marks(container)).to.deep.equal(['img', 'img']);
  });
});

describe('supportedLocale()', () => {
  const cases: Array<[string | null | undefined, string]> = [
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN_us', 'en'],
    ['  en-US ', 'en'],
    ['fr', 'en'],
    ['xx-YY', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ];
  for (const [tag, locale] of cases) {
    it(`${JSON.stringify(tag) ?? 'undefined'} → ${locale}`, () => {
      expect(supportedLocale(tag)).to.equal(locale);
    });
  }

  it('does not treat Object.prototype names as locales', () => {
    expect(supportedLocale('constructor')).to.equal('en');
    expect(supportedLocale('toString-x')).to.equal('en');
  });
});

describe('describeValue', () => {
  it('describes strings, JSON values and values that cannot be serialized, without throwing', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(describeValue('<b>')).to.equal('<b>');
    expect(describeValue({ a: 1 })).to.equal('{"a":1}');
    expect(describeValue(undefined)).to.equal('undefined');
    expect(() => describeValue(hostile)).not.to.throw();
    expect(describeValue(hostile)).to.equal('object');
  });
});
