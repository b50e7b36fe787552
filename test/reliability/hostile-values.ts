/**
 * Seeded random values for the fuzz tests: what a careless or hostile host page could hand an
 * element through an attribute or a property. The same seed gives the same values, so a failing
 * case can be replayed from the seed and case number printed with it.
 */

/** mulberry32: a tiny 32-bit PRNG, good enough to pick test values reproducibly. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every payload, if it ever ran, would set this flag on the window. */
export const pwnedFlag = '__her2Pwned';

const run = `window.${pwnedFlag}=1`;

export const xssPayloads: readonly string[] = [
  `<img src=x onerror="${run}">`,
  `"><img src=x onerror=${run}>`,
  `'><svg onload=${run}>`,
  `<script>${run}</script>`,
  `</style><img src=x onerror=${run}>`,
  `<iframe srcdoc="<script>parent.${pwnedFlag}=1</script>"></iframe>`,
  `<a href="javascript:${run}">x</a>`,
  `<math><mi xlink:href="javascript:${run}">x</mi></math>`,
  `<details open ontoggle=${run}>`,
  `javascript:${run}`,
  `JaVaScRiPt:${run}`,
  ` javascript:${run}`,
  `java\tscript:${run}`,
  `data:text/html,<script>${run}</script>`,
  `vbscript:${run}`,
  `' onmouseover='${run}`,
  `\${${run}}`,
  `{{constructor.constructor('${run}')()}}`,
  `<!--`,
  `-->`,
  `<template><img src=x onerror=${run}></template>`,
];

const knownWords: readonly string[] = [
  '',
  ' ',
  'adc',
  'mab',
  'tki',
  'TKI',
  ' her2 ',
  'her2',
  'her2-positive',
  'biomarker',
  'tyrosine-kinase',
  'her2 tki',
  'tki her2 adc',
  'care-team',
  'light',
  'dark',
  'auto',
  'DARK',
  '_self',
  '_blank',
  '_top',
  '_parent',
  'en',
  'en-GB',
  'fr',
  'es',
  'xx-YY',
  '2',
  '3',
  '4',
  '6',
  '7',
  '1',
  '0',
  '-1',
  '3.5',
  '1e3',
  'NaN',
  'Infinity',
  'true',
  'false',
  'null',
  'undefined',
  'financial-burden',
  'biomarkers',
  'working',
  'resources',
  'self-care',
];

const prototypeNames: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
];

const unicodeText: readonly string[] = [
  '🧬🎗️',
  'ＨＥＲ２',
  'her2\u0000',
  '\u202eevil\u202c',
  'Ünïcödé ñ',
  'ǅ',
  '\u200b\u200d',
  'e\u0301\u0301\u0301',
  'سرطان الثدي',
  '乳腺癌',
  '\ud800',
  '\udfff\ud800',
  '\uFEFF',
  '\r\n\t',
  '  \n  ',
];

const jsonTexts: readonly string[] = [
  '{"biomarkers":"https://example.org/biomarkers"}',
  `{"biomarkers":"javascript:${run}"}`,
  '{"biomarkers":"data:text/html,x","working":"https://example.org/w"}',
  '{"unknown-id":"https://example.org/"}',
  '{"__proto__":{"polluted":1}}',
  '{"biomarkers":{"href":"https://example.org/"}}',
  '{"biomarkers":"/relative/path"}',
  '{"biomarkers":"https://exa mple.org/"}',
  '[]',
  '[1,2]',
  'null',
  '42',
  '"text"',
  '{',
  '{"a":',
  '{}',
  '{"biomarkers":null}',
  '[{"id":"x","term":"X","definition":"D"}]',
];

const characterPool = 'aZ09 <>"\'&/\\:;=(){}[]`$#%!?*-_.,@|^~\u00e9\u00fc\u4e73\ud83e\udde0\u0000\u202e\n\t';

export class HostileValues {
  private readonly random: () => number;

  constructor(seed: number) {
    this.random = mulberry32(seed);
  }

  /** A number in [0, 1). */
  next(): number {
    return this.random();
  }

  int(max: number): number {
    return Math.floor(this.random() * max);
  }

