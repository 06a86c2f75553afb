import { Graph, layout } from '@dagrejs/dagre';

export const NODE_WIDTH = 232;
export const NODE_HEIGHT = 84;

export interface LayoutEdge {
  parentId: string;
  childId: string;
}

/**
 * A layered DAG layout (dagre, Sugiyama style): parents above their build-ons, edges top to bottom.
 * Returns the top-left corner of every node. Large graphs use the faster longest-path ranker.
 */
export function layoutLineage(nodeIds: readonly string[], edges: readonly LayoutEdge[]): Map<string, { x: number; y: number }> {
  const g = new Graph({ multigraph: false, compound: false });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 72, marginx: 20, marginy: 20, ranker: nodeIds.length > 400 ? 'longest-path' : 'network-simplex' });
  g.setDefaultEdgeLabel(() => ({}));
  const known = new Set(nodeIds);
  for (const id of nodeIds) g.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const e of edges) if (known.has(e.parentId) && known.has(e.childId)) g.setEdge(e.parentId, e.childId);
  layout(g);
  const positions = new Map<string, { x: number; y: number }>();
  for (const id of nodeIds) {
    const n = g.node(id) as { x: number; y: number } | undefined;
    positions.set(id, { x: (n?.x ?? 0) - NODE_WIDTH / 2, y: (n?.y ?? 0) - NODE_HEIGHT / 2 });
  }
  return positions;
}
