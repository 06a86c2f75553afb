/**
 * An idea's family as the lineage views use it: who builds on whom, how far each idea is from the current
 * one, which branches are collapsed and what that hides. Pure functions, shared by the graph and the list.
 */

export interface FamilyEdge {
  parentId: string;
  childId: string;
}

export interface Family {
  currentId: string;
  parents: Map<string, string[]>;
  children: Map<string, string[]>;
  /** Steps down from the current idea (its build-ons and theirs); ancestors are not in it. */
  depth: Map<string, number>;
  /** Every ancestor of the current idea. */
  ancestors: Set<string>;
}

/** Families larger than this open collapsed beyond `OPEN_DEPTH` levels below the current idea. */
export const LARGE_FAMILY = 30;
export const OPEN_DEPTH = 2;

export function buildFamily(currentId: string, nodeIds: readonly string[], edges: readonly FamilyEdge[]): Family {
  const known = new Set(nodeIds);
  const parents = new Map<string, string[]>(nodeIds.map((id) => [id, []]));
  const children = new Map<string, string[]>(nodeIds.map((id) => [id, []]));
  for (const e of edges) {
    if (!known.has(e.parentId) || !known.has(e.childId)) continue;
    parents.get(e.childId)!.push(e.parentId);
    children.get(e.parentId)!.push(e.childId);
  }
  const depth = new Map<string, number>([[currentId, 0]]);
  const queue = [currentId];
  for (let i = 0; i < queue.length; i++) {
    for (const child of children.get(queue[i]) ?? []) {
      if (depth.has(child)) continue;
      depth.set(child, depth.get(queue[i])! + 1);
      queue.push(child);
    }
  }
  const ancestors = new Set<string>();
  const up = [currentId];
  while (up.length) {
    for (const parent of parents.get(up.pop()!) ?? []) {
      if (ancestors.has(parent) || parent === currentId) continue;
      ancestors.add(parent);
      up.push(parent);
    }
  }
  return { currentId, parents, children, depth, ancestors };
}

/** The branches a family opens with collapsed: none for a small family, else every build-on `OPEN_DEPTH` levels down that has build-ons of its own. */
export function initialCollapsed(family: Family, openAll = false): Set<string> {
  const collapsed = new Set<string>();
  if (openAll || family.parents.size <= LARGE_FAMILY) return collapsed;
  for (const [id, d] of family.depth) if (d >= OPEN_DEPTH && family.children.get(id)!.length > 0) collapsed.add(id);
  return collapsed;
}

export interface Shown {
  /** The ideas on screen: every ancestor, the current idea, and the build-ons reachable through open branches. */
  visible: Set<string>;
  /** For each collapsed idea on screen: how many of its descendants the collapse hides. */
  hidden: Map<string, number>;
}

export function shownFamily(family: Family, collapsed: ReadonlySet<string>): Shown {
  const visible = new Set<string>([...family.ancestors, family.currentId]);
  const queue = [family.currentId];
  for (let i = 0; i < queue.length; i++) {
    if (collapsed.has(queue[i])) continue;
    for (const child of family.children.get(queue[i]) ?? []) {
      if (visible.has(child)) continue;
      visible.add(child);
      queue.push(child);
    }
  }
  const hidden = new Map<string, number>();
  for (const id of collapsed) {
    if (!visible.has(id)) continue;
    const seen = new Set<string>();
    const stack = [...(family.children.get(id) ?? [])];
    while (stack.length) {
      const next = stack.pop()!;
      if (seen.has(next) || visible.has(next)) continue;
      seen.add(next);
      stack.push(...(family.children.get(next) ?? []));
    }
    if (seen.size > 0) hidden.set(id, seen.size);
  }
  return { visible, hidden };
}

/** The collapsed ideas to open so that `targetId` is shown: those on one shortest path down from the current idea. */
export function revealPath(family: Family, collapsed: ReadonlySet<string>, targetId: string): Set<string> {
  const next = new Set(collapsed);
  let at = targetId;
  while (at !== family.currentId && family.depth.has(at)) {
    const d = family.depth.get(at)!;
    const parent = family.parents.get(at)!.find((p) => family.depth.get(p) === d - 1);
    if (!parent) break;
    next.delete(parent);
    at = parent;
  }
  return next;
}

/** Lower case without accents, so "maria garcia" finds "María García". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The ideas whose title or an author's name holds every word of the query, in the given order of ideas. */
export function searchFamily<T extends { id: string; title: string; authors: readonly { name: string }[] }>(nodes: readonly T[], query: string): string[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return nodes
    .filter((n) => {
      const text = foldForSearch([n.title, ...n.authors.map((a) => a.name)].join(' '));
      return words.every((w) => text.includes(w));
    })
    .map((n) => n.id);
}

/** Title lines of a node card, estimated generously (the layout needs each card's height before it is drawn; a card never grows past it). */
export const MAX_TITLE_LINES = 5;
export function titleLines(title: string): number {
  return Math.min(MAX_TITLE_LINES, Math.max(1, Math.ceil(title.length / 18)));
}
