/// <reference lib="webworker" />
import { layoutLineage, type LayoutEdge, type LayoutNode } from './lineage-layout';

// Lays out big lineages off the main thread so panning and typing stay smooth meanwhile.
self.onmessage = (event: MessageEvent<{ id: number; nodes: LayoutNode[]; edges: LayoutEdge[] }>) => {
  const { id, nodes, edges } = event.data;
  const positions = layoutLineage(nodes, edges);
  (self as unknown as Worker).postMessage({ id, positions: [...positions] });
};
