#!/usr/bin/env node
// npx her2-widgets render her2-therapy-card type=adc > card.html
import { renderElement, renderPage } from './index.js';

const usage = `Usage: her2-widgets render <tag> [name=value | name | .property=JSON]... [--page] [--title TEXT] [--lang CODE]

Writes a her2-widgets element as static HTML to standard output: its shadow root is declarative
shadow DOM, so the content shows without JavaScript and hydrates where the scripts do load.

  name=value        an attribute, e.g. type=adc, heading-level=2, theme=dark
  name              a boolean attribute, e.g. collapsed, no-footer
  .property=JSON    a property, e.g. .extraTerms='[{"id":"care-team","term":"care team","definition":"…"}]'
  --page            a whole HTML page instead of a fragment
  --title TEXT      the page's title (with --page; the article's title by default)
  --lang CODE       the language, en or es: the page's with --page, else the one the fragment goes
                    into (en by default; an element's own lang=… wins)

Example: npx her2-widgets render her2-therapy-card type=adc > card.html`;

interface Command {
  tag: string;
  attributes: Record<string, string | boolean>;
  properties: Record<string, unknown>;
  page: boolean;
  title?: string;
  lang?: string;
}

class UsageError extends Error {}

function parse(args: readonly string[]): Command {
  const [verb, ...rest] = args;
  if (verb !== 'render') throw new UsageError(verb ? `Unknown command "${verb}".` : 'No command given.');
  const command: Command = { tag: '', attributes: {}, properties: {}, page: false };
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
    else if (!command.tag) command.tag = arg;
    else if (arg.startsWith('.')) addProperty(command, arg);
    else addAttribute(command, arg);
  }
  if (!command.tag) throw new UsageError('No tag given.');
  return command;
}

function addAttribute(command: Command, arg: string): void {
  const equals = arg.indexOf('=');
  if (equals === -1) command.attributes[arg] = true;
  else command.attributes[arg.slice(0, equals)] = arg.slice(equals + 1);
}

function addProperty(command: Command, arg: string): void {
  const equals = arg.indexOf('=');
  if (equals === -1) throw new UsageError(`${arg} needs a value: ${arg}=JSON.`);
  const name = arg.slice(1, equals);
  try {
    command.properties[name] = JSON.parse(arg.slice(equals + 1));
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
  const { tag, attributes, properties, title, lang } = command;
  try {
    const output = command.page
      ? await renderPage(tag, attributes, { properties, title, lang })
      : await renderElement(tag, attributes, { properties, lang });
    process.stdout.write(command.page ? output : `${output}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`her2-widgets: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
