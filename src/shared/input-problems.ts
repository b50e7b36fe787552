import { html, isServer, nothing, type TemplateResult } from 'lit';
import { describeValue } from './describe-value.js';
import { emit } from './events.js';
import type { Her2Element } from './her2-element.js';
import { defaultLocale, msg, renderInLocale, str } from './i18n.js';

/** A value the element could not use, and how to explain it in the element's language. */
export interface InvalidInput {
  readonly attribute: string;
  readonly value: string;
  /** The notice's text; call while rendering, so that it is in the element's language. */
  describe(): string;
}

/** Long hostile values are cut for notices and warnings; the event keeps them whole. */
const shownValueLength = 60;
const shownValidValues = 12;

function shorten(value: string): string {
  return value.length > shownValueLength ? `${value.slice(0, shownValueLength)}…` : value;
}

function listValues(values: readonly string[]): string {
  const shown = values.slice(0, shownValidValues).join(', ');
  return values.length > shownValidValues ? `${shown}, …` : shown;
}

/**
 * What an element does with a value it cannot use: one console.warn for the page's author that
 * names what would work, a `her2-invalid` event for the host page's code, and a short notice
 * in place for the reader. Never an exception.
 */
export class InputProblems {
  constructor(private readonly host: Her2Element) {}

  /** An unknown value of an attribute that takes one of a fixed set. */
  unknown(attribute: string, value: unknown, valid: readonly string[]): InvalidInput {
    const text = shorten(describeValue(value ?? ''));
    const shown = listValues(valid);
    return this.report(attribute, value, `Valid values: ${shown}.`, () =>
      text
        ? msg(str`Unknown ${attribute} “${text}”. Use one of: ${shown}.`)
        : msg(str`Missing ${attribute}. Use one of: ${shown}.`),
    );
  }

  /** Host data of the wrong shape; what was valid is still shown. */
  malformed(attribute: string, value: unknown, expected: () => string): InvalidInput {
    const text = shorten(describeValue(value));
    return this.report(attribute, value, `Expected ${renderInLocale(defaultLocale, expected)}.`, () =>
      msg(str`Ignored ${attribute} value “${text}”: expected ${expected()}.`),
    );
  }

  /** The notice for `invalid`, in the element's language; nothing when there is no problem. */
  notice(invalid: InvalidInput | undefined): TemplateResult | typeof nothing {
    if (!invalid) return nothing;
    return html`<p part="notice" class="notice" lang=${this.host.localeScope.locale}>${invalid.describe()}</p>`;
  }

  private report(attribute: string, value: unknown, hint: string, describe: () => string): InvalidInput {
    const text = describeValue(value);
    const tag = this.host.localName;
    console.warn(`<${tag}>: cannot use ${attribute} "${shorten(text)}". ${hint}`);
    if (!isServer) emit(this.host, 'her2-invalid', { tag, attribute, value: text });
    return { attribute, value: text, describe };
  }
}
