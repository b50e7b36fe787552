import { SourceList } from '../components/source-list/source-list.js';
import { define } from '../shared/define.js';

define('source-list', SourceList);
