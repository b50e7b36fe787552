// Writes docs/content-review.md: the packet a hospital's clinical reviewer reads and signs. It
// holds every text the widgets show, each with its origin (a seed paragraph, a row of
// drug-examples.md, or the library's own interface words), each light edit beside the seed words
// it edits, the drug table with its sources, and the dates. Made from the built
// dist/esm/content/index.js, the seed and src/translations/es.xlf; `npm run build` runs it, and
// test/node/content-review.test.mjs fails when a text of the content is missing from it.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentData } from './content-json.mjs';
import { normalise, seedParagraphs, seedRuns } from './seed-text.mjs';

export const reviewPath = 'docs/content-review.md';
export const seedPath = 'test/fixtures/seed-article.txt';
export const drugTablePath = 'test/fixtures/drug-examples.md';
export const xliffPath = 'src/translations/es.xlf';
const drugDocument = 'drug-examples.md';
const interfaceOrigin = "the library's own interface words";

/** "May 2022": English, as the packet is. */
export const monthYear = ({ year, month }) =>
  new Date(Date.UTC(year, month - 1)).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The English of every UI string in an XLIFF file, placeholders shown as {0}, {1}, … */
export function interfaceWords(xliff) {
  const decode = (text) =>
    text
      .replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...xliff.matchAll(/<source>([\s\S]*?)<\/source>/g)].map(([, source]) => decode(source));
}

/** Backslash-escapes what Markdown would read as markup, so every text renders as written. */
export const escapeMarkdown = (text) => String(text).replace(/[\\`*_<>[\]|]/g, '\\$&');
export const unescapeMarkdown = (markdown) => markdown.replace(/\\([\\`*_<>[\]|])/g, '$1');

function oneLine(text, where) {
  if (/[\r\n]/.test(text)) throw new Error(`${where}: a text with a line break cannot be quoted on one line`);
  return escapeMarkdown(text);
}

const quote = (text, where) => `> ${oneLine(text, where)}`;
const paragraphs = (seed) => seed.map((number) => `¶${number}`).join(', ');
const seedOrigin = (seed) => `seed ${paragraphs(seed)}`;
const isReviewedText = (value) =>
  Boolean(value) && typeof value === 'object' && typeof value.text === 'string' && Array.isArray(value.seed);
const sourceName = (source) =>
  source.title
    ? `${source.publisher ? `${source.publisher}. ` : ''}"${source.title}"`
    : (source.description ?? source.publisher);
const sourceWithUrl = (source) => `${sourceName(source)}${source.url ? ` (${source.url})` : ''}`;

function table(headers, rows) {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
}

/** Numbers each kind of block as it is written (T1, G1, …) and counts the light edits. */
function counter(seed) {
  const counts = new Map();
  return {
    seed,
    next: (prefix) => {
      counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
      return `${prefix}${counts.get(prefix)}`;
    },
    count: (prefix) => counts.get(prefix) ?? 0,
    edits: 0,
    flagged: 0,
  };
}

/** The cited paragraphs quoted whole, for a text the packet cannot match to them. */
function citedParagraphs(numbers, seed, where) {
  return seed.flatMap((number) => [`Seed ¶${number}:`, '', quote(numbers.seed[number - 1] ?? '', where), '']);
}

/**
 * One shown text and its origin. With a light edit, the seed words it was made from, the shown
 * text and the change stand together. A text that is neither the seed's words nor a recorded
 * light edit of them is flagged, with the paragraphs it cites.
 */
