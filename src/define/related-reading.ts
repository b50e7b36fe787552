import { RelatedReading } from '../components/related-reading/related-reading.js';
import { define } from '../shared/define.js';

define('related-reading', RelatedReading);

// Keeps the class's module, with its HTMLElementTagNameMap entry, in this entry's .d.ts.
export type { RelatedReading };
