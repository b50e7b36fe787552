// Lit's `static properties` mark public members `privacy: "public"`; the manifest leaves the
// schema's default out, as docs/api.md and the JSX types read no privacy as public.
const publicByDefault = {
  name: 'her2-public-by-default',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
      for (const member of declaration.members ?? []) {
        if (member.privacy === 'public') delete member.privacy;
      }
    }
  },
};

export default {
  // heading-level.ts gives the default heading level its value in the manifest.
  globs: [
    'src/components/**/*.ts',
    'src/shared/her2-element.ts',
    'src/shared/her2-block.ts',
    'src/shared/heading-level.ts',
  ],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicByDefault],
};