function textBlock(numbers, prefix, path, { text, seed, edit }, title = `\`${path}\``) {
  const origin = seedOrigin(seed);
  const lines = [`#### ${numbers.next(prefix)}. ${title}`, ''];
  if (!edit) {
    if (seedRuns(numbers.seed, seed).has(normalise(text))) {
      return [...lines, `Origin: ${origin}, the seed's own words.`, '', quote(text, path), ''];
    }
    numbers.flagged += 1;
    return [
      ...lines,
      `Origin: ${origin}. **Check:** not the seed's sentences as they stand, and no light edit is recorded.`,
      '',
      'Shown text:',
      '',
      quote(text, path),
      '',
      ...citedParagraphs(numbers, seed, path),
    ];
  }
  numbers.edits += 1;
  const cited = seed.map((number) => normalise(numbers.seed[number - 1] ?? ''));
  const fromSeed = cited.some((paragraph) => paragraph.includes(normalise(edit.from)));
  if (!fromSeed) numbers.flagged += 1;
  return [
    ...lines,
    `Origin: ${origin}, light edit: ${oneLine(edit.change, path)}`,
    '',
    fromSeed
      ? `Seed text (${paragraphs(seed)}):`
      : `Seed text as recorded; **check:** not found in ${origin} as it stands:`,
    '',
    quote(edit.from, path),
    '',
    'Shown text:',
    '',
    quote(text, path),
    '',
    ...(fromSeed ? [] : citedParagraphs(numbers, seed, path)),
  ];
}

/**
 * A string the content shows without a citation of its own (a therapy's name): its origin is the
 * seed paragraphs, among those its item cites, that have it word for word.
 */
function uncitedBlock(numbers, path, text, cited, seed) {
  const found = cited.filter((number) => seed[number - 1].includes(text));
  const origin = found.length
    ? `${seedOrigin(found)} (found there word for word; the field records no paragraph of its own)`
    : `no recorded origin: not found in ${cited.length ? seedOrigin(cited) : 'the seed'}, check it`;
  return [`#### ${numbers.next('T')}. \`${path}\``, '', `Origin: ${origin}.`, '', quote(text, path), ''];
}

const citedIn = (node, found = new Set()) => {
  if (!node || typeof node !== 'object') return found;
  if (Array.isArray(node.seed)) for (const number of node.seed) found.add(number);
  for (const value of Object.values(node)) citedIn(value, found);
  return found;
};
const firstCited = (node) => Math.min(...citedIn(node));

/** Every text of one content export in its order: cited texts, and strings shown without a citation. */
function exportBlocks(numbers, name, value, seed) {
  const blocks = [];
  const walk = (node, path, cited) => {
    if (isReviewedText(node)) return blocks.push(...textBlock(numbers, 'T', path, node));
    if (typeof node === 'string') return blocks.push(...uncitedBlock(numbers, path, node, cited, seed));
    if (!node || typeof node !== 'object') return;
    const itemCited = Array.isArray(node.seed) ? node.seed : [...citedIn(node)].sort((a, b) => a - b);
    for (const [key, child] of Object.entries(node)) {
      if (key === 'id' || key === 'type' || key === 'seed') continue;
      walk(child, Array.isArray(node) ? `${path}[${key}]` : `${path}.${key}`, itemCited);
    }
  };
  walk(value, name, []);
  return blocks;
}

/** The exports the packet gives their own section; every other one is article text. */
const ownSections = new Set([
  'glossary',
  'moreTermsLinks',
  'drugExamples',
  'drugExamplesCompiled',
  'her2StatusDiagram',
  'therapyDiagrams',
  'sources',
  'relatedReading',
  'relatedReadingHeading',
  // The therapy types' codes (mab, adc, tki): keys, not text.
  'therapyTypes',
]);

function articleText(numbers, content, seed) {
  const { articleMeta } = content;
  const exports = Object.entries(content)
    .filter(([name]) => !ownSections.has(name))
    .map(([name, value], order) => ({ name, value, order, first: firstCited(value) }))
    .sort((a, b) => a.first - b.first || a.order - b.order);
  const lines = [
    '## Article text',
    '',
    'Every text the widgets show from the article, grouped by content export (the name in',
    '`code`), in the order of the seed. Each one is shown exactly as a reader sees it.',
    '',
  ];
  for (const { name, value } of exports) {
    lines.push(`### \`${name}\``, '');
    if (name === 'articleMeta') {
      const { title, subtitle, reviewed } = articleMeta;
      lines.push(
        ...textBlock(numbers, 'T', 'articleMeta.title', title),
        ...textBlock(numbers, 'T', 'articleMeta.subtitle', subtitle),
        `#### ${numbers.next('T')}. \`articleMeta.reviewed\``,
        '',
        `Origin: ${seedOrigin(reviewed.seed)}, kept as a date (${reviewed.year}, month ${reviewed.month}); every`,
        'footer shows it with the interface words "Medically reviewed {0}":',
        '',
        quote(seed[reviewed.seed[0] - 1], 'articleMeta.reviewed'),
        '',
        `The next review date, its basis and the source count (${articleMeta.sourceCount}) are under "Dates" and "Sources".`,
        '',
      );
    } else {
      lines.push(...exportBlocks(numbers, name, value, seed));
    }
  }
  return lines;
}

