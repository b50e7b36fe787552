/**
 * Test-server plugins for the framework tests.
 *
 * reactEsmPlugin: React 19 ships CommonJS only, which a browser cannot import. Imports of
 * react, react-dom and their entry points are served from one esbuild bundle of the four
 * (one copy of React for all of them), each re-exporting its CommonJS exports by name.
 *
 * ssrRenderPlugin: the `her2-ssr-render` server command runs the built CLI
 * (`her2-widgets render …`) and returns its HTML, for src/ssr/ssr.test.ts.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const reactModules = ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client'];
const prefix = '/__react-esm__/';
const bundlePath = `${prefix}bundle.js`;

async function bundleReact() {
  const contents = [
    ...reactModules.map((name, index) => `import * as m${index} from ${JSON.stringify(name)};`),
    `export const modules = { ${reactModules.map((name, index) => `${JSON.stringify(name)}: m${index}`).join(', ')} };`,
  ].join('\n');
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Each module's CommonJS export names, read in a child process: React patches `console` as it loads. */
function exportNames() {
  const script = `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(reactModules)}.map((name) => [name, Object.keys(require(name))]))))`;
  const output = execFileSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'development' },
  });
  return JSON.parse(output);
}

function reexport(name, exports) {
  const names = exports[name].filter((key) => key !== 'default' && /^[A-Za-z_$][\w$]*$/.test(key));
  return [
    `import { modules } from '${bundlePath}';`,
    `const m = modules[${JSON.stringify(name)}];`,
    'export default m.default;',
    `export const { ${names.join(', ')} } = m;`,
  ].join('\n');
}

export function reactEsmPlugin() {
  let bundle;
  let exports;
  return {
    name: 'her2-react-esm',
    resolveImport({ source }) {
      if (reactModules.includes(source)) return `${prefix}${source}.js`;
      return undefined;
    },
    async serve(context) {
      if (context.path === bundlePath) return { body: await (bundle ??= bundleReact()), type: 'js' };
      const name = context.path.startsWith(prefix) ? context.path.slice(prefix.length, -'.js'.length) : '';
      if (!reactModules.includes(name)) return undefined;
      return { body: reexport(name, (exports ??= exportNames())), type: 'js' };
    },
  };
}

const run = promisify(execFile);

export function ssrRenderPlugin() {
  return {
    name: 'her2-ssr-render',
    async executeCommand({ command, payload }) {
      if (command !== 'her2-ssr-render') return undefined;
      const { stdout } = await run(process.execPath, ['dist/esm/ssr/cli.js', 'render', ...payload.args]);
      return stdout;
    },
  };
}
