import type { ChainPathPartsFragment as ChainPath } from '../gql/graphql';

export type ChainStep = ChainPath['steps'][number];
export type ChainNode = ChainStep['from'];

/** A node of the merged responsibility tree; `step` is the link from its parent. */
export interface TreeNode {
  key: string;
  node: ChainNode;
  step?: ChainStep;
  children: TreeNode[];
  /** Paths that end at this node, with whether they reached the top and why not. */
  ends: ChainPath[];
}

/**
 * Merges chain paths that share their first steps into one top-down tree, so each project → unit
 * → … → 市人民政府 route is drawn once. Returns one root per distinct starting node.
 */
export function buildChainTree(paths: readonly ChainPath[]): TreeNode[] {
  const roots: TreeNode[] = [];
  for (const path of paths) {
    const start = path.steps[0]?.from ?? path.stopsAt;
    if (!start) continue;
    let current = roots.find((r) => r.node.id === start.id);
    if (!current) {
      current = { key: start.id, node: start, children: [], ends: [] };
      roots.push(current);
    }
    for (const step of path.steps) {
      const key: string = `${current.key}>${step.relation}:${step.to.id}`;
      let child: TreeNode | undefined = current.children.find((c) => c.key === key);
      if (!child) {
        child = { key, node: step.to, step, children: [], ends: [] };
        current.children.push(child);
      }
      current = child;
    }
    current.ends.push(path);
  }
  return roots;
}