/** The rows of drug-examples.md's drug table, by the generic name each begins with. */
function verifiedRows(drugTable) {
  return drugTable
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => ({ line, cells: line.split('|').map((cell) => cell.trim()) }))
    .filter(({ cells }) => cells.length === 7 && cells[2] && cells[2] !== 'generic name' && !/^-+$/.test(cells[2]));
}

function drugExamples(numbers, content, drugTable) {
  const { drugExamples: examples, drugExamplesCompiled: compiled, therapies } = content;
  const rows = verifiedRows(drugTable);
  const drugs = Object.entries(examples).flatMap(([type, list]) => list.map((drug) => ({ type, drug })));
  const lines = [
    '## Drug examples',
    '',
    `Not part of the article or its ${monthYear(content.articleMeta.reviewed)} review: verified facts compiled`,
    `${monthYear(compiled.compiled)} in "${escapeMarkdown(compiled.document)}", each shown with its source.`,
    'Type is the therapy type the card shows them under.',
    '',
    ...table(
      ['type', 'generic name', 'abbreviation', 'US brand', 'biosimilars', 'note', 'sources', 'URL'],
      drugs.map(({ type, drug }) => [
        escapeMarkdown(therapies[type]?.name ?? type),
        escapeMarkdown(drug.genericName),
        escapeMarkdown(drug.abbreviation ?? ''),
        escapeMarkdown(drug.brandNames.join('; ')),
        escapeMarkdown((drug.biosimilars ?? []).join(', ')),
        escapeMarkdown(drug.note ?? ''),
        escapeMarkdown(drug.sources.map(sourceWithUrl).join('; ')),
        drug.url ?? '',
      ]),
    ),
    'Origin of each row, with the row of drug-examples.md it comes from:',
    '',
  ];
  for (const { drug } of drugs) {
    const row = rows.find(({ cells }) => cells[2] === drug.genericName || cells[2].startsWith(`${drug.genericName} (`));
    if (!row) throw new Error(`${drugTablePath} has no row for the drug example "${drug.genericName}"`);
    const sources = drug.sources.map(sourceName).join('; ');
    lines.push(
      `- ${numbers.next('D')}. ${escapeMarkdown(`${drugDocument}, row ${drug.genericName}, source: ${sources}`)}`,
      `  (the row: \`${row.line}\`)`,
    );
  }
  return [...lines, ''];
}

function glossary(numbers, content) {
  const lines = [
    '## Glossary',
    '',
    'Every term the glossary defines, its definition as shown, and its origin. The widgets also find a term in',
    'running text by the words listed after it.',
    '',
  ];
  content.glossary.forEach((entry, index) => {
    const term = entry.abbreviation ? `${entry.term} (${entry.abbreviation})` : entry.term;
    const path = `glossary[${index}]`;
    const definition = { text: entry.definition, seed: entry.seed ?? [], edit: entry.edit };
    lines.push(...textBlock(numbers, 'G', path, definition, `${escapeMarkdown(term)} (\`${path}\`)`));
    if (entry.variants?.length)
      lines.push(`Also found in text as: ${entry.variants.map(escapeMarkdown).join('; ')}`, '');
  });
  lines.push(
    "The glossary links readers to the National Cancer Institute's own dictionaries for terms it does",
    `not have (origin: ${drugDocument}, "NCI's own dictionaries"):`,
    '',
    ...Object.entries(content.moreTermsLinks).map(([lang, url]) => `- ${lang}: ${url}`),
    '',
  );
  return lines;
}

