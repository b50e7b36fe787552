/**
 * Where a piece of text comes from: the numbers of the seed article's paragraphs,
 * counting its non-empty lines from 1 (test/fixtures/seed-article.txt).
 */
export type SeedParagraphs = readonly number[];

/**
 * A light edit for fit: the seed's own words it was made from, exactly as the seed has them,
 * and what was changed. docs/content-review.md lists every one beside its seed text; no element
 * shows it, so the CDN files leave it out (scripts/build/strip-light-edits.mjs).
 */
export interface LightEdit {
  readonly from: string;
  readonly change: string;
}

/**
 * A sentence or paragraph of reviewed text and the seed paragraphs it keeps: the seed's own
 * sentences, or a light edit of them (`edit`).
 */
export interface ReviewedText {
  readonly text: string;
  readonly seed: SeedParagraphs;
  readonly edit?: LightEdit;
}

export interface Source {
  readonly id: string;
  /** Who published it; the seed names no publisher for its first source. */
  readonly publisher?: string;
  /** A document's title, shown in quotes. */
  readonly title?: string;
  /** What the source is when it is not a titled document (a regulatory record). */
  readonly description?: string;
  /** Only a URL seen verbatim on the publisher's own page. */
  readonly url?: string;
  readonly seed?: SeedParagraphs;
}

export interface ReviewDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
}

/** When facts that are not the article's were compiled, and the document that holds them. */
export interface CompiledFacts {
  readonly compiled: ReviewDate;
  /** The verified-facts document, as docs/content-review.md names it. */
  readonly document: string;
}

export interface ArticleMeta {
  readonly title: ReviewedText;
  readonly subtitle: ReviewedText;
  readonly reviewed: ReviewDate & { readonly seed: SeedParagraphs };
  /** When the text is due to be reviewed again, and the practice that sets that date. */
  readonly nextReview: ReviewDate & { readonly basis: string };
  /** How many sources the article cites; every footer shows it without loading the list. */
  readonly sourceCount: number;
}

export type TherapyType = 'mab' | 'adc' | 'tki';

export interface DrugExample {
  readonly genericName: string;
  readonly abbreviation?: string;
  readonly brandNames: readonly string[];
  readonly biosimilars?: readonly string[];
  readonly note?: string;
  /** The drug's own NCI page, where a verified URL exists. */
  readonly url?: string;
  readonly sources: readonly Source[];
}

export interface Therapy {
  readonly type: TherapyType;
  readonly name: string;
  readonly abbreviation?: string;
  readonly whatItIs: ReviewedText;
  readonly howItWorks: readonly ReviewedText[];
  /** When the article says this type in particular is given. */
  readonly givenWhen?: ReviewedText;
  /**
   * The texts above as a block shows them on their own (a card's section, a picture's text
   * alternative) where the article's sentence leans on the one before it ("They work by…"): the
   * subject named, as a light edit. The article keeps its own sentences; a text not here reads
   * well on its own.
   */
  readonly standalone?: {
    readonly howItWorks?: readonly ReviewedText[];
    readonly givenWhen?: ReviewedText;
  };
}

export interface GlossaryEntry {
  readonly id: string;
  readonly term: string;
  readonly abbreviation?: string;
  readonly definition: string;
  /**
   * How the term appears in running text (plurals, abbreviation, expansion), for finding it
   * in a page. The term and abbreviation themselves always count.
   */
  readonly variants?: readonly string[];
  /** Absent on terms a host supplies. */
  readonly seed?: SeedParagraphs;
  /** How the definition edits the seed's words, if it is not the seed's own sentences. */
  readonly edit?: LightEdit;
}

export interface FeaturedItem {
  readonly id: string;
  readonly title: ReviewedText;
  readonly summary: ReviewedText;
}

export interface ArticleSection {
  readonly heading?: ReviewedText;
  readonly paragraphs: readonly ReviewedText[];
}
