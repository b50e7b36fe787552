// `npm start`: serves the repository so demo/index.html can load dist/ exactly as a blog would.
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  hostname: '127.0.0.1',
  open: process.env.CI ? false : '/demo/',
  watch: false,
};