function diagramSection(numbers, name, diagram, seed) {
  const lines = [`### ${numbers.next('P')}. \`${name}\``, '', `The picture cites ${seedOrigin(diagram.seed)}.`, ''];
  const labelRows = Object.entries(diagram.labels).map(([shape, label]) => {
    const labelLines = typeof label === 'string' ? [label] : [...label];
    const origins = labelLines.map((line) => {
      const found = diagram.seed.filter((number) => seed[number - 1].toLowerCase().includes(line.toLowerCase()));
      if (found.length) return seedOrigin(found);
      numbers.flagged += 1;
      return `**check:** not found in ${seedOrigin(diagram.seed)}`;
    });
    const shown = labelLines.map(escapeMarkdown).join(' / ');
    const origin =
      labelLines.length > 1 ? origins.map((text, index) => `line ${index + 1}: ${text}`).join('; ') : origins[0];
    return [shape, labelLines.length > 1 ? `${shown} (${labelLines.length} lines)` : shown, origin];
  });
  lines.push('Labels:', '', ...table(['shape', 'label', 'origin'], labelRows));
  lines.push(...textBlock(numbers, 'T', `${name}.caption`, diagram.caption));
  diagram.description.forEach((text, index) =>
    lines.push(...textBlock(numbers, 'T', `${name}.description[${index}]`, text)),
  );
  return lines;
}

function diagrams(numbers, content, seed) {
  return [
    '## Diagrams',
    '',
    'Each picture: its visible labels, its caption (also its accessible name) and its text alternative.',
    '',
    ...diagramSection(numbers, 'her2StatusDiagram', content.her2StatusDiagram, seed),
    ...Object.entries(content.therapyDiagrams).flatMap(([type, diagram]) =>
      diagramSection(numbers, `therapyDiagrams.${type}`, diagram, seed),
    ),
  ];
}

function sources(content) {
  return [
    '## Sources',
    '',
    `The article's ${content.sources.length} sources in its order, as the source list shows them. A URL is shown only where`,
    `${drugDocument} lists it as seen on the publisher's own page.`,
    '',
    ...content.sources.map(
      (source, index) =>
        `${index + 1}. ${escapeMarkdown(sourceName(source))}${source.url ? ` ${source.url}` : ''} (origin: ${seedOrigin(source.seed ?? [])})`,
    ),
    '',
  ];
}

function relatedReading(numbers, content) {
  const lines = [
    '## Related reading',
    '',
    'The article\'s "Featured Content": titles and summaries; the host site supplies where each one links.',
    '',
    ...textBlock(numbers, 'R', 'relatedReadingHeading', content.relatedReadingHeading),
  ];
  content.relatedReading.forEach((item, index) => {
    lines.push(
      ...textBlock(numbers, 'R', `relatedReading[${index}].title`, item.title),
      ...textBlock(numbers, 'R', `relatedReading[${index}].summary`, item.summary),
    );
  });
  return lines;
}

function interfaceSection(words) {
  return [
    '## Interface words',
    '',
    `Origin of every line below: ${interfaceOrigin}. These are the headings, labels, counts and messages`,
    'the widgets put around the reviewed text (English; src/translations/es.xlf holds their Spanish).',
    'They are not reviewed medical text; they are listed so that every word a reader can see is in this',
    'packet. {0}, {1}, … are filled in by the widget: a date, a number, a name or what the reader typed.',
    '',
    ...words.map((word, index) => `${index + 1}. ${escapeMarkdown(word)}`),
    '',
  ];
}

function dates(content, seed) {
  const { reviewed, nextReview } = content.articleMeta;
  const { compiled, document } = content.drugExamplesCompiled;
  return [
    '## Dates',
    '',
    ...table(
      ['what', 'date', 'basis'],
      [
        [
          'Medical review of the article text',
          monthYear(reviewed),
          `${seedOrigin(reviewed.seed)}: "${escapeMarkdown(seed[reviewed.seed[0] - 1])}"`,
        ],
        ['Next review of the article text due', monthYear(nextReview), escapeMarkdown(nextReview.basis)],
        ['Drug examples: facts compiled', monthYear(compiled), escapeMarkdown(document)],
      ],
    ),
    'A host site that registers its own reviewed translation shows that translation with its own reviewer',
    'and date; translations are not part of this packet.',
    '',
  ];
}

