// Turns the benchmark results into BENCHMARKS.md.
import { ms, ratio } from './stats.mjs';
import { plainHtmlPage } from './host-page/pages.mjs';
import { cdnDelayMs } from './host-page/suite.mjs';
import { goals } from './sizes.mjs';

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const pass = (ok) => (ok ? 'within' : '**over**');
const percent = (value) => `${(value * 100).toFixed(1)} %`;

const moduleName = (path) => path.replace(/^(dist\/esm|node_modules)\//, '').replace(/\.js$/, '');

/** Per page, the modules its files hold that its entry as one file leaves out: code it loads and does not run. */
function unusedModuleLines(pages, oneFile) {
  const lines = pages
    .filter((page) => oneFile[page.tags[0]].unused.length > 0)
    .map(
      (page) =>
        `- \`<${page.tags[0]}>\`: ${oneFile[page.tags[0]].unused.map((path) => `\`${moduleName(path)}\``).join(', ')}`,
    );
  if (lines.length === 0) return ['Every page runs every module it loads.'];
  return ['Modules a page loads that its element does not use (the entry as one file leaves them out):', '', ...lines];
}

function sizeSection({ modules, pages, threeKinds, bundle, autoloader }, oneFile, floors, hydration) {
  const sizeCells = (size) => `${kb(size.raw)} | ${kb(size.gzip)} | ${kb(size.brotli)}`;
  const pageRows = pages.map(
    (page) =>
      `| \`<${page.tags[0]}>\` | ${page.files.length} | ${kb(page.gzip)} | ${kb(page.brotli)} | ${kb(oneFile[page.tags[0]].gzip)} | ${kb(page.goal)} (${pass(page.gzip <= page.goal)}) |`,
  );
  const splitCosts = pages.map((page) => page.gzip - oneFile[page.tags[0]].gzip);
  const threeKindsOneFile = threeKinds.tags.reduce((sum, tag) => sum + oneFile[tag].gzip, 0);
  const threeKindsGoal = `${goals.threeKindsRatio.toFixed(2)}× the largest of the three alone: ${threeKinds.ratio.toFixed(2)}× (${pass(threeKinds.ratio <= goals.threeKindsRatio)})`;
  const moduleRows = Object.entries(modules)
    .filter(([path]) => /^(chunks|define)\//.test(path))
    .map(([path, size]) => `| \`dist/${path}\` | ${sizeCells(size)} |`);
  return [
    '## Size',
    '',
    `Minified files as built; gzip level 9 and brotli quality 11, each file compressed on its own, as a CDN sends it. A page loads an element's entry (\`dist/define/<tag>.js\`) and the chunks it imports (\`dist/modules.json\` lists them); its bytes are those files added up. The goals: ${goals.singleTopicPage / 1000} KB gzip for a page with one single-topic element, ${goals.compositePage / 1000} KB for one with a composite (article, overview, glossify), and for a page with three kinds of element at most ${goals.threeKindsRatio}× the largest of them alone.`,
    '',
    'Floors, minimal elements bundled as one file each in this run (scripts/bench/size-floors.mjs):',
    '',
    '| floor | minified | gzip | brotli |',
    '|---|---|---|---|',
    `| Lit and an element that renders one paragraph | ${sizeCells(floors.lit)} |`,
    `| the shared base and a card with a heading and the review footer (themes, print and forced colours, languages, content packs, the review dates and a host's review record) | ${sizeCells(floors.base)} |`,
    `| Lit and an element that prints every reviewed text as stored, which the library must carry | ${sizeCells(floors.text)} |`,
    '',
    `So a single-topic page's goal leaves ${kb(goals.singleTopicPage - floors.base.gzip)} gzip beyond the shared base for the element's own text, code and picture.`,
    '',
    '### Pages',
    '',
    '| page | files | gzip | brotli | gzip, the entry as one file | gzip goal |',
    '|---|---|---|---|---|---|',
    ...pageRows,
    `| three kinds: ${threeKinds.tags.map((tag) => `\`<${tag}>\``).join(', ')} | ${threeKinds.files.length} | ${kb(threeKinds.gzip)} | ${kb(threeKinds.brotli)} | ${kb(threeKindsOneFile)} | ${threeKindsGoal} |`,
    '',
    `"The entry as one file" is the same entry bundled with everything it imports into one file (scripts/bench/one-file-sizes.mjs), as the entries were before the build was split: a page with one element pays ${kb(Math.min(...splitCosts))} to ${kb(Math.max(...splitCosts))} gzip more for the sharing: its files are compressed apart and import names from each other, and a chunk also holds what other elements need. A page with the three kinds saves ${kb(threeKindsOneFile - threeKinds.gzip)}.`,
    '',
    ...unusedModuleLines(pages, oneFile),
    '',
    '### Files',
    '',
    '| file | minified | gzip | brotli |',
    '|---|---|---|---|',
    `| \`dist/her2-widgets.js\` (every element in one file) | ${sizeCells(bundle)} |`,
    `| the same elements without Lit's hydration support | ${sizeCells(hydration.withoutHydration)} |`,
    `| added by hydrating pre-rendered HTML | ${sizeCells(hydration.added)} |`,
    `| \`dist/autoloader.js\` (goal ≤ ${kb(goals.autoloader)} gzip: ${pass(autoloader.gzip <= goals.autoloader)}) | ${sizeCells(autoloader)} |`,
    ...moduleRows,
  ].join('\n');
}

