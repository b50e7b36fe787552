// Writes dist/reserve.css (`her2-widgets/reserve.css`): the CSS that keeps every block element's
// room until its module has run, from the heights `npm run reserve` measured. Pages carry it
// inline; see README, "Before the script loads".
import { writeFileSync } from 'node:fs';
import { reservedRoom } from '../dist/esm/generated/reserved-room.js';
import { reserveCss } from '../dist/esm/reserve/reserve-css.js';

writeFileSync('dist/reserve.css', reserveCss(reservedRoom));
console.log('dist/reserve.css written');
