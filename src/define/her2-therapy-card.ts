import { Her2TherapyCard } from '../components/her2-therapy-card/her2-therapy-card.js';
import { define } from '../shared/define.js';

define('her2-therapy-card', Her2TherapyCard);

// Keeps the class's module, with its HTMLElementTagNameMap entry, in this entry's .d.ts.
export type { Her2TherapyCard };
