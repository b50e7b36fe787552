import { Her2StatusExplainer } from '../components/her2-status-explainer/her2-status-explainer.js';
import { define } from '../shared/define.js';

define('her2-status-explainer', Her2StatusExplainer);

// Keeps the class's module, with its HTMLElementTagNameMap entry, in this entry's .d.ts.
export type { Her2StatusExplainer };
