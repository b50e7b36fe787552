#!/usr/bin/env node
// npx her2-widgets render her2-therapy-card type=adc + biomarker-glossary > widgets.html
import { PageFragments, renderPage } from './index.js';

const usage = `Usage: her2-widgets render <tag> [name=value | name | .property=JSON]... [+ <tag> …]... [--page] [--title TEXT] [--lang CODE]

Writes her2-widgets elements as static HTML to standard output: each shadow root is declarative
shadow DOM, so the content shows without JavaScript, and dist/her2-widgets.js (or the npm
modules) takes it over in place where scripts do load.

  name=value        an attribute, e.g. type=adc, heading-level=2, theme=dark
  name              a boolean attribute, e.g. collapsed, no-footer
  .property=JSON    a property, e.g. .extraTerms='[{"id":"care-team","term":"care team","definition":"…"}]'
  +                 then another element for the same page: each style sheet is written once, in
                    the first fragment that uses it, so put the fragments on the page in this order
  --page            a whole HTML page around one element, whose every shadow root carries its own
                    styles (no script at all) instead of fragments
  --title TEXT      the page's title (with --page; the article's title by default)
  --lang CODE       the language, en or es: the page's with --page, else the one the fragments go
                    into (en by default; an element's own lang=… wins)

Example: npx her2-widgets render her2-therapy-card type=adc + source-list collapsed > widgets.html`;

interface ElementToRender {
  tag: string;
  attributes: Record<string, string | boolean>;
  properties: Record<string, unknown>;
}

interface Command {
  elements: ElementToRender[];
  page: boolean;
  title?: string;
  lang?: string;
}

class UsageError extends Error {}

function parse(args: readonly string[]): Command {
  const [verb, ...rest] = args;
  if (verb !== 'render') throw new UsageError(verb ? `Unknown command "${verb}".` : 'No command given.');
  const command: Command = { elements: [], page: false };
  let element: ElementToRender | undefined;
  for (let index = 0; index < rest.length; index++) {
    const arg = rest[index];
    const optionValue = () => {
      const value = rest[++index];
      if (value === undefined) throw new UsageError(`${arg} needs a value.`);
      return value;
    };
    if (arg === '--page') command.page = true;
    else if (arg === '--title') command.title = optionValue();
    else if (arg === '--lang') command.lang = optionValue();
    else if (arg.startsWith('-')) throw new UsageError(`Unknown option "${arg}".`);
    else if (arg === '+') {
      if (!element) throw new UsageError('"+" comes between two elements.');
      element = undefined;
    } else if (!element) command.elements.push((element = { tag: arg, attributes: {}, properties: {} }));
    else if (arg.startsWith('.')) addProperty(element, arg);
    else addAttribute(element, arg);
  }
  if (!element) throw new UsageError(command.elements.length ? 'No tag given after "+".' : 'No tag given.');
  if (command.page && command.elements.length > 1) throw new UsageError('--page takes one element.');
  return command;
}

function addAttribute(element: ElementToRender, arg: string): void {
  const equals = arg.indexOf('=');
  if (equals === -1) element.attributes[arg] = true;
  else element.attributes[arg.slice(0, equals)] = arg.slice(equals + 1);
}

function addProperty(element: ElementToRender, arg: string): void {
  const equals = arg.indexOf('=');
  if (equals === -1) throw new UsageError(`${arg} needs a value: ${arg}=JSON.`);
  const name = arg.slice(1, equals);
  try {
    element.properties[name] = JSON.parse(arg.slice(equals + 1));
  } catch {
    throw new UsageError(`The value of .${name} is not JSON.`);
  }
}

async function main(args: readonly string[]): Promise<number> {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    (args.length === 0 ? process.stderr : process.stdout).write(`${usage}\n`);
    return args.length === 0 ? 2 : 0;
  }
  let command: Command;
  try {
    command = parse(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`her2-widgets: ${error.message}\n\n${usage}\n`);
    return 2;
  }
  try {
    process.stdout.write(await output(command));
    return 0;
  } catch (error) {
    process.stderr.write(`her2-widgets: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function output({ elements, page, title, lang }: Command): Promise<string> {
  if (page) {
    const [{ tag, attributes, properties }] = elements;
    return renderPage(tag, attributes, { properties, title, lang });
  }
  const fragments = new PageFragments();
  let html = '';
  for (const [index, { tag, attributes, properties }] of elements.entries()) {
    if (elements.length > 1) html += `<!-- her2-widgets ${index + 1} of ${elements.length}: <${tag}> -->\n`;
    html += `${await fragments.renderElement(tag, attributes, { properties, lang })}\n`;
  }
  return html;
}

process.exitCode = await main(process.argv.slice(2));
