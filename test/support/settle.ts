/** Waiting for elements, and every element rendered inside them, to finish rendering. */
import { deepElements } from './dom.js';

type Updating = Element & { updateComplete: Promise<boolean>; isUpdatePending?: boolean };

const isUpdating = (node: Element): node is Updating => 'updateComplete' in node;

/**
 * Resolves once `root` and every element inside it, through shadow roots, have finished
 * rendering: it awaits each one's `updateComplete`, again and again, until a round finds every
 * update done, no element new (a render can add nested elements) and none with an update pending.
 * Rejects, naming the element, when an update throws or is still going after `rounds` rounds: a
 * test never goes on with a half-rendered element. Duck-typed, so it waits for a frame's elements too.
 */
export async function settle(root: Element | Document | ShadowRoot, rounds = 10): Promise<void> {
  const self = 'localName' in root ? [root] : [];
  let seen = -1;
  let nodes: Updating[] = [];
  for (let round = 0; round < rounds; round += 1) {
    nodes = [...self, ...deepElements(root)].filter(isUpdating);
    const done = await Promise.all(
      nodes.map((node) =>
        node.updateComplete.catch((error: unknown) => {
          throw new Error(`<${node.localName}> update threw: ${String(error)}`, { cause: error });
        }),
      ),
    );
    if (done.every(Boolean) && nodes.length === seen && !nodes.some((node) => node.isUpdatePending)) return;
    seen = nodes.length;
  }
  const busy = nodes.filter((node) => node.isUpdatePending).map((node) => `<${node.localName}>`);
  throw new Error(`${busy.join(', ') || `<${(self[0] ?? nodes[0])?.localName}>`} never finished updating`);
}
