import { Her2Article } from '../components/her2-article/her2-article.js';
import { define } from '../shared/define.js';
import './glossary-term.js';
import './her2-glossify.js';
import './related-reading.js';
import './source-list.js';

define('her2-article', Her2Article);

// Keeps the class's module, with its HTMLElementTagNameMap entry, in this entry's .d.ts.
export type { Her2Article };
