// The JSX typings and the React wrappers, which scripts/generate-framework-types.mjs writes from
// custom-elements.json, cover every element, attribute and event of it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import ts from 'typescript';
import { manifestElements } from '../../scripts/api-docs.mjs';
import { generate, outputs } from '../../scripts/generate-framework-types.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifestElements(manifest);

/** Tag → the prop names of Her2IntrinsicElements in the built dist/esm/jsx/elements.d.ts. */
function jsxProps() {
  const file = 'dist/esm/jsx/elements.d.ts';
  const program = ts.createProgram([file], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    strict: true,
    noEmit: true,
  });
  const diagnostics = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  assert.deepEqual(diagnostics, [], 'the typings compile');
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const symbol = checker
    .getExportsOfModule(checker.getSymbolAtLocation(source))
    .find((s) => s.name === 'Her2IntrinsicElements');
  const props = new Map();
  for (const tag of checker.getDeclaredTypeOfSymbol(symbol).getProperties()) {
    const type = checker.getTypeOfSymbolAtLocation(tag, source);
    props.set(tag.name, new Set(type.getProperties().map((prop) => prop.name)));
  }
  return props;
}

describe('JSX typings (her2-widgets/jsx)', () => {
  const props = jsxProps();

  test('declare exactly the elements of custom-elements.json', () => {
    assert.deepEqual([...props.keys()].sort(), elements.map((element) => element.tagName).sort());
  });

  for (const element of elements) {
    test(`<${element.tagName}>: every attribute, property and event`, () => {
      const names = props.get(element.tagName);
      assert.ok(names, 'declared');
      for (const attribute of element.attributes ?? []) assert.ok(names.has(attribute.name), attribute.name);
      const propertyOnly = (element.members ?? []).filter(
        (member) => member.kind === 'field' && !member.privacy && !member.static && !member.attribute,
      );
      for (const member of propertyOnly) assert.ok(names.has(member.name), member.name);
      for (const event of element.events ?? []) assert.ok(names.has(`on${event.name}`), `on${event.name}`);
    });
  }
});

describe('React wrappers (her2-widgets/react)', async () => {
  const wrappers = await import('../../dist/esm/react/index.js');

  test('one per element, named as its class', () => {
    assert.deepEqual(Object.keys(wrappers).sort(), elements.map((element) => element.name).sort());
    for (const element of elements) assert.equal(wrappers[element.name].displayName, element.name);
  });

  test('map every event to an onHer2… callback', () => {
    const source = readFileSync('src/react/index.ts', 'utf8');
    for (const element of elements) {
      const block = source.slice(source.indexOf(`tagName: '${element.tagName}'`));
      const events = block.slice(0, block.indexOf('});'));
      for (const event of element.events ?? []) {
        const prop = `on${event.name.replace(/(^|-)([a-z0-9])/g, (_, __, char) => char.toUpperCase())}`;
        assert.ok(events.includes(prop), `<${element.tagName}> ${prop}`);
        if (event.name !== 'her2-invalid') assert.ok(events.includes(`'${event.name}'`), event.name);
      }
    }
  });
});

describe('the generator (scripts/generate-framework-types.mjs)', () => {
  test('marks both files as generated, naming itself', () => {
    for (const file of Object.values(outputs)) {
      assert.match(
        readFileSync(file, 'utf8'),
        /^\/\/ Generated from custom-elements\.json by scripts\/generate-framework-types\.mjs/,
      );
    }
  });

  test('stops when the manifest already gives a type it narrows, so the override goes', async () => {
    const copy = structuredClone(manifest);
    const card = manifestElements(copy).find((element) => element.tagName === 'her2-therapy-card');
    card.attributes.find((attribute) => attribute.name === 'type').type = { text: 'TherapyType' };
    await assert.rejects(generate(copy), /the manifest now says type is TherapyType; remove it from narrowerTypes/);
  });

  test('takes an event type the manifest gives (`@event {Type} name`), and names one it cannot find', async () => {
    const copy = structuredClone(manifest);
    const list = manifestElements(copy).find((element) => element.tagName === 'source-list');
    list.events = [...(list.events ?? []), { name: 'her2-example', type: { text: 'CustomEvent<{ n: number }>' } }];
    const { jsx, react } = await generate(copy);
    assert.match(jsx, /'onher2-example'\?: \(event: CustomEvent<\{ n: number \}>\) => void;/);
    assert.match(react, /onHer2Example: 'her2-example' as EventName<CustomEvent<\{ n: number \}>>,/);
    // source-list.ts does not import this type: the generator says so rather than guess.
    list.events.at(-1).type.text = 'Her2TermToggleEvent';
    await assert.rejects(generate(copy), /source-list\.ts does not know the type Her2TermToggleEvent/);
  });
});
