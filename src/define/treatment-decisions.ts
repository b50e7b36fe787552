import { TreatmentDecisions } from '../components/treatment-decisions/treatment-decisions.js';
import { define } from '../shared/define.js';

define('treatment-decisions', TreatmentDecisions);
