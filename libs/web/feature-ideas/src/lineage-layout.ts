import { Graph, layout } from '@dagrejs/dagre';

export const NODE_WIDTH = 220;
/** A card's height for a title of `lines` lines: padding, the title, the author line and the status row (which may wrap once). */
export function nodeHeight(lines: number): number {
  return 104 + lines * 21;
}

export interface LayoutNode {
  id: string;
  height: number;
}

export interface LayoutEdge {
  parentId: string;
  childId: string;
}

/**
 * A layered DAG layout (dagre, Sugiyama style): parents above their build-ons, edges top to bottom.
 * Returns the top-left corner of every node. Large graphs use the faster longest-path ranker.
 */
export function layoutLineage(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, { x: number; y: number }> {
  const g = new Graph({ multigraph: false, compound: false });
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 56, marginx: 20, marginy: 20, ranker: nodes.length > 400 ? 'longest-path' : 'network-simplex' });
  g.setDefaultEdgeLabel(() => ({}));
  const known = new Set(nodes.map((n) => n.id));
  for (const n of nodes) g.setNode(n.id, { width: NODE_WIDTH, height: n.height });
  for (const e of edges) if (known.has(e.parentId) && known.has(e.childId)) g.setEdge(e.parentId, e.childId);
  layout(g);
  const positions = new Map<string, { x: number; y: number }>();
  for (const { id, height } of nodes) {
    const n = g.node(id) as { x: number; y: number } | undefined;
    positions.set(id, { x: (n?.x ?? 0) - NODE_WIDTH / 2, y: (n?.y ?? 0) - height / 2 });
  }
  return positions;
}
