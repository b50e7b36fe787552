import { Her2Glossify } from '../components/her2-glossify/her2-glossify.js';
import { define } from '../shared/define.js';
import './glossary-term.js';

define('her2-glossify', Her2Glossify);

// Keeps the class's module, with its HTMLElementTagNameMap entry, in this entry's .d.ts.
export type { Her2Glossify };
