// Written by `npm run build` (scripts/build/version.mjs) from package.json.
export const version = '0.1.0';
