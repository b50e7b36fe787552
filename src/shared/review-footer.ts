import { html, nothing, type TemplateResult } from 'lit';
import { articleMeta } from '../content/article.js';
import type { RegisteredPack } from './content-pack-registry.js';
import { monthYearText, msg, reviewedText, sourceCountText, str } from './i18n.js';
import type { ReviewStatus } from './review-status.js';

/**
 * What a card's footer says, in the NHS pattern "last reviewed … / next review due …": the
 * review of the article text the card shows (or the host's own review of it), when it is due
 * again, a host's reviewed translation if one is shown, and the article's sources. Past the
 * next review, a calm notice says the information is due for review.
 */
export function renderReviewFooter(
  status: ReviewStatus,
  pack: RegisteredPack | undefined,
  lang: string,
): TemplateResult {
  const { reviewed, nextReview, record } = status.current;
  const articleReview = monthYearText(articleMeta.reviewed);
  const lines = [
    pack ? msg(str`Translation reviewed by ${pack.reviewer}, ${monthYearText(pack.reviewed)}`) : undefined,
    record ? msg(str`Reviewed by ${record.reviewer}, ${record.organisation}, ${monthYearText(reviewed)}`) : undefined,
    pack || record ? msg(str`Original text medically reviewed ${articleReview}`) : reviewedText(articleReview),
    msg(str`Next review due ${monthYearText(nextReview)}`),
    sourceCountText(articleMeta.sourceCount),
  ];
  const { refused } = status;
  // Not <footer>: in a shadow root it is a page-level contentinfo landmark, one per widget.
  return html`<div part="footer" class="footer" lang=${lang}>
    ${
      status.overdue
        ? html`<p part="review-notice" class="review-notice" role="note">
            ${msg(str`This information is due for review: its next review was due ${monthYearText(nextReview)}.`)}
          </p>`
        : nothing
    }
    ${refused ? html`<p part="notice" class="review-notice">${msg(str`The page’s review record was not used: ${refused}.`)}</p>` : nothing}
    <p>${lines.filter(Boolean).join(' · ')}</p>
  </div>`;
}
