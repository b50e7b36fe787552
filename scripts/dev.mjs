// `npm run dev`: the demo served from the TypeScript sources, for contributors. Nothing is
// bundled: esbuild transpiles each file when the browser asks for it, again only once it has
// changed, and the page reloads when a file it uses in src/ or demo/ is saved. The UI strings'
// catalogue (src/generated/locales) is rebuilt when src/translations changes.
import { spawnSync } from 'node:child_process';
import { watch } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import servedDemo, { demoAtRoot, printDemoUrl } from '../web-dev-server.config.mjs';

const buildCatalogues = () => spawnSync('npx', ['lit-localize', 'build'], { stdio: 'inherit' });
buildCatalogues();
watch('src/translations', buildCatalogues);

/** The demo's script tags ask for built files; here each comes from its source entry. */
function entriesFromSources(context, next) {
  const entry = context.path.match(/^\/dist\/(?:(her2-widgets)|define\/([a-z0-9-]+))\.js$/);
  if (!entry) return next();
  context.redirect(`/src/define/${entry[1] ? 'all' : entry[2]}.ts`);
  return undefined;
}

await startDevServer({
  config: {
    ...servedDemo,
    watch: true,
    // Lit's development build, with its warnings about mistakes in templates.
    nodeResolve: { exportConditions: ['development'] },
    middleware: [demoAtRoot, entriesFromSources],
    plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), printDemoUrl('development demo (from src/)')],
  },
  readCliArgs: false,
  readFileConfig: false,
});
