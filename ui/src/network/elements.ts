import type { ElementDefinition } from 'cytoscape';
import type { GraphSlicePartsFragment, NeighborhoodQuery } from '../gql/graphql';

/** A slice as the overview (edges without evidence) or a neighbourhood (with evidence) returns it. */
export type GraphSlice = GraphSlicePartsFragment | NeighborhoodQuery['neighborhood'];
export type GraphNode = GraphSlice['nodes'][number];
import { colourFor } from '../cytoscape/styles';

/** The label drawn for a node: an industry's name in the chosen language, otherwise the API's label. */
export function displayLabel(node: GraphNode, lang: 'zh' | 'en'): string {
  if (node.type === 'Industry') return (lang === 'en' ? node.en : node.zh) || node.label;
  return node.label;
}

export interface MergedGraph {
  elements: ElementDefinition[];
  nodeCount: number;
  edgeCount: number;
}

/**
 * Merges graph slices (the overview and any expanded neighbourhoods) into Cytoscape elements:
 * one element per id, edges only between present nodes, and each node's degree for sizing.
 */
export function mergeSlices(slices: readonly GraphSlice[], lang: 'zh' | 'en' = 'zh'): MergedGraph {
  const nodes = new Map<string, ElementDefinition>();
  const edges = new Map<string, ElementDefinition>();
  for (const slice of slices) {
    for (const node of slice.nodes) {
      if (nodes.has(node.id)) continue;
      nodes.set(node.id, {
        group: 'nodes',
        data: {
          id: node.id,
          label: displayLabel(node, lang),
          type: node.type,
          colour: colourFor(node.type),
          degree: 0,
        },
      });
    }
  }
  for (const slice of slices) {
    for (const edge of slice.edges) {
      if (edges.has(edge.id) || !nodes.has(edge.source) || !nodes.has(edge.target)) continue;
      edges.set(edge.id, {
        group: 'edges',
        data: {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          type: edge.type,
          basis: edge.basis ?? 'STATED',
          role: edge.role,
          evidence: ('evidence' in edge ? edge.evidence : null) ?? undefined,
        },
      });
      nodes.get(edge.source)!.data.degree += 1;
      nodes.get(edge.target)!.data.degree += 1;
    }
  }
  return { elements: [...nodes.values(), ...edges.values()], nodeCount: nodes.size, edgeCount: edges.size };
}