function picturesSection({ withPictures, withoutPictures, added }) {
  return [
    '### Pictures',
    '',
    'The whole library built twice: as shipped, and with every picture module replaced by one that draws nothing.',
    '',
    '| library | gzip | brotli |',
    '|---|---|---|',
    `| without pictures (baseline) | ${kb(withoutPictures.gzip)} | ${kb(withoutPictures.brotli)} |`,
    `| with the four pictures | ${kb(withPictures.gzip)} | ${kb(withPictures.brotli)} |`,
    `| added by the pictures (goal ≤ 3 KB gzip) | ${kb(added.gzip)} | ${kb(added.brotli)} |`,
  ].join('\n');
}

function renderSection({ runs, elements, widgets, static: baseline, pairRatios }) {
  const twoDecimals = (value) => `${value.toFixed(2)}×`;
  return [
    '## Render',
    '',
    `${elements} mixed elements already in the page; from the module's evaluation to every element's \`updateComplete\` and a forced layout. Baseline: the same rendered markup and styles as static HTML, parsed and laid out. Median of ${runs} fresh page loads each, after one load of each page that is not counted; the two pages take turns, in both orders, so both see the same machine load.`,
    '',
    '| page | median | ratio to static |',
    '|---|---|---|',
    `| static HTML (baseline) | ${ms(baseline)} | 1.00× |`,
    `| her2-widgets | ${ms(widgets)} | ${ratio(widgets, baseline)} (goal ≤ 2×) |`,
    '',
    `Each widgets load against the static load next to it: median ratio ${twoDecimals(pairRatios.median)}, middle half of the runs ${twoDecimals(pairRatios.p25)} to ${twoDecimals(pairRatios.p75)}.`,
  ].join('\n');
}

function glossarySection({ terms, baseline, scaled }) {
  return [
    '## Glossary at scale',
    '',
    `A scripted typing session in \`<biomarker-glossary>\` (${scaled.keystrokes} keystrokes, the first one included, and clearing the box); each keystroke timed from the input event to the updated, laid-out DOM. The session starts half a second after the glossary has rendered its terms, as a reader would; the search index is prepared in idle slices as the terms arrive. Baseline: the same session on the built-in 10-term glossary.`,
    '',
    '| glossary | first keystroke | median | p95 | p95 ratio |',
    '|---|---|---|---|---|',
    `| 10 built-in terms (baseline) | ${ms(baseline.first)} | ${ms(baseline.median)} | ${ms(baseline.p95)} | 1.00× |`,
    `| + ${terms.toLocaleString('en')} host terms | ${ms(scaled.first)} | ${ms(scaled.median)} | ${ms(scaled.p95)} | ${ratio(scaled.p95, baseline.p95)} (goal: p95 ≤ 16 ms) |`,
  ].join('\n');
}

