// Writes src/generated/version.ts, the package's version, before tsc: an element registered by one
// of the package's files (the CDN bundle, an element's own entry) knows another of the same version.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync(
  'src/generated/version.ts',
  `// Written by \`npm run build\` (scripts/build/version.mjs) from package.json.\nexport const version = '${version}';\n`,
);
