import type { ReviewDate } from '../content/types.js';

/*
 * What elements read of the content packs on the page. The packs themselves, and the code that
 * checks and overlays a translation, come from `registerContentPack` (content-packs.ts), which
 * only the bundles that offer it carry; an element of any bundle on the page reads them here.
 */

/** The content exports an element shows, by their names in content.json. */
export type ContentShown = Readonly<Record<string, object>>;

/** A registered pack, as the elements of every bundle on the page use it. */
export interface RegisteredPack {
  readonly reviewer: string;
  readonly reviewed: ReviewDate;
  /** `english` as the pack translates it; null if the pack does not translate all its text. */
  translated<T extends object>(name: string, english: T): T | null;
}

/** An element that shows content: told when a pack is registered, as its text may change. */
export interface ContentReader {
  contentPackRegistered(): void;
}

export interface PageRegistry {
  readonly packs: Map<string, RegisteredPack>;
  readonly readers: Set<ContentReader>;
}

/** Shared by every copy of this module on the page, so a pack registered through one bundle reaches all. */
const registryKey = Symbol.for('her2-widgets.content-packs');

export function registry(): PageRegistry {
  const page = globalThis as unknown as Record<symbol, PageRegistry | undefined>;
  return (page[registryKey] ??= { packs: new Map(), readers: new Set() });
}

/** Connected elements read; disconnected ones stop, so the registry holds none that left the page. */
export function readContentPacks(reader: ContentReader, reading: boolean): void {
  if (reading) registry().readers.add(reader);
  else registry().readers.delete(reader);
}

/** The pack for `locale`, if it translates all of `shown` in full. */
export function packCovering(locale: string, shown: ContentShown): RegisteredPack | undefined {
  const pack = registry().packs.get(locale);
  const names = Object.keys(shown);
  const covered = pack && names.length > 0 && names.every((name) => pack.translated(name, shown[name]));
  return covered ? pack : undefined;
}
