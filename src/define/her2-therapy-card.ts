import { Her2TherapyCard } from '../components/her2-therapy-card/her2-therapy-card.js';
import { define } from '../shared/define.js';

define('her2-therapy-card', Her2TherapyCard);