function glossifySection({ words, runs, terms, defined, definedEvery, medians }) {
  const row = (name, value) => `| ${name} | ${ms(value)} | ${ratio(value, medians.treeWalker)} |`;
  return [
    '## Glossify',
    '',
    `\`<her2-glossify>\` over a ${words.toLocaleString('en')}-word article made of the seed's paragraphs, with the ${terms}-term default glossary (${defined} terms defined; ${definedEvery} with \`every\`). Baseline: a plain TreeWalker pass over the same text. Median of ${runs} runs.`,
    '',
    '| pass | median | ratio to TreeWalker |',
    '|---|---|---|',
    row('plain TreeWalker pass (baseline)', medians.treeWalker),
    row('combined matcher over every text node', medians.matcherScan),
    row('glossify, first occurrence of each term (goal ≤ 30 ms)', medians.glossify),
    row('glossify with `every`', medians.glossifyEvery),
    row('restore (remove the element)', medians.restore),
  ].join('\n');
}

function memorySection({ cycles, baseline, widgets }) {
  const row = (name, m) =>
    `| ${name} | ${kb(m.before)} | ${kb(m.after)} | ${percent(m.growth)} | ${percent(m.secondGrowth)} |`;
  return [
    '## Memory',
    '',
    `${cycles.toLocaleString('en')} cycles of create, attach, render and remove after 50 uncounted ones; JS heap after forced garbage collection, before and after. Then ${cycles.toLocaleString('en')} more: a leak would grow the heap again there, while the first round also holds one-time growth (a heap snapshot diff shows V8's optimized code and a Blink hash table, no objects of the widgets). Baseline: the same cycles with plain \`<div>\` markup.`,
    '',
    '| markup | heap before | heap after | growth | growth in the next round |',
    '|---|---|---|---|---|',
    row('plain divs (baseline)', baseline),
    row('`<glossary-term>` + `<her2-therapy-card>` (goal ≤ 10 %)', widgets),
  ].join('\n');
}

/** What the pre-rendered page's first paint costs at each width, set against the same text as plain HTML. */
function contentCostSentence(results) {
  const at = results.map(({ viewport, pages }) => {
    const [plain, preRendered] = [plainHtmlPage, 'pre-rendered'].map((name) =>
      pages.find((page) => page.name === name),
    );
    return { width: viewport.width, plain, preRendered };
  });
  const each = (describe) => at.map((width) => `${describe(width)} at ${width.width} px`).join(' and ');
  const heights = ({ plain, preRendered }) =>
    plain.height === preRendered.height
      ? `both ${plain.height} px tall`
      : `${preRendered.height} px tall pre-rendered and ${plain.height} px as plain HTML`;
  return [
    `For reference, with the pre-rendered widgets' text and styles written into the post as plain HTML, and no widget or script, its first paint comes ${each(({ plain }) => `${plain.fcpRatio.toFixed(2)}× as late as without them`)}: showing that much text in the first frame costs that much, whoever writes it.`,
    `The pre-rendered widgets' first paint comes ${each(({ plain, preRendered }) => `${(preRendered.fcpRatio / plain.fcpRatio).toFixed(2)}× as late as that plain HTML's`)}.`,
    `The two pages show the same text and are ${each(heights)}.`,
  ].join(' ');
}

