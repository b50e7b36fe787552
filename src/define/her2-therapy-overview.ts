// The overview renders <her2-therapy-card> elements, so that tag is registered first.
import './her2-therapy-card.js';
import { Her2TherapyOverview } from '../components/her2-therapy-overview/her2-therapy-overview.js';
import { define } from '../shared/define.js';

define('her2-therapy-overview', Her2TherapyOverview);

// Keeps the class's module, with its HTMLElementTagNameMap entry, in this entry's .d.ts.
export type { Her2TherapyOverview };
