export default {
  globs: ['src/components/**/*.ts', 'src/shared/her2-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