function hostPageSection({ runs, cdnDelayMs, results }) {
  const shiftGoals = { "README's snippet": 0.05, 'the snippet with dist/autoloader.js': 0.05, 'pre-rendered': 0.01 };
  const rows = results.flatMap(({ viewport, pages }) =>
    pages.map((page) => {
      const goal = shiftGoals[page.name];
      const ratio = `${page.fcpRatio.toFixed(2)}×`;
      const ratioCell = goal ? `${ratio} (goal ≤ 1.10×)` : ratio;
      const shiftCell = goal ? `${page.worstCls.toFixed(3)} (goal ≤ ${goal})` : page.worstCls.toFixed(3);
      return `| ${viewport.width} px | ${page.name} | ${ms(page.fcp)} | ${ratioCell} | ${page.cls.toFixed(3)} | ${shiftCell} |`;
    }),
  );
  return [
    '## Host page',
    '',
    `A blog post (scripts/bench/host-page/blog.mjs: a heading and five paragraphs of the blogger's own text) with three widgets between its paragraphs: \`<her2-therapy-card type="adc">\`, \`<biomarker-glossary>\` and \`<source-list collapsed>\`. Chromium with the CPU slowed 4×; every file of the library arrives ${cdnDelayMs} ms after the page, as from a CDN, and only what is inline in the page arrives with it. Five versions: without widgets (the baseline); README's first snippet as written (the script tag, the reserving \`<style>\`, then each tag in its place); the same snippet loading \`dist/autoloader.js\`, which then loads the three entries and their chunks; the same widgets pre-rendered by \`her2-widgets render … + …\`, with the CDN file; and, for reference, ${plainHtmlPage}: the pre-rendered widgets' content written into the post as the blogger's own HTML, each widget's shadow content in a \`<div>\` with its styles scoped to it, without Lit's markers and without any script (scripts/bench/host-page/plain-html.mjs). Each version loaded ${runs} times at each width, the versions taking turns in both orders, in one tab with the HTTP cache off. First paint is Chromium's first contentful paint as its DevTools protocol reports it, unrounded (the page's Paint Timing API rounds it to 4 ms, a twentieth of the baseline): the median, and the median of each load's ratio to the baseline load of its turn. Layout shift: every shift of a load added up, the median and the worst load.`,
    '',
    '| width | page | first contentful paint | ratio to the page without widgets | layout shift, median | layout shift, worst load |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    contentCostSentence(results),
  ].join('\n');
}

function lighthouseTable(pages) {
  const row = (r) =>
    `| ${r.name} | ${r.scores.performance} (${r.performanceEachRun.join(', ')}) | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${Math.round(r.firstContentfulPaint)} ms | ${Math.round(r.totalBlockingTime)} ms | ${r.cls.toFixed(3)} | ${r.failing.join(', ') || '–'} |`;
  return [
    '| page | performance (each run) | accessibility | best practices | first contentful paint | total blocking time | layout shift | failing audits (runs) |',
    '|---|---|---|---|---|---|---|---|',
    ...pages.map(row),
  ].join('\n');
}

function lighthouseSection({ demo, hostPage }) {
  return [
    '## Lighthouse',
    '',
    `Lighthouse (npm package, its default mobile settings: simulated slow 4G and a 4× slower CPU) in Debian's Chromium, pages served gzip-compressed as a CDN or blog host serves them. Each page is audited ${demo.runs} times, the pages taking turns; the tables give the median of each score and metric, and the performance score of every run.`,
    '',
    `The host page's blog post (see [Host page](#host-page)), the library's files again ${cdnDelayMs} ms late. Baseline: the post without widgets.`,
    '',
    lighthouseTable(hostPage.pages),
    '',
    "The demo page, which loads the widgets with one script tag and the reserving CSS from dist/reserve.css. Baseline: the same page without the widgets' script and CSS.",
    '',
    lighthouseTable(demo.pages),
  ].join('\n');
}

export function writeReport(results) {
  const { machine } = results;
  return [
    '# Benchmarks',
    '',
    'Made by `npm run bench` (builds, then measures in headless Chromium and writes this file).',
    `Measured ${machine.date} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}.`,
    'The machine is shared and noisy: compare the ratios within one run, not times across runs.',
    '',
    sizeSection(results.sizes, results.oneFile, results.floors, results.hydration),
    '',
    picturesSection(results.pictures),
    '',
    renderSection(results.render),
    '',
    hostPageSection(results.hostPage),
    '',
    glossarySection(results.glossary),
    '',
    glossifySection(results.glossify),
    '',
    memorySection(results.memory),
    '',
    lighthouseSection(results.lighthouse),
    '',
  ].join('\n');
}
