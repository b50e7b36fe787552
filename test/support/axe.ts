/** A full accessibility audit: axe-core with the WCAG 2.x A and AA rules. */
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/** The axe rule tags of WCAG 2.0, 2.1 and 2.2 levels A and AA: what `expectAccessible` checks. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe over `node` (and the shadow trees inside it) with the WCAG 2.0/2.1/2.2 A and AA rules
 * only, and fails with every violation listed: rule, help, target and axe's own summary.
 * `.to.be.accessible()` runs axe's defaults (best practices too) and takes no `runOnly`.
 */
export async function expectAccessible(node: Element, label = `<${node.localName}>`): Promise<void> {
  // @ts-expect-error a script that sets window.axe, without types of its own
  if (!window.axe) await import('axe-core/axe.min.js');
  const results = await window.axe.run(node, {
    runOnly: { type: 'tag', values: WCAG_AA_TAGS },
    resultTypes: ['violations'],
  });
  const report = results.violations.flatMap((violation) => [
    `${violation.id} (${violation.impact}): ${violation.help}`,
    ...violation.nodes.map((hit) => `  at ${JSON.stringify(hit.target)}: ${hit.failureSummary ?? ''}`),
  ]);
  if (report.length)
    throw new Error(`${label}: ${results.violations.length} WCAG A/AA violation(s)\n${report.join('\n')}`);
}
