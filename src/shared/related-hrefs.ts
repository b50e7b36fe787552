import type { ComplexAttributeConverter } from 'lit';
import { describeValue } from './describe-value.js';

/** Where the host's copies of the "Featured Content" items live: item id → http(s) URL. */
export type RelatedReadingHrefs = Readonly<Record<string, string>>;

/** The `hrefs` attribute's text when it is not JSON, kept so the notice can quote it. */
export class UnparsableHrefs {
  constructor(readonly text: string) {}
}

/** Reads the `hrefs` attribute as JSON; never throws, so bad JSON reaches the element's checks. */
export const hrefsConverter: ComplexAttributeConverter<unknown> = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value);
    } catch {
      return new UnparsableHrefs(value);
    }
  },
};

export interface HrefsCheck {
  /** Item id → the parsed URL's `href`, for the items whose URL was accepted. */
  readonly links: ReadonlyMap<string, string>;
  /** The attribute's text, when it is not JSON. */
  readonly unparsable?: string;
  /** The value, described, when it is not an object of id → URL. */
  readonly malformed?: string;
  readonly unknownIds: readonly string[];
  /** The refused `{id: value}` pairs of known ids, described. */
  readonly refusedUrls?: string;
}

/** A URL beyond this length is a payload, not a link; the limit also bounds the parsing work. */
const maxUrlLength = 8_192;

const noLinks: HrefsCheck = { links: new Map(), unknownIds: [] };

/** The URL to link to, or undefined unless `value` is an absolute http: or https: URL. */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > maxUrlLength) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === '[object Object]';
}

/**
 * Splits a host's `hrefs` value into the links that can be shown and what is refused: text that
 * is not JSON, a value that is not an object, ids that name no item, URLs that are not http(s).
 * Never throws, whatever the value is: even `instanceof` runs a proxy's traps.
 */
export function checkHrefs(value: unknown, itemIds: readonly string[]): HrefsCheck {
  try {
    return readHrefs(value, itemIds);
  } catch {
    return { ...noLinks, malformed: describeValue(value) };
  }
}

function readHrefs(value: unknown, itemIds: readonly string[]): HrefsCheck {
  if (value === undefined || value === null) return noLinks;
  if (value instanceof UnparsableHrefs) return { ...noLinks, unparsable: value.text };
  if (!isPlainObject(value)) return { ...noLinks, malformed: describeValue(value) };
  const links = new Map<string, string>();
  const unknownIds: string[] = [];
  const refused: Record<string, unknown> = {};
  let anyRefused = false;
  for (const id of Object.keys(value)) {
    if (!itemIds.includes(id)) {
      unknownIds.push(id);
      continue;
    }
    let given: unknown = null;
    try {
      given = value[id];
    } catch {
      // A throwing getter leaves the URL unreadable: refused like any other bad URL.
    }
    const url = httpUrl(given);
    if (url) {
      links.set(id, url);
    } else {
      refused[id] = given;
      anyRefused = true;
    }
  }
  return { links, unknownIds, refusedUrls: anyRefused ? describeValue(refused) : undefined };
}
