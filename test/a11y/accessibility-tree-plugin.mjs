/**
 * A @web/test-runner command, `her2-accessibility-tree`, that returns Chromium's accessibility
 * tree (what screen readers are given) under one element of the test page, through puppeteer's
 * `page.accessibility.snapshot()`. Unlike the stock `a11y-snapshot` command it keeps structural
 * nodes (lists, description lists, terms, definitions) that puppeteer's "interesting only" view
 * leaves out, and fails, rather than snapshotting the whole page, when the selector matches
 * nothing. Nodes with no semantics of their own (generic, none, inline text boxes) are replaced
 * by their children, so tests read the tree a screen reader user navigates.
 *
 * Browser side: `executeServerCommand('her2-accessibility-tree', { selector })`.
 */
const COMMAND = 'her2-accessibility-tree';
const TRANSPARENT = new Set(['generic', 'none', 'LineBreak']);
const KEPT = [
  'role',
  'name',
  'description',
  'value',
  'level',
  'expanded',
  'live',
  'atomic',
  'relevant',
  'url',
  'focused',
];

function prune(node, isRoot = false) {
  if (node.role === 'InlineTextBox') return []; // a line of a StaticText as laid out
  const children = (node.children ?? []).flatMap((child) => prune(child));
  if (TRANSPARENT.has(node.role) && !node.name && !isRoot) return children;
  const kept = Object.fromEntries(KEPT.filter((key) => node[key] !== undefined).map((key) => [key, node[key]]));
  // Text nodes split into runs ("HER2", " (", "TKI", ")") read as one text.
  const merged = [];
  for (const child of children) {
    const last = merged.at(-1);
    if (child.role === 'StaticText' && last?.role === 'StaticText' && !child.children && !last.children) {
      last.name += child.name;
    } else merged.push(child);
  }
  return [merged.length ? { ...kept, children: merged } : kept];
}

export function accessibilityTreePlugin() {
  return {
    name: 'her2-accessibility-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== COMMAND) return undefined;
      const page = session.browser.type === 'puppeteer' ? session.browser.getPage(session.id) : undefined;
      if (!page || session.browser.name !== 'Chromium') {
        throw new Error(`${COMMAND} reads Chromium's accessibility tree through CDP; ${session.browser.name} has none`);
      }
      const root = await page.$(payload?.selector);
      if (!root) throw new Error(`${COMMAND}: nothing matches ${JSON.stringify(payload?.selector)}`);
      try {
        const tree = await page.accessibility.snapshot({ root, interestingOnly: false });
        if (!tree) throw new Error(`${COMMAND}: ${payload.selector} is not in the accessibility tree`);
        return prune(tree, true)[0];
      } finally {
        await root.dispose();
      }
    },
  };
}
