import { SourceList } from '../components/source-list/source-list.js';
import { define } from '../shared/define.js';

define('source-list', SourceList);

// Keeps the class's module, with its HTMLElementTagNameMap entry, in this entry's .d.ts.
export type { SourceList };
