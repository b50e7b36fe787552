import './her2-therapy-card.js';
import './biomarker-glossary.js';
import './source-list.js';
import './her2-status-explainer.js';
import './her2-therapy-overview.js';
import './treatment-decisions.js';
import './related-reading.js';
