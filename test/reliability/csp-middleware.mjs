/**
 * The test server's side of test/reliability/csp.test.ts: serves the reliability fixture page
 * with the Content-Security-Policy header named by its `policy` query parameter, so the widgets
 * are tested under a real header (a <meta> policy cannot carry every directive), and without
 * one when there is no parameter (the no-network test).
 */

/** The policy README.md and SECURITY.md tell hosts to use; the tests check they quote it exactly. */
export const documentedPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

export const policies = {
  documented: documentedPolicy,
  // What the widgets need at the least: their script and Lit's Trusted Types policy. No styles,
  // images, fonts or connections are allowed, so any of those would be a violation.
  minimal:
    "default-src 'none'; script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
  // Without 'allow-duplicates', a second copy of Lit on the page cannot create its policy.
  'no-duplicates':
    "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
};

export const fixturePage = '/test/reliability/fixtures/widgets-page.html';

export async function cspMiddleware(context, next) {
  await next();
  const policy = policies[context.query.policy];
  if (context.path === fixturePage && policy) context.set('Content-Security-Policy', policy);
}
