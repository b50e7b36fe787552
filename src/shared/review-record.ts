import { articleMeta } from '../content/article.js';
import type { ReviewDate } from '../content/types.js';

/**
 * A host's own clinical review of the widgets' text: who re-reviewed it, where, when, and when
 * it is due again. Registered, it replaces the article's review in every footer on the page.
 */
export interface ReviewRecord {
  readonly organisation: string;
  readonly reviewer: string;
  readonly reviewed: ReviewDate;
  readonly nextReview: ReviewDate;
}

/** The review in force: the host's record, or the article's own May 2022 medical review. */
export interface ReviewInForce {
  readonly reviewed: ReviewDate;
  readonly nextReview: ReviewDate;
  readonly record?: ReviewRecord;
}

/** Something that shows the review in force, told when a record is registered. */
export interface ReviewReader {
  reviewChanged(): void;
}

interface ReviewRegistry {
  now: () => Date;
  record?: ReviewRecord;
  /** Why the last record was refused, for the notice; cleared by an accepted one. */
  refused?: string;
  readonly readers: Set<ReviewReader>;
}

/** Shared by every copy of this module on the page, like the content packs. */
const registryKey = Symbol.for('her2-widgets.review');

function registry(): ReviewRegistry {
  const page = globalThis as unknown as Record<symbol, ReviewRegistry | undefined>;
  return (page[registryKey] ??= { now: () => new Date(), readers: new Set() });
}

const monthIndex = ({ year, month }: ReviewDate): number => year * 12 + (month - 1);
const thisMonth = (): number => {
  const now = registry().now();
  return monthIndex({ year: now.getFullYear(), month: now.getMonth() + 1 });
};

/** `{year, month}` with whole numbers and a month from 1 to 12, as every review date is given. */
export function isReviewDate(value: unknown): value is ReviewDate {
  const { year, month } = (value ?? {}) as Partial<ReviewDate>;
  return Number.isInteger(year) && Number.isInteger(month) && month! >= 1 && month! <= 12;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** What is wrong with `record`, in the words the notice and the warning use; none when it can be used. */
function recordProblems(record: Partial<ReviewRecord> | null | undefined): string[] {
  const { organisation, reviewer, reviewed, nextReview } = record ?? {};
  const problems: string[] = [];
  if (!isText(organisation)) problems.push('organisation must name who reviewed it');
  if (!isText(reviewer)) problems.push('reviewer must name the clinician');
  if (!isReviewDate(reviewed)) problems.push('reviewed must be {year, month}, month 1–12');
  if (!isReviewDate(nextReview)) problems.push('nextReview must be {year, month}, month 1–12');
  if (isReviewDate(reviewed) && monthIndex(reviewed) > thisMonth()) {
    problems.push('reviewed is in the future');
  }
  if (isReviewDate(reviewed) && isReviewDate(nextReview) && monthIndex(nextReview) <= monthIndex(reviewed)) {
    problems.push('nextReview must come after reviewed');
  }
  return problems;
}

/**
 * Registers the host's own review of the text. A record with a missing field, a review date in
 * the future or a next review before the review is refused: nothing is shown as reviewed by the
 * host, every widget shows a notice, and the console says why.
 */
export function registerReviewRecord(record: ReviewRecord): { readonly problems: readonly string[] } {
  const page = registry();
  let problems: string[];
  try {
    problems = recordProblems(record);
  } catch {
    problems = ['it could not be read: give a plain object'];
  }
  if (problems.length) {
    console.warn(`her2-widgets: review record refused: ${problems.join('; ')}.`);
    page.record = undefined;
    page.refused = problems.join('; ');
  } else {
    const { organisation, reviewer, reviewed, nextReview } = record;
    page.record = Object.freeze({
      organisation: organisation.trim(),
      reviewer: reviewer.trim(),
      reviewed: Object.freeze({ year: reviewed.year, month: reviewed.month }),
      nextReview: Object.freeze({ year: nextReview.year, month: nextReview.month }),
    });
    page.refused = undefined;
  }
  for (const reader of page.readers) reader.reviewChanged();
  return { problems };
}

/** Withdraws the host's review record: footers show the article's own review again. */
export function clearReviewRecord(): void {
  const page = registry();
  page.record = undefined;
  page.refused = undefined;
  for (const reader of page.readers) reader.reviewChanged();
}

/** Sets what "now" is for the review dates: for tests and for previewing a page on a later date. */
export function setReviewClock(now: () => Date): void {
  registry().now = now;
  for (const reader of registry().readers) reader.reviewChanged();
}

export function readReviews(reader: ReviewReader, reading: boolean): void {
  if (reading) registry().readers.add(reader);
  else registry().readers.delete(reader);
}

export function reviewInForce(): ReviewInForce {
  const { record } = registry();
  return record
    ? { reviewed: record.reviewed, nextReview: record.nextReview, record }
    : { reviewed: articleMeta.reviewed, nextReview: articleMeta.nextReview };
}

/** Why the host's last review record was refused, if it was. */
export function refusedReviewRecord(): string | undefined {
  return registry().refused;
}

/** Whether the month of `nextReview` has passed. */
export function isOverdue({ nextReview }: ReviewInForce): boolean {
  return thisMonth() > monthIndex(nextReview);
}
