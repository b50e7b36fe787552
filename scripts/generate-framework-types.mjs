// Writes src/jsx/elements.ts (the JSX typings of her2-widgets/jsx) and src/react/index.ts (the
// @lit/react wrappers of her2-widgets/react) from custom-elements.json, as Shoelace generates its
// React wrappers from its manifest. `npm run build` runs it after `cem analyze` and before tsc;
// both files are committed, and test/node/generated-files.test.mjs fails when they are stale.
//
// From the manifest: the elements, their classes and modules, their attributes, properties and
// events, each with its type and description. The TypeScript sources say where each named type
// is declared (the modules the manifest names import it), whether an attribute's type is text or
// an object carried as JSON, and what each event is (the sources' HTMLElementEventMap), unless
// the manifest gives the event's type itself (`@event {Type} name`).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';
import { manifestElements } from './api-docs.mjs';

export const outputs = { jsx: 'src/jsx/elements.ts', react: 'src/react/index.ts' };

const generator = 'scripts/generate-framework-types.mjs';
const header = `// Generated from custom-elements.json by ${generator} (\`npm run build\`). Do not edit by hand:
// change the JSDoc of the element classes, or the generator.`;

/**
 * Types narrower than the sources declare, each until the sources say it. The manifest takes a
 * field's type from its JSDoc (`@type {TherapyType}` above `type = ''` puts TherapyType in
 * custom-elements.json); an entry here whose type the manifest already gives stops the run, so it
 * is removed then. `required` stays here: custom-elements.json has no notion of a required attribute.
 * - jsx: the attribute's type in her2-widgets/jsx. react: the wrapper's prop too (as it always was).
 * - `from`: the module that declares the type; HeadingLevel is declared in elements.ts itself.
 */
const narrowerTypes = [
  // The field is a string: any text may arrive through the attribute, and an unknown one shows a notice.
  {
    tag: 'her2-therapy-card',
    attribute: 'type',
    type: 'TherapyType',
    from: 'src/content/types.ts',
    required: true,
    react: true,
  },
  // Without a term the element shows a notice: JSX asks for one.
  { tag: 'glossary-term', attribute: 'term', required: true },
  // The fields take any text and report the unknown ones; in markup only these values mean something.
  { attribute: 'link-target', type: 'LinkTarget', from: 'src/shared/link-target.ts' },
  { attribute: 'heading-level', type: 'HeadingLevel' },
];

/**
 * Events every element takes a handler for, whatever the manifest lists: her2-widgets/jsx and
 * her2-widgets/react have always given every element `onher2-invalid` / `onHer2Invalid` (the
 * invalid-input behaviour of the public contract). Since the base class stopped dispatching it
 * (InputProblems does, for the elements that can meet an invalid value), the manifest names it
 * only on those; the handler stays on all, so no app that passes it stops compiling.
 */
const everyElementEvents = ['her2-invalid'];

/** The public interface names of the base classes, as her2-widgets/jsx has always exported them. */
const interfaceNames = { Her2Element: 'Her2InlineAttributes', Her2Block: 'Her2BlockAttributes' };

