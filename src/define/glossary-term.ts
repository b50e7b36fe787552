import { GlossaryTerm } from '../components/glossary-term/glossary-term.js';
import { define } from '../shared/define.js';

define('glossary-term', GlossaryTerm);

// Keeps the class's module, with its HTMLElementTagNameMap entry, in this entry's .d.ts.
export type { GlossaryTerm };
