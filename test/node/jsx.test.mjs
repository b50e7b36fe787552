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

/** The built typings at `file`, compiled as an app compiles them: its checker and source file. */
function typings(file) {
  const program = ts.createProgram([file], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    strict: true,
    noEmit: true,
  });
  const diagnostics = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  assert.deepEqual(diagnostics, [], 'the typings compile');
  return { checker: program.getTypeChecker(), source: program.getSourceFile(file) };
}

/** Tag → the prop names of Her2IntrinsicElements in the built dist/esm/jsx/elements.d.ts. */
function jsxProps() {
  const { checker, source } = typings('dist/esm/jsx/elements.d.ts');
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

  test('map every event to an onHer2… callback that takes the event as the sources type it', () => {
    const { checker, source } = typings('dist/esm/react/index.d.ts');
    const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(source));
    const eventMap = checker.getDeclaredTypeOfSymbol(
      checker.resolveName('HTMLElementEventMap', undefined, ts.SymbolFlags.Interface, false),
    );
    const parameter = (type) => {
      const [signature] = checker.getNonNullableType(type).getCallSignatures();
      return checker.getTypeOfSymbolAtLocation(signature.parameters[0], source);
    };
    for (const element of elements) {
      const component = checker.getTypeOfSymbolAtLocation(
        exports.find((symbol) => symbol.name === element.name),
        source,
      );
      const props = parameter(component);
      for (const event of element.events ?? []) {
        const prop = `on${event.name.replace(/(^|-)([a-z0-9])/g, (_, __, char) => char.toUpperCase())}`;
        const callback = props.getProperty(prop);
        assert.ok(callback, `<${element.tagName}> ${prop}`);
        const expected = checker.getTypeOfSymbolAtLocation(eventMap.getProperty(event.name), source);
        assert.equal(
          checker.typeToString(parameter(checker.getTypeOfSymbolAtLocation(callback, source))),
          checker.typeToString(expected),
          `<${element.tagName}> ${prop}`,
        );
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
    assert.match(react, /'her2-example': CustomEvent<\{ n: number \}>;/);
    assert.match(react, /wrap\('source-list', [^;]*'her2-example'/);
    // source-list.ts does not import this type: the generator says so rather than guess.
    list.events.at(-1).type.text = 'Her2TermToggleEvent';
    await assert.rejects(generate(copy), /source-list\.ts does not know the type Her2TermToggleEvent/);
  });
});