const interfaceName = (className) => interfaceNames[className] ?? `${className}Attributes`;
const pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, __, char) => char.toUpperCase());
const srcPath = (path) => path.replace(/^\//, '').replace(/\.js$/, '.ts');
const docComment = (text, indent = '') =>
  text
    ? `${indent}/** ${text
        .replace(/\*\//g, '*\\/')
        .replace(/\s*\n\s*/g, ' ')
        .trim()} */\n`
    : '';
const quoteKey = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** The TypeScript program of the modules the manifest names, for what the manifest's type texts refer to. */
function typeScriptProgram(files) {
  const config = ts.readConfigFile('tsconfig.build.json', ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, '.');
  const program = ts.createProgram(
    files.map((file) => resolve(file)),
    { ...options, noEmit: true },
  );
  return { program, checker: program.getTypeChecker() };
}

/** How a file at `fromFile` imports `module` (a path under src/). */
function specifier(fromFile, module) {
  const path = relative(dirname(fromFile), module).replace(/\.ts$/, '.js');
  return path.startsWith('.') ? path : `./${path}`;
}

/** Each module to import from (a path under src/) → the names to import. */
class Imports {
  constructor() {
    this.byModule = new Map();
  }
  add(module, name) {
    if (!this.byModule.has(module)) this.byModule.set(module, new Set());
    if (name) this.byModule.get(module).add(name);
  }
  /** `import type` lines for a file at `fromFile`. */
  lines(fromFile, { values = new Map() } = {}) {
    return [...this.byModule]
      .map(([module, names]) => {
        const from = specifier(fromFile, module);
        const list = [...names].sort().map((name) => (values.get(module)?.has(name) ? name : `type ${name}`));
        if (list.length === 0) return `import type {} from '${from}';`;
        return list.every((name) => name.startsWith('type '))
          ? `import type { ${list.map((name) => name.slice(5)).join(', ')} } from '${from}';`
          : `import { ${list.join(', ')} } from '${from}';`;
      })
      .sort((a, b) => a.slice(a.indexOf(' from ')).localeCompare(b.slice(b.indexOf(' from '))));
  }
}

export async function generate(manifest) {
  const elements = manifestElements(manifest);
  const classes = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind === 'class') classes.set(declaration.name, { declaration, path: module.path });
    }
  }
  const constants = new Map(
    manifest.modules.flatMap((module) =>
      (module.declarations ?? []).filter((d) => d.kind === 'variable').map((d) => [d.name, d.default]),
    ),
  );
  const { program, checker } = typeScriptProgram([...classes.values()].map(({ path }) => path));
  const sourceFile = (path) => {
    const file = program.getSourceFile(resolve(path));
    if (!file) throw new Error(`${generator}: TypeScript does not see ${path}`);
    return file;
  };

  /** The named types in `text` (a type as the module at `path` writes it), each with the module declaring it. */
  function namedTypes(text, path) {
    const scope = sourceFile(path);
    const names = new Set();
    const visit = (node) => {
      if (ts.isTypeReferenceNode(node)) {
        let name = node.typeName;
        while (ts.isQualifiedName(name)) name = name.left;
        names.add(name.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile('type.ts', `type T = ${text};`, ts.ScriptTarget.Latest));
    const found = [];
    for (const name of names) {
      let symbol = checker
        .getSymbolsInScope(scope, ts.SymbolFlags.Type | ts.SymbolFlags.Alias)
        .find((s) => s.name === name);
      if (!symbol) throw new Error(`${generator}: ${path} does not know the type ${name}`);
      if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      if (symbol.name !== name) throw new Error(`${generator}: ${path} imports ${symbol.name} as ${name}`);
      const declared = symbol.declarations?.[0]?.getSourceFile().fileName;
      // Global types (Readonly, Record, HTMLElement…) need no import.
      if (declared && !declared.includes('/node_modules/')) found.push({ name, module: relative('.', declared) });
    }
    return found;
  }

  /** The type of `fieldName` on `className` as TypeScript sees it: does it hold only text, numbers and flags? */
  function isPlainValue(className, fieldName) {
    const { path } = classes.get(className);
    const file = sourceFile(path);
    const classSymbol = checker.getExportsOfModule(checker.getSymbolAtLocation(file)).find((s) => s.name === className);
    const property = classSymbol && checker.getDeclaredTypeOfSymbol(classSymbol).getProperty(fieldName);
    if (!property) throw new Error(`${generator}: ${className} has no field ${fieldName}`);
    const type = checker.getNonNullableType(checker.getTypeOfSymbol(property));
    const plain = ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike;
    return (type.isUnion() ? type.types : [type]).every((part) => part.flags & plain);
  }

  /** What the sources' HTMLElementEventMap says event `name` is: its type text and the module that says it. */
  function mappedEvent(name) {
    const map = checker.resolveName('HTMLElementEventMap', undefined, ts.SymbolFlags.Interface, false);
    for (const declaration of map?.declarations ?? []) {
      const file = declaration.getSourceFile().fileName;
      if (file.includes('/node_modules/')) continue;
      const member = declaration.members.find((m) => m.name && ts.isStringLiteral(m.name) && m.name.text === name);
      if (member?.type) return { text: member.type.getText(), path: relative('.', file) };
    }
    return undefined;
  }

  /** A type's text without its `undefined` member: an optional prop may be left out anyway. */
  function withoutUndefined(text) {
    const file = ts.createSourceFile('type.ts', `type T = ${text};`, ts.ScriptTarget.Latest);
    const type = file.statements[0].type;
    if (!ts.isUnionTypeNode(type)) return text;
    const kept = type.types.filter((part) => part.kind !== ts.SyntaxKind.UndefinedKeyword);
    return kept.map((part) => part.getText(file)).join(' | ');
  }

  function narrower(tag, attribute) {
    return narrowerTypes.find((entry) => entry.attribute === attribute && (!entry.tag || entry.tag === tag));
  }

  // --- the JSX typings -------------------------------------------------------------------------
  const jsxImports = new Imports();
  const typeOf = (text, path) => {
    for (const { name, module } of namedTypes(text, path)) jsxImports.add(module, name);
    return text;
  };

  /** The chain of classes from the root base (Her2Element) down to `className`. */
  function chain(className) {
    const names = [];
    for (let name = className; classes.has(name); name = classes.get(name).declaration.superclass?.name) {
      names.unshift(name);
    }
    return names;
  }

  const interfaces = new Map(); // class name → { extends, entries, description, tag? }
  const usesHeadingLevel = { value: false };

  /** The JSX entries a class declares itself: attributes, properties set as properties, events. */
  function ownEntries(className, tag) {
    const { declaration, path } = classes.get(className);
    const own = (item) => !item.inheritedFrom;
    const entries = [];
    for (const attribute of (declaration.attributes ?? []).filter(own)) {
      const manifestType = withoutUndefined(attribute.type?.text ?? 'string');
      const rule = narrower(tag ?? declaration.tagName, attribute.name);
      if (rule?.type && manifestType === rule.type) {
        throw new Error(
          `${generator}: the manifest now says ${attribute.name} is ${rule.type}; remove it from narrowerTypes`,
        );
      }
      let type;
      if (rule?.type) {
        if (rule.from) jsxImports.add(rule.from, rule.type);
        else usesHeadingLevel.value = true;
        type = rule.type;
      } else if (!attribute.fieldName || isPlainValue(className, attribute.fieldName)) {
        type = typeOf(manifestType, path);
      } else {
        // An object in its property, JSON text in markup. Under the same name React 19 and Preact
        // set the property, so either goes; under another name only the attribute's text reaches it.
        const objectType = typeOf(manifestType, path);
        if (attribute.name === attribute.fieldName) type = `string | ${objectType}`;
        else {
          type = 'string';
          entries.push({
            key: attribute.fieldName,
            type: objectType,
            description: attribute.description,
            optional: true,
          });
        }
      }
      entries.push({ key: attribute.name, type, description: attribute.description, optional: !rule?.required });
    }
    const propertyOnly = (declaration.members ?? []).filter(
      (member) =>
        own(member) &&
        member.kind === 'field' &&
        !member.privacy &&
        !member.static &&
        !member.readonly &&
        !member.attribute,
    );
    for (const member of propertyOnly) {
      entries.push({
        key: member.name,
        type: typeOf(member.type?.text ?? 'unknown', path),
        description: member.description,
        optional: true,
      });
    }
    const events = (declaration.events ?? []).filter(own);
    if (!classes.has(declaration.superclass?.name)) {
      for (const name of everyElementEvents) if (!events.some((event) => event.name === name)) events.push({ name });
    }
    for (const event of events) {
      const given = event.type?.text ? { text: event.type.text, path } : mappedEvent(event.name);
      if (!given) {
        throw new Error(
          `${generator}: ${event.name} has no type: declare it in HTMLElementEventMap or as @event {Type}`,
        );
      }
      entries.push({
        key: `on${event.name}`,
        type: `(event: ${typeOf(given.text, given.path)}) => void`,
        description: event.description,
        optional: true,
      });
    }
    return entries;
  }

  for (const element of elements) {
    const names = chain(element.name);
    names.forEach((className, i) => {
      if (interfaces.has(className)) return;
      const base = names[i - 1];
      const inherited = new Set();
      for (let name = base; name; name = interfaces.get(name)?.extends) {
        for (const entry of interfaces.get(name)?.entries ?? []) inherited.add(entry.key);
      }
      const entries = ownEntries(className, className === element.name ? element.tagName : undefined).filter(
        (entry) => !inherited.has(entry.key),
      );
      interfaces.set(className, { extends: base, entries, declaration: classes.get(className).declaration });
    });
  }

  /** An element that declares nothing of its own takes its base's interface. */
  const jsxInterfaceOf = (className) => {
    const entry = interfaces.get(className);
    return entry.entries.length === 0 && entry.extends ? jsxInterfaceOf(entry.extends) : interfaceName(className);
  };

  const interfaceText = [];
  for (const [className, { extends: base, entries, declaration }] of interfaces) {
    if (entries.length === 0 && base) continue;
    const who = declaration.tagName
      ? `What \`<${declaration.tagName}>\` takes in JSX`
      : `What every element built on \`${className}\` takes in JSX`;
    const events = base
      ? ''
      : " Event handlers are `on` + the event's name, which is how React 19 and Preact add a listener for a custom element's event.";
    interfaceText.push(
      `${docComment(`${who}.${events}`)}export interface ${interfaceName(className)}${base ? ` extends ${jsxInterfaceOf(base)}` : ''} {\n${entries
        .map(
          (entry) =>
            `${docComment(entry.description, '  ')}  ${quoteKey(entry.key)}${entry.optional ? '?' : ''}: ${entry.type};\n`,
        )
        .join('')}}\n`,
    );
  }
  for (const element of elements) jsxImports.add(srcPath(classes.get(element.name).path), element.name);

  let headingLevel = '';
  if (usesHeadingLevel.value) {
    const [min, max] = ['minHeadingLevel', 'maxHeadingLevel'].map((name) => Number(constants.get(name)));
    if (!Number.isInteger(min) || !Number.isInteger(max)) {
      throw new Error(`${generator}: the manifest has no minHeadingLevel and maxHeadingLevel`);
    }
    const levels = Array.from({ length: max - min + 1 }, (_, i) => min + i);
    headingLevel = `/** A heading level, as a number or as the attribute's text: minHeadingLevel to maxHeadingLevel. */\nexport type HeadingLevel = ${[
      ...levels,
      ...levels.map((level) => `'${level}'`),
    ].join(' | ')};\n`;
  }

  const jsx = [
    header,
    "// `her2-widgets/jsx/react` and `her2-widgets/jsx/preact` add these to those frameworks' JSX.",
    ...jsxImports.lines(outputs.jsx),
    '',
    headingLevel,
    ...interfaceText,
    '/** Tag → what it takes in JSX. */',
    'export interface Her2IntrinsicElements {',
    ...elements.map((element) => `  '${element.tagName}': ${jsxInterfaceOf(element.name)};`),
    '}',
    '',
    "/** Tag → element class, for the frameworks' `ref` types. */",
    'export interface Her2ElementTagNameMap {',
    ...elements.map((element) => `  '${element.tagName}': ${element.name};`),
    '}',
  ].join('\n');

  // --- the React wrappers ----------------------------------------------------------------------
  // One statement an element, `wrap(tag, class, event names)`: a small helper makes the component,
  // its callbacks named and typed from the events' names. Events of a base class are a constant.
  const reactImports = new Imports();
  const reactValues = new Map();
  const addValue = (module, name) => {
    reactImports.add(module, name);
    if (!reactValues.has(module)) reactValues.set(module, new Set());
    reactValues.get(module).add(name);
  };
  const eventMapModules = new Set(); // the modules whose HTMLElementEventMap types the events
  const typedEvents = new Map(); // event name → the type the manifest gives it (`@event {Type} name`)

  /** The event's name, once its type is known: the one the manifest gives, else the sources' HTMLElementEventMap's. */
  function reactEvent(event, path) {
    const text = event.type?.text;
    if (text) {
      const known = typedEvents.get(event.name);
      if (known !== undefined && known !== text) {
        throw new Error(`${generator}: ${event.name} is ${known} in one place of the manifest and ${text} in another`);
      }
      for (const { name, module } of namedTypes(text, path)) reactImports.add(module, name);
      typedEvents.set(event.name, text);
    } else {
      const mapped = mappedEvent(event.name);
      if (!mapped) {
        throw new Error(
          `${generator}: ${event.name} has no type: declare it in HTMLElementEventMap or as @event {Type}`,
        );
      }
      eventMapModules.add(mapped.path);
    }
    return event.name;
  }
  const quoted = (names) => names.map((name) => `'${name}'`);

  /** The events of every element built on `className`: the constant that lists them, and their names. */
  const groups = new Map();
  const groupText = [];
  function eventGroup(className) {
    if (groups.has(className)) return groups.get(className);
    const { declaration, path } = classes.get(className);
    const parentName = declaration.superclass?.name;
    const parent = classes.has(parentName) ? eventGroup(parentName) : undefined;
    const events = [...(declaration.events ?? [])];
    if (!parent) events.push(...everyElementEvents.map((name) => ({ name })));
    const own = [...new Set(events.map((event) => reactEvent(event, path)))]
      .filter((name) => !parent?.names.has(name))
      .sort();
    const group = {
      constant: `${className[0].toLowerCase()}${className.slice(1)}Events`,
      names: new Set([...(parent?.names ?? []), ...own]),
    };
    const list = [...(parent ? [`...${parent.constant}`] : []), ...quoted(own)].join(', ');
    const whose = parent ? `: ${parentName}'s and its own` : '';
    groupText.push(
      `/** The events of every element built on ${className}${whose}. */\nconst ${group.constant} = [${list}] as const;\n`,
    );
    groups.set(className, group);
    return group;
  }

  const components = [];
  for (const element of elements) {
    if (pascal(element.tagName) !== element.name) {
      throw new Error(
        `${generator}: <${element.tagName}>'s class is ${element.name}: its React wrapper takes its name from the tag`,
      );
    }
    const { declaration, path } = classes.get(element.name);
    const local = `${element.name}Element`;
    addValue(srcPath(path), `${element.name} as ${local}`);
    const elementEvents = [...(element.events ?? [])];
    for (const name of everyElementEvents) {
      if (!elementEvents.some((event) => event.name === name)) elementEvents.push({ name });
    }
    const names = elementEvents.map((event) =>
      reactEvent(event, event.inheritedFrom ? srcPath(event.inheritedFrom.module) : path),
    );
    const superclass = declaration.superclass?.name;
    const base = classes.has(superclass) ? eventGroup(superclass) : undefined;
    const missing = [...(base?.names ?? [])].filter((name) => !names.includes(name));
    if (missing.length > 0) {
      throw new Error(
        `${generator}: ${superclass} has ${missing.join(', ')}, which <${element.tagName}> does not list`,
      );
    }
    const own = quoted(names.filter((name) => !base?.names.has(name)).sort());
    let events = `[${own.join(', ')}]`;
    if (base) events = own.length > 0 ? `[...${base.constant}, ${own.join(', ')}]` : base.constant;
    const narrowed = narrowerTypes.filter((rule) => rule.react && rule.tag === element.tagName);
    let elementClass = local;
    let props = '';
    if (narrowed.length > 0) {
      const fields = narrowed.map((rule) => {
        const attribute = element.attributes.find((a) => a.name === rule.attribute);
        reactImports.add(rule.from, rule.type);
        return { field: attribute.fieldName, type: rule.type };
      });
      const propsName = `${element.name}Props`;
      props = `/** \`<${element.tagName}>\`'s props, narrower than its fields: ${fields.map(({ field, type }) => `\`${field}\` is a ${type}`).join(', ')}. */\ntype ${propsName} = Omit<${local}, ${fields
        .map(({ field }) => `'${field}'`)
        .join(' | ')}> & { ${fields.map(({ field, type }) => `${field}: ${type}`).join('; ')} };\n\n`;
      elementClass = `${local} as unknown as new () => ${propsName} & HTMLElement`;
    }
    components.push(`${props}export const ${element.name} = wrap('${element.tagName}', ${elementClass}, ${events});\n`);
  }

  const eventTypes =
    typedEvents.size === 0
      ? ["/** Each event's type, by its name. */", 'type Events = HTMLElementEventMap;']
      : [
          "/** Each event's type, by its name: HTMLElementEventMap's, and the ones the manifest gives. */",
          'interface Events extends HTMLElementEventMap {',
          ...[...typedEvents].sort().map(([name, type]) => `  '${name}': ${type};`),
          '}',
        ];
  const react = [
    header,
    '// React components for every element (@lit/react): properties set as properties, events as',
    '// `onHer2…` callbacks. Importing this module registers every element under its own tag.',
    "import { createComponent, type EventName } from '@lit/react';",
    "import * as React from 'react';",
    ...reactImports.lines(outputs.react, { values: reactValues }),
    "import '../define/all.js';",
    ...(eventMapModules.size > 0
      ? [
          '// HTMLElementEventMap, which types the callbacks, has the events from here: the typings keep',
          '// this import, so that an app that imports only this module has them too.',
        ]
      : []),
    ...[...eventMapModules].sort().map((module) => `import '${specifier(outputs.react, module)}';`),
    '',
    "/** An event's name in PascalCase: `her2-term-toggle` → `Her2TermToggle`. */",
    'type Pascal<Name extends string> = Name extends `${infer Head}-${infer Rest}`',
    '  ? `${Capitalize<Head>}${Pascal<Rest>}`',
    '  : Capitalize<Name>;',
    'const pascal = (name: string) => name.replace(/(^|-)([a-z0-9])/g, (_, __, char: string) => char.toUpperCase());',
    '',
    ...eventTypes,
    '',
    '/** A callback prop for each event: `on` + its name in PascalCase, taking the event as Events types it. */',
    'type Callbacks<Name extends keyof Events> = {',
    '  [N in Name as `on${Pascal<N>}`]: EventName<Events[N]>;',
    '};',
    '',
    '/**',
    ' * The React component of `<tagName>`, named as its class (`her2-therapy-card` → `Her2TherapyCard`):',
    ' * its fields as props, and a callback prop for each of `events` (`her2-invalid` → `onHer2Invalid`).',
    ' */',
    'function wrap<I extends HTMLElement, Name extends keyof Events>(',
    '  tagName: string,',
    '  elementClass: new () => I,',
    '  events: readonly Name[],',
    ') {',
    '  const callbacks = Object.fromEntries(events.map((name) => [`on${pascal(name)}`, name as EventName]));',
    '  return createComponent({',
    '    react: React,',
    '    tagName,',
    '    elementClass,',
    '    events: callbacks as Callbacks<Name>,',
    '    displayName: pascal(tagName),',
    '  });',
    '}',
    '',
    ...groupText,
    ...components,
  ].join('\n');

  const format = async (text, file) =>
    prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file });
  return { jsx: await format(jsx, outputs.jsx), react: await format(react, outputs.react) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const { jsx, react } = await generate(manifest);
  writeFileSync(outputs.jsx, jsx);
  writeFileSync(outputs.react, react);
  console.log(`${outputs.jsx}, ${outputs.react}: ${manifestElements(manifest).length} elements`);
}
