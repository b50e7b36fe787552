import { BiomarkerGlossary } from '../components/biomarker-glossary/biomarker-glossary.js';
import { define } from '../shared/define.js';

define('biomarker-glossary', BiomarkerGlossary);

// Keeps the class's module, with its HTMLElementTagNameMap entry, in this entry's .d.ts.
export type { BiomarkerGlossary };
