// Writes docs/api.md from custom-elements.json: per element its summary, attributes and
// properties, methods, events, slots, CSS parts and CSS custom properties. `npm run build` runs
// it; test/node/api-docs.test.mjs fails when docs/api.md differs from what this would write.
//
// Ours rather than @custom-elements-manifest/to-markdown (0.1.0, the maintained renderer, tried
// on this manifest): it leaves out each class's summary and description, lists protected
// members beside the public ones, shows `defaultHeadingLevel` where we show 3, goes file by file
// with the non-element classes, and escapes the backticks inside descriptions.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const docsPath = 'docs/api.md';

const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${String(text).replace(/\s+/g, ' ').trim()}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ];
}

function section(title, headers, rows) {
  return rows.length ? [`### ${title}`, '', ...table(headers, rows)] : [];
}

/** A default that names a constant the manifest knows (`defaultHeadingLevel`) shows its value. */
function constants(manifest) {
  const values = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind === 'variable' && declaration.default !== undefined) {
        values.set(declaration.name, declaration.default);
      }
    }
  }
  return (value) => (value !== undefined && values.has(value) ? values.get(value) : value);
}

function elementDocs(element, resolve) {
  const fields = (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.privacy && !member.static,
  );
  const fieldNames = new Set(fields.map((field) => field.name));
  const attributeOnly = (element.attributes ?? []).filter((attribute) => !fieldNames.has(attribute.fieldName));
  const attributeRows = [
    ...fields.map((field) => [
      code(field.attribute),
      code(field.name),
      code(field.type?.text),
      code(resolve(field.default)),
      field.description,
    ]),
    ...attributeOnly.map((attribute) => [
      code(attribute.name),
      '',
      code(attribute.type?.text),
      code(resolve(attribute.default)),
      attribute.description,
    ]),
  ];
  const methods = (element.members ?? []).filter(
    (member) => member.kind === 'method' && !member.privacy && !member.static,
  );
  const signature = (method) =>
    `${method.name}(${(method.parameters ?? []).map((parameter) => parameter.name).join(', ')})`;

  return [
    `## \`<${element.tagName}>\``,
    '',
    `Class \`${element.name}\`. ${element.summary ?? ''}`.trim(),
    '',
    ...(element.description ? [element.description.trim(), ''] : []),
    ...section('Attributes and properties', ['attribute', 'property', 'type', 'default', 'description'], attributeRows),
    ...section(
      'Methods',
      ['method', 'description'],
      methods.map((method) => [code(signature(method)), method.description]),
    ),
    ...section(
      'Events',
      ['event', 'description'],
      (element.events ?? []).map((event) => [code(event.name), event.description]),
    ),
    ...section(
      'Slots',
      ['slot', 'description'],
      (element.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', slot.description]),
    ),
    ...section(
      'CSS parts',
      ['part', 'description'],
      (element.cssParts ?? []).map((part) => [code(part.name), part.description]),
    ),
    ...section(
      'CSS custom properties',
      ['property', 'description'],
      (element.cssProperties ?? []).map((property) => [code(property.name), property.description]),
    ),
  ];
}

/** The elements of the manifest, sorted by tag. */
export function manifestElements(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

export function apiMarkdown(manifest) {
  const resolve = constants(manifest);
  const elements = manifestElements(manifest);
  const lines = [
    '# API reference',
    '',
    '<!-- Generated from custom-elements.json by scripts/api-docs.mjs (`npm run build`). Do not edit by hand. -->',
    '',
    'Every element of her2-widgets, as its source documents it. Attributes are set in HTML;',
    'properties are set from script (`element.extraTerms = [...]`). Events bubble and are composed.',
    '',
    ...elements.map((element) => `- [\`<${element.tagName}>\`](#${element.tagName})`),
    '',
    ...elements.flatMap((element) => elementDocs(element, resolve)),
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  mkdirSync(dirname(docsPath), { recursive: true });
  writeFileSync(docsPath, apiMarkdown(manifest));
  console.log(`${docsPath}: ${manifestElements(manifest).length} elements`);
}
