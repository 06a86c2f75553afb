/// <reference lib="webworker" />
import { layoutLineage, type LayoutEdge } from './lineage-layout';

// Lays out big lineages off the main thread so panning and typing stay smooth meanwhile.
self.onmessage = (event: MessageEvent<{ id: number; nodeIds: string[]; edges: LayoutEdge[] }>) => {
  const { id, nodeIds, edges } = event.data;
  const positions = layoutLineage(nodeIds, edges);
  (self as unknown as Worker).postMessage({ id, positions: [...positions] });
};
