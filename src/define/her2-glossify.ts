import { Her2Glossify } from '../components/her2-glossify/her2-glossify.js';
import { define } from '../shared/define.js';
import './glossary-term.js';

define('her2-glossify', Her2Glossify);
