// Walking the ESTree that rollup's parser (acorn) returns, for the build's own transforms.

/** Calls `callback(node)` for `node` and every node below it, parents first. */
export function forEachNode(node, callback) {
  callback(node);
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child.type === 'string') forEachNode(child, callback);
    }
  }
}
