import type { ReactiveController } from 'lit';
import { emit, type Her2InvalidDetail, type Her2ReviewOverdueDetail } from './events.js';
import type { Her2Block } from './her2-block.js';
import {
  isOverdue,
  readReviews,
  refusedReviewRecord,
  reviewInForce,
  type ReviewInForce,
  type ReviewReader,
} from './review-record.js';

/**
 * The review a card's footer shows: the article's medical review, or the host's own record,
 * and whether its next review is overdue. An overdue card tells the page once per connection
 * with `her2-review-overdue`; a nested card without a footer leaves that to its composite.
 * A refused host record is reported as any unusable input is, with `her2-invalid`.
 */
export class ReviewStatus implements ReactiveController, ReviewReader {
  private announced = false;
  /** The refusal this card has told the page about with `her2-invalid`. */
  private reportedRefusal?: string;

  constructor(private readonly host: Her2Block) {
    host.addController(this);
  }

  get current(): ReviewInForce {
    return reviewInForce();
  }

  get overdue(): boolean {
    return isOverdue(this.current);
  }

  /** Why the host's review record was refused, if it was. */
  get refused(): string | undefined {
    return refusedReviewRecord();
  }

  hostConnected(): void {
    readReviews(this, true);
  }

  hostDisconnected(): void {
    readReviews(this, false);
    this.announced = false;
    this.reportedRefusal = undefined;
  }

  hostUpdated(): void {
    if (this.host.noFooter) return;
    const { refused } = this;
    if (refused && refused !== this.reportedRefusal) {
      this.reportedRefusal = refused;
      const { localName } = this.host;
      emit<Her2InvalidDetail>(this.host, 'her2-invalid', { tag: localName, attribute: 'reviewRecord', value: refused });
    }
    if (this.announced || !this.overdue) return;
    this.announced = true;
    const { reviewed, nextReview } = this.current;
    emit<Her2ReviewOverdueDetail>(this.host, 'her2-review-overdue', {
      reviewed: { year: reviewed.year, month: reviewed.month },
      nextReview: { year: nextReview.year, month: nextReview.month },
    });
  }

  reviewChanged(): void {
    this.announced = false;
    this.host.requestUpdate();
  }
}
