import { CycleError } from './errors';
import { compareIds } from './ids';
import type { IdeaId } from './types';

/**
 * The ideas `ids` in topological order: each after its parents among `ids` (parents outside `ids` are
 * taken as known). Kahn's algorithm with ties broken by compareIds, as the full pass does: ideas with no
 * parent among `ids` start the queue in id order, and each idea releases its children in id order. So the
 * order depends only on the graph, not on the order of `ids` or of anyone's parents.
 * Throws CycleError when `ids` hold a cycle.
 */
export function topologicalOrder(ids: Iterable<IdeaId>, parentsOf: (id: IdeaId) => Iterable<IdeaId>): IdeaId[] {
  const inside = new Set(ids);
  const parents = new Map<IdeaId, IdeaId[]>();
  const children = new Map<IdeaId, IdeaId[]>();
  for (const id of inside) {
    const own = [...new Set(parentsOf(id))].filter((p) => inside.has(p));
    parents.set(id, own);
    for (const p of own) {
      const list = children.get(p);
      if (list) list.push(id);
      else children.set(p, [id]);
    }
  }
  const pending = new Map<IdeaId, number>();
  for (const [id, own] of parents) pending.set(id, own.length);
  const order = [...inside].filter((id) => pending.get(id) === 0).sort(compareIds);
  for (let head = 0; head < order.length; head++) {
    for (const child of (children.get(order[head]) ?? []).sort(compareIds)) {
      const left = pending.get(child)! - 1;
      pending.set(child, left);
      if (left === 0) order.push(child);
    }
  }
  if (order.length < inside.size) throw cycleAmong(parents, pending);
  return order;
}

/**
 * An idea left out of Kahn's order still has a parent left out, so walking up such parents must revisit
 * an idea: that loop is the cycle to report (parent → child, first id repeated at the end).
 */
function cycleAmong(parents: ReadonlyMap<IdeaId, IdeaId[]>, pending: ReadonlyMap<IdeaId, number>): CycleError {
  const left = (id: IdeaId) => pending.get(id)! > 0;
  let v = [...parents.keys()].filter(left).sort(compareIds)[0];
  const path: IdeaId[] = [];
  while (!path.includes(v)) {
    path.push(v);
    v = parents.get(v)!.filter(left).sort(compareIds)[0];
  }
  const cycle = path.slice(path.indexOf(v)).reverse();
  cycle.push(cycle[0]);
  return new CycleError('cycle', cycle, `the lineage has a cycle: ${cycle.join(' → ')}`);
}

/**
 * Each idea reachable from `roots` through `next` (children for a family, parents for a lineage) with its
 * shortest number of steps from the nearest root, breadth first; the roots themselves are at 0.
 * Entries come in breadth-first order.
 */
export function shortestDepths(roots: Iterable<IdeaId>, next: (id: IdeaId) => Iterable<IdeaId>): Map<IdeaId, number> {
  const depths = new Map<IdeaId, number>();
  const queue: IdeaId[] = [];
  for (const root of roots) {
    if (depths.has(root)) continue;
    depths.set(root, 0);
    queue.push(root);
  }
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head];
    const depth = depths.get(id)! + 1;
    for (const reached of next(id)) {
      if (depths.has(reached)) continue;
      depths.set(reached, depth);
      queue.push(reached);
    }
  }
  return depths;
}
