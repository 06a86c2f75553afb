/**
 * Raw SQL over the attribution graph. Traversals are recursive CTEs over ids with UNION
 * (never path enumeration, which explodes on diamonds); rows are hydrated afterwards.
 */

/** Anything that can run a query: a DataSource or a transaction's EntityManager. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any>;
}

export type LineageDirection = 'ANCESTORS' | 'DESCENDANTS' | 'BOTH';

export interface LineageEdgeRow {
  childId: string;
  parentId: string;
  relation: 'EXTENDS' | 'COMBINES' | 'REFINES';
  /** The child's split for this parent, normalised over all the child's parents. */
  split: number;
}

/** True when `candidate` is `of` itself or one of its ancestors: linking `of` → parent `candidate`'s descendant would close a cycle. */
export async function isAncestorOrSelf(db: Queryable, candidate: string, of: string): Promise<boolean> {
  const [row] = await db.query(
    `WITH RECURSIVE up(id) AS (
       SELECT $2::bigint
       UNION
       SELECT e.parent_id FROM idea_edges e JOIN up ON e.child_id = up.id
     )
     SELECT EXISTS (SELECT 1 FROM up WHERE id = $1::bigint) AS found`,
    [candidate, of],
  );
  return row.found;
}

const step = {
  up: { from: 'child_id', to: 'parent_id' },
  down: { from: 'parent_id', to: 'child_id' },
} as const;

/** Ids of the ancestors or descendants of `rootIds` (roots excluded), unbounded depth. */
export async function reachableIds(db: Queryable, rootIds: readonly string[], way: 'up' | 'down'): Promise<string[]> {
  const { from, to } = step[way];
  const rows = await db.query(
    `WITH RECURSIVE r(id) AS (
       SELECT e.${to} FROM idea_edges e WHERE e.${from} = ANY($1::bigint[])
       UNION
       SELECT e.${to} FROM idea_edges e JOIN r ON e.${from} = r.id
     )
     SELECT id::text AS id FROM r WHERE id <> ALL($1::bigint[])`,
    [rootIds],
  );
  return rows.map((r: { id: string }) => r.id);
}

/**
 * Ids within `maxDepth` steps with their shortest distance. UNION over (id, depth) keeps the
 * row count at most nodes × depth, then the minimum depth per id is kept.
 */
export async function reachableWithDepth(
  db: Queryable,
  rootIds: readonly string[],
  way: 'up' | 'down',
  maxDepth: number,
): Promise<Array<{ rootId: string; id: string; depth: number }>> {
  const { from, to } = step[way];
  return db.query(
    `WITH RECURSIVE r(root_id, id, depth) AS (
       SELECT e.${from}, e.${to}, 1 FROM idea_edges e WHERE e.${from} = ANY($1::bigint[])
       UNION
       SELECT r.root_id, e.${to}, r.depth + 1 FROM idea_edges e JOIN r ON e.${from} = r.id WHERE r.depth < $2
     )
     SELECT root_id::text AS "rootId", id::text AS id, min(depth)::int AS depth FROM r GROUP BY root_id, id`,
    [rootIds, maxDepth],
  );
}

/** The edges among a set of ideas (both ends inside the set). */
export async function edgesAmong(db: Queryable, ids: readonly string[]): Promise<LineageEdgeRow[]> {
  return db.query(
    `SELECT child_id::text AS "childId", parent_id::text AS "parentId", relation, split
       FROM (SELECT child_id, parent_id, relation, weight / sum(weight) OVER (PARTITION BY child_id) AS split
               FROM idea_edges WHERE child_id = ANY($1::bigint[])) e
      WHERE parent_id = ANY($1::bigint[])
      ORDER BY child_id, parent_id`,
    [ids],
  );
}