/** The packet, from the content's data, the seed's text, drug-examples.md and the XLIFF file. */
export function contentReview({ content, seedText, drugTable, xliff, pkg }) {
  const seed = seedParagraphs(seedText);
  const numbers = counter(seed);
  const body = [
    ...articleText(numbers, content, seed),
    ...drugExamples(numbers, content, drugTable),
    ...glossary(numbers, content),
    ...diagrams(numbers, content, seed),
    ...sources(content),
    ...relatedReading(numbers, content),
  ];
  const words = interfaceWords(xliff);
  const { articleMeta, drugExamplesCompiled } = content;
  const fingerprint = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  const header = [
    '# Content review packet',
    '',
    '<!-- Written by scripts/content-review.mjs (npm run build) from src/content; do not edit. -->',
    '',
    `Every word the ${pkg.name} web components (version ${pkg.version}) show readers, for a clinical reviewer to read,`,
    `check against its origin and sign. The article: **${escapeMarkdown(articleMeta.title.text)}**.`,
    '',
    `- Medically reviewed ${monthYear(articleMeta.reviewed)} (the article text; ${seedOrigin(articleMeta.reviewed.seed)}).`,
    `- Next review due ${monthYear(articleMeta.nextReview)}. Basis: ${escapeMarkdown(articleMeta.nextReview.basis)}`,
    `- Drug examples: facts compiled ${monthYear(drugExamplesCompiled.compiled)}, from ${escapeMarkdown(drugExamplesCompiled.document)};`,
    "  this is their own date, not part of the article's medical review.",
    `- Content fingerprint (SHA-256 of the content data): \`${fingerprint}\``,
    '',
    'Origins: "seed ¶N" is the Nth non-empty line of the article the widgets are made from (the seed);',
    `"${drugDocument}, row …" is a row of the verified facts beyond the seed; "${interfaceOrigin}" are`,
    "headings, labels and messages that are not medical text. A text is the seed's own words unless it",
    'shows a light edit: then the seed text it was made from, the shown text and the change stand together.',
    '',
    'In this packet:',
    '',
    `- ${numbers.count('T')} article texts (T), of which diagrams' captions and descriptions are part;`,
    `- ${content.glossary.length} glossary definitions (G), ${numbers.count('D')} drug examples (D), ${numbers.count('P')} diagrams (P),`,
    `  ${content.sources.length} sources, ${numbers.count('R')} related-reading texts (R), ${words.length} interface words;`,
    `- ${numbers.edits} light edits, each beside the seed text it edits;`,
    `- ${numbers.flagged} texts or labels marked **Check**: the packet could not match them to the seed text they cite.`,
    '',
    '## Sign-off',
    '',
    'I have reviewed the texts in this packet against their origins and approve them for publication',
    '(strike out what does not apply): as they stand / with the changes noted below.',
    '',
    ...table(
      ['', ''],
      [
        ['Reviewer name', ' '],
        ['Role', ' '],
        ['Organisation', ' '],
        ['Date', ' '],
        ['Signature', ' '],
      ],
    ),
    'Changes requested (cite the block, e.g. T12):',
    '',
  ];
  return `${[...header, ...body, ...interfaceSection(words), ...dates(content, seed)].join('\n').trimEnd()}\n`;
}

/** The packet for the built content module and the files beside it. */
export async function buildContentReview(modulePath = 'dist/esm/content/index.js') {
  return contentReview({
    content: JSON.parse(JSON.stringify(await contentData(modulePath))),
    seedText: readFileSync(seedPath, 'utf8'),
    drugTable: readFileSync(drugTablePath, 'utf8'),
    xliff: readFileSync(xliffPath, 'utf8'),
    pkg: JSON.parse(readFileSync('package.json', 'utf8')),
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(dirname(reviewPath), { recursive: true });
  writeFileSync(reviewPath, await buildContentReview(process.argv[2]));
  console.log(`${reviewPath} written`);
}
