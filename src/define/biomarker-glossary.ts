import { BiomarkerGlossary } from '../components/biomarker-glossary/biomarker-glossary.js';
import { define } from '../shared/define.js';

define('biomarker-glossary', BiomarkerGlossary);
