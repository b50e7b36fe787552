import './her2-therapy-card.js';
import './biomarker-glossary.js';
import './source-list.js';
