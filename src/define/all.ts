import './her2-therapy-card.js';
import './biomarker-glossary.js';
import './source-list.js';
import './her2-status-explainer.js';
import './her2-therapy-overview.js';
import './treatment-decisions.js';
import './related-reading.js';
import './glossary-term.js';
import './her2-glossify.js';
import './her2-article.js';

// Script-tag pages register their reviewed translations and their own review through the same file.
export { registerContentPack } from '../shared/content-packs.js';
export { clearReviewRecord, registerReviewRecord, setReviewClock } from '../shared/review-record.js';
