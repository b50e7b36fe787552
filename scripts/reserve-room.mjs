// `npm run reserve`: measures how tall each block element is at every width in Chromium, in three
// common kinds of font, and writes src/generated/reserved-room.ts: per element, the four numbers
// of a height formula that src/reserve/reserve-css.ts turns into the CSS that keeps each widget's
// room while its module is still loading. Run it after a change to the content or the styles;
// test/theming/before-definition.test.ts fails when the formula no longer fits the widgets.
//
// The formula: height = a·em + b·em·ch / (width − p·em) + r·min(width − 2em, 22em). Text takes
// fewer lines as the width in characters (ch) grows; the picture grows with the width up to its
// 22em; `a` is what neither changes. Measured in `ch`, a line of text is nearly the same in every
// font, so one fit serves serif, sans-serif and wide system fonts alike.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { reservedStates } from './reserve/states.mjs';

const fonts = ['Georgia, serif', 'system-ui, sans-serif', 'Arial, sans-serif'];
const fontSize = 16;
const widths = Array.from({ length: 127 }, (_, i) => 272 + i * 8);

/** Least squares for a, b, r at a fixed p (the model is linear in them); `ch` per sample. */
function fitLinear(samples, p) {
  const rows = samples.map(({ width, ch, height }) => ({
    x: [1, ch / (width / fontSize - p), Math.min(width / fontSize - 2, 22)],
    y: height / fontSize,
  }));
  const normal = [0, 1, 2].map((i) => [0, 1, 2].map((j) => rows.reduce((sum, row) => sum + row.x[i] * row.x[j], 0)));
  const right = [0, 1, 2].map((i) => rows.reduce((sum, row) => sum + row.x[i] * row.y, 0));
  const [a, b, r] = solve3(normal, right);
  const error = rows.reduce((sum, row) => sum + (row.x[0] * a + row.x[1] * b + row.x[2] * r - row.y) ** 2, 0);
  return { a, b, p, r, error };
}

/** Cramer's rule for a 3×3 system. */
function solve3(m, v) {
  const det = (x) =>
    x[0][0] * (x[1][1] * x[2][2] - x[1][2] * x[2][1]) -
    x[0][1] * (x[1][0] * x[2][2] - x[1][2] * x[2][0]) +
    x[0][2] * (x[1][0] * x[2][1] - x[1][1] * x[2][0]);
  const d = det(m);
  return [0, 1, 2].map((column) => det(m.map((row, i) => row.map((value, j) => (j === column ? v[i] : value)))) / d);
}

/** The best fit over p (the text's inset from the element's edges, in em), to 0.1 em. */
function fit(samples) {
  let best;
  for (let p = 0; p <= 12; p += 0.1) {
    const candidate = fitLinear(samples, p);
    if (!best || candidate.error < best.error) best = candidate;
  }
  const round = (value, digits) => Number(value.toFixed(digits));
  return { a: round(best.a, 2), b: round(best.b, 1), p: round(best.p, 1), r: round(best.r, 3) };
}

async function measure(page, state, font) {
  return page.evaluate(
    async ({ tag, attributes }, font, fontSize, widths) => {
      const heights = [];
      const box = document.body.appendChild(document.createElement('div'));
      box.style.font = `${fontSize}px/1.6 ${font}`;
      const ch = document.body.appendChild(document.createElement('span'));
      ch.style.cssText = `font: ${fontSize}px ${font}; position: absolute; white-space: pre`;
      ch.textContent = '0'.repeat(100);
      const chPerEm = ch.getBoundingClientRect().width / 100 / fontSize;
      ch.remove();
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      box.append(el);
      for (const width of widths) {
        box.style.width = `${width}px`;
        await el.updateComplete;
        heights.push({ width, ch: chPerEm, height: el.getBoundingClientRect().height });
      }
      box.remove();
      return heights;
    },
    state,
    font,
    fontSize,
    widths,
  );
}

const server = await startDevServer({
  config: { rootDir: '.', port: 8766, hostname: '127.0.0.1' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? execFileSync('sh', ['-c', 'command -v chromium']).toString().trim(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage();
  await page.goto('http://127.0.0.1:8766/scripts/reserve/measure.html');
  await page.waitForFunction(() => customElements.get('her2-article'));
  const room = {};
  for (const state of reservedStates) {
    const samples = [];
    for (const font of fonts) samples.push(...(await measure(page, state, font)));
    // A layout that changes at a width (the overview's columns) is fitted on each side of it.
    const bands = [0, ...(state.breakpoints ?? [])];
    room[state.selector] = bands.map((from, index) => ({
      from,
      ...fit(
        samples.filter(({ width }) => width / fontSize >= from && width / fontSize < (bands[index + 1] ?? Infinity)),
      ),
    }));
    console.log(state.selector, JSON.stringify(room[state.selector]));
  }
  writeFileSync(
    'src/generated/reserved-room.ts',
    `// Written by \`npm run reserve\` (scripts/reserve-room.mjs) from heights measured in Chromium.\n` +
      `import type { ReservedRoom } from '../reserve/reserve-css.js';\n\n` +
      `export const reservedRoom: ReservedRoom = ${JSON.stringify(room, null, 2)};\n`,
  );
  console.log('src/generated/reserved-room.ts written');
} finally {
  await browser.close();
  await server.stop();
}
