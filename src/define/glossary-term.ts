import { GlossaryTerm } from '../components/glossary-term/glossary-term.js';
import { define } from '../shared/define.js';

define('glossary-term', GlossaryTerm);
