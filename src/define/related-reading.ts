import { RelatedReading } from '../components/related-reading/related-reading.js';
import { define } from '../shared/define.js';

define('related-reading', RelatedReading);
