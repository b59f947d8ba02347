import { NODE_LABELS, NodeLabel } from '../../graph/model';

/** Labels whose nodes a client may address by id (everything but the plan record). */
export const ADDRESSABLE_LABELS = NODE_LABELS.filter((label) => label !== NodeLabel.Plan);

/**
 * A subquery that finds the node whose id is in `$<param>` under any label, one index lookup per
 * label (ids are unique per label and carry their kind, so at most one matches). The labels come
 * from graph/model.ts only.
 */
export function nodeById(param: string, variable: string): string {
  const branches = ADDRESSABLE_LABELS.map((label) => `MATCH (x:${label} {id: $${param}}) RETURN x AS ${variable}`);
  return `CALL () {\n  ${branches.join('\n  UNION\n  ')}\n}`;
}