  chance(probability: number): boolean {
    return this.random() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  private randomText(maxLength: number): string {
    const length = this.int(maxLength + 1);
    let text = '';
    for (let i = 0; i < length; i += 1) text += characterPool[this.int(characterPool.length)];
    return text;
  }

  /** About one string in 150 is a megabyte long. */
  private hugeString(): string {
    const unit = this.pick([`${xssPayloads[0]} `, 'a', 'é🧬', 'her2 ']);
    return unit.repeat(Math.ceil(1_048_576 / unit.length));
  }

  /** Any text an attribute could hold. */
  string(): string {
    const roll = this.random();
    if (roll < 0.0066) return this.hugeString();
    if (roll < 0.3) return this.pick(knownWords);
    if (roll < 0.5) return this.pick(xssPayloads);
    if (roll < 0.58) return this.pick(prototypeNames);
    if (roll < 0.68) return this.pick(unicodeText);
    if (roll < 0.78) return this.pick(jsonTexts);
    if (roll < 0.85) return `${this.pick(knownWords)} ${this.pick(xssPayloads)} ${this.pick(knownWords)}`;
    return this.randomText(40);
  }

  /** Any value a host script could assign to a property, well-formed or not. */
  any(depth = 0): unknown {
    const roll = depth > 1 ? this.random() * 0.65 : this.random();
    if (roll < 0.35) return this.string();
    if (roll < 0.5) return this.pick(primitives());
    if (roll < 0.65) return this.pick(trickyObjects());
    if (roll < 0.82) return this.hostTerms(depth + 1);
    return this.hrefsObject(depth + 1);
  }

  /** A glossary term list as a host might pass it: mostly right, sometimes broken or hostile. */
  hostTerms(depth = 0): unknown {
    if (this.chance(0.1)) return this.any(depth + 1);
    const count = this.chance(0.02) ? 2_000 : this.int(5);
    const items: unknown[] = [];
    for (let i = 0; i < count; i += 1) items.push(this.hostTerm(i, depth + 1));
    return items;
  }

  private hostTerm(index: number, depth: number): unknown {
    const roll = this.random();
    const text = () => (this.chance(0.7) ? this.pick([...xssPayloads, ...unicodeText, 'A word']) : this.string());
    if (roll < 0.4) return { id: `host-term-${index}`, term: text(), definition: text() };
    if (roll < 0.5) return { id: this.string(), term: text(), definition: text(), abbreviation: this.any(depth) };
    if (roll < 0.6) return { id: this.pick(['her2', 'tki', 'constructor', '__proto__']), term: 'T', definition: 'D' };
    if (roll < 0.7) return this.throwingTerm();
    if (roll < 0.8) return { id: `host-term-${index}`, term: this.any(depth), definition: this.any(depth) };
    return this.any(depth);
  }

  private throwingTerm(): unknown {
    return {
      get id(): string {
        throw new Error('hostile getter');
      },
      term: 'T',
      definition: 'D',
    };
  }

  /** An `{itemId: url}` object as a host might pass it. */
  hrefsObject(depth = 0): unknown {
    const roll = this.random();
    const url = () =>
      this.pick<unknown>([
        'https://example.org/biomarkers',
        'http://example.org/self-care?x="><img src=x onerror=1>',
        `javascript:${run}`,
        ` JAVASCRIPT:${run}`,
        'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
        '//example.org/protocol-relative',
        '/relative',
        'https://',
        'blob:https://example.org/1',
        'file:///etc/passwd',
        'https://example.org/' + 'x'.repeat(10_000),
        42,
        null,
        { toString: () => 'https://example.org/' },
        new URL('https://example.org/url-object'),
      ]);
    if (roll < 0.6) {
      const value: Record<string, unknown> = {};
      const ids = ['financial-burden', 'biomarkers', 'working', 'resources', 'self-care', 'unknown', 'constructor'];
      for (let i = this.int(4); i >= 0; i -= 1) value[this.pick(ids)] = url();
      return value;
    }
    if (roll < 0.7) {
      return {
        get biomarkers(): string {
          throw new Error('hostile getter');
        },
      };
    }
    if (roll < 0.8) return Object.assign(Object.create(null), { biomarkers: url() });
    return this.any(depth + 1);
  }
}

function throwing(): never {
  throw new Error('hostile conversion');
}

function primitives(): readonly unknown[] {
  return [
    null,
    undefined,
    0,
    -0,
    1,
    -1,
    2.5,
    7,
    1e308,
    -1e308,
    Number.NaN,
    Infinity,
    -Infinity,
    true,
    false,
    10n,
    Symbol('hostile'),
  ];
}

function trickyObjects(): readonly unknown[] {
  const circular: Record<string, unknown> = { biomarkers: 'https://example.org/' };
  circular.self = circular;
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  return [
    {},
    [],
    ['her2', 'tki'],
    [null, undefined],
    { toString: throwing, valueOf: throwing },
    { [Symbol.toPrimitive]: throwing },
    Object.create(null),
    () => 'function',
    new Date(Number.NaN),
    /regexp/g,
    new Map([['biomarkers', 'https://example.org/']]),
    circular,
    Object.freeze({ id: 'frozen', term: 'Frozen', definition: 'Frozen definition' }),
    new Proxy({}, { get: throwing, ownKeys: throwing, getOwnPropertyDescriptor: throwing, getPrototypeOf: throwing }),
    new Proxy([], { get: throwing, ownKeys: throwing, has: throwing }),
    revocable.proxy,
    document.createElement('img'),
    new Error('an error object'),
  ];
}
