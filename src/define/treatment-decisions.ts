import { TreatmentDecisions } from '../components/treatment-decisions/treatment-decisions.js';
import { define } from '../shared/define.js';

define('treatment-decisions', TreatmentDecisions);

// Keeps the class's module, with its HTMLElementTagNameMap entry, in this entry's .d.ts.
export type { TreatmentDecisions };
