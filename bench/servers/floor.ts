/**
 * The floors: the same work as the API's scenarios, done the fastest honest way — plain `pg` queries
 * (one pool of 10, like the API's) and plain loops, no framework. Each handler returns the same JSON
 * the GraphQL query returns, so the driver can check that both sides agree.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { DEFAULT_CREDIT_CONFIG, type FamilyMember, compareIds, extenderPool, shortestDepths, toPartsPerMillion, upstreamCredit } from '@kindling/credit';

/** Relay global id, as @kindling/api/core's toGlobalId writes it. */
export const globalId = (type: string, id: string | number) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

/** The ledger's entry hash (mirrors libs/api/ledger/src/ledger-hash.ts, kept here so the floor loads no Nest/TypeORM). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
function entryHash(e: { seq: string; occurredAt: Date; eventType: string; actorId: string | null; payload: unknown; prevHash: string }): string {
  return createHash('sha256')
    .update(canonicalJson([e.seq, e.occurredAt.toISOString(), e.eventType, e.actorId, e.payload, e.prevHash]))
    .digest('hex');
}
const GENESIS_HASH = '0'.repeat(64);
const GRAPH_WRITE_LOCK = 0x4b494e44; // the API's lockGraphForWrite key

/** S_Y of one idea, before it is shown: exact shares and parts per million, by person id. */
interface ComputedCredit {
  id: string;
  title: string;
  endorsementCount: number;
  authors: Array<[string, string]> | null;
  shares: Map<string, number>;
  ppm: Map<string, number>;
}

export class Floor {
  statements = 0;
  readonly pool: pg.Pool;

  constructor(url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: 10 });
  }

  private query(db: pg.Pool | pg.PoolClient, sql: string, params?: unknown[]) {
    this.statements++;
    return db.query(sql, params);
  }

  // ------------------------------------------------------------------ P1

  /**
   * Top ideas by endorsements with authors (and departments) and their credit S_Y, in ONE statement:
   * the page, the authors, each idea's materialised u_Y, each idea's family (descendants, UNION over
   * (root, id)), what the pool needs of every family member (created_at, accepted authors, endorsers,
   * parents), and the names of everyone who can hold a share. The pool itself (depths by BFS,
   * endorsement pairs, 1/k ranks) is computed in JS with the engine's extenderPool, exactly as the
   * API's ideaCredit does; S_Y = (1 − B)·u_Y + B·E_Y. `names: false` leaves out the people's names.
   */
  static creditSql(top: string, options: { names?: boolean } = {}): string {
    const names = options.names === false ? 'NULL::json' : `(SELECT json_object_agg(p.id, p.name) FROM people p WHERE p.id IN (
          SELECT c.person_id FROM idea_upstream_credit c WHERE c.idea_id IN (SELECT id FROM top)
          UNION SELECT a.person_id FROM idea_authors a WHERE a.idea_id IN (SELECT id FROM members) AND a.state = 'ACCEPTED'))`;
    return `
    WITH RECURSIVE top AS (${top}),
    fam(root_id, id) AS (
      SELECT t.id, e.child_id FROM top t JOIN idea_edges e ON e.parent_id = t.id
      UNION
      SELECT f.root_id, e.child_id FROM fam f JOIN idea_edges e ON e.parent_id = f.id
    ),
    members AS (SELECT DISTINCT id FROM fam),
    families AS (SELECT root_id, json_agg(id) AS ids FROM fam GROUP BY root_id)
    SELECT
      (SELECT json_agg(json_build_object(
          'id', t.id, 'title', t.title, 'endorsementCount', t.endorsement_count,
          'authors', (SELECT json_agg(json_build_array(p.name, d.name) ORDER BY (a.person_id = t.posted_by) DESC, a.responded_at NULLS FIRST, a.person_id)
                        FROM idea_authors a JOIN people p ON p.id = a.person_id JOIN departments d ON d.id = p.department_id
                       WHERE a.idea_id = t.id AND a.state = 'ACCEPTED'),
          'upstream', (SELECT json_agg(json_build_array(c.person_id, c.share)) FROM idea_upstream_credit c WHERE c.idea_id = t.id),
          'family', f.ids
        ) ORDER BY t.endorsement_count DESC, t.id DESC)
         -- a join, not a subquery per idea: that would scan all of fam once per idea (quadratic in the number of ideas)
         FROM top t LEFT JOIN families f ON f.root_id = t.id) AS ideas,
      (SELECT json_agg(json_build_array(
          m.id, (extract(epoch FROM i.created_at) * 1000)::float8,
          ARRAY(SELECT a.person_id FROM idea_authors a WHERE a.idea_id = m.id AND a.state = 'ACCEPTED'),
          ARRAY(SELECT e.person_id FROM endorsements e WHERE e.idea_id = m.id),
          ARRAY(SELECT e.parent_id FROM idea_edges e WHERE e.child_id = m.id)))
        FROM members m JOIN ideas i ON i.id = m.id) AS members,
      ${names} AS names`;
  }

  static readonly P1_SQL = Floor.creditSql(`SELECT i.id, i.title, i.endorsement_count, i.posted_by FROM ideas i ORDER BY i.endorsement_count DESC, i.id DESC LIMIT $1`);
  static readonly C1_SQL = Floor.creditSql(`SELECT i.id, i.title, i.endorsement_count, i.posted_by FROM ideas i WHERE i.id = $1`);
  /**
   * The ideas in which person $1 can hold a share, as the API's candidateIdeasOf finds them: those whose u
   * holds them (their own ideas included), and every ancestor of their own ideas (the extender pool); and
   * their name. A statement of its own: given the ids as an array, the planner walks the families by index
   * (inside the credit statement it could not know how many there are, and at L chose to hash every edge on
   * each step of the walk: seconds per request).
   */
  static readonly PERSON_CANDIDATES_SQL = `
    WITH RECURSIVE up(id) AS (
      SELECT e.parent_id FROM idea_edges e JOIN idea_authors a ON a.idea_id = e.child_id WHERE a.person_id = $1 AND a.state = 'ACCEPTED'
      UNION
      SELECT e.parent_id FROM idea_edges e JOIN up ON e.child_id = up.id)
    SELECT (SELECT p.name FROM people p WHERE p.id = $1) AS person,
           ARRAY(SELECT id FROM up UNION SELECT c.idea_id FROM idea_upstream_credit c WHERE c.person_id = $1) AS ids`;
  static readonly PERSON_CREDIT_SQL = Floor.creditSql(`SELECT i.id, i.title, i.endorsement_count, i.posted_by FROM ideas i WHERE i.id = ANY($1::bigint[])`, { names: false });

  async topIdeas(limit: number): Promise<unknown> {
    const { ideas, names } = await this.credits(Floor.P1_SQL, [limit]);
    return { data: { ideas: { edges: ideas.map((idea) => ({ node: Floor.shown(idea, names) })) } } };
  }

  /** One idea's title and credit (the idea page's credit panel). */
  async ideaCredit(ideaId: string): Promise<unknown> {
    const { ideas, names } = await this.credits(Floor.C1_SQL, [ideaId]);
    const idea = ideas[0] ? Floor.shown(ideas[0], names) : null;
    return { data: { node: idea ? { title: idea.title, credit: idea.credit } : null } };
  }

  /** A person's name and the ideas in which they hold a share, largest share first (the person page's credit tab): two statements. */
  async personCredit(personId: string, first: number): Promise<unknown> {
    const { rows } = await this.query(this.pool, Floor.PERSON_CANDIDATES_SQL, [personId]);
    const { person, ids } = rows[0] as { person: string | null; ids: string[] };
    if (person === null) return { data: { node: null } };
    const { ideas } = await this.credits(Floor.PERSON_CREDIT_SQL, [ids]);
    const held = ideas
      .filter((idea) => idea.shares.has(personId))
      .map((idea) => ({ id: idea.id, title: idea.title, share: idea.shares.get(personId)!, ppm: idea.ppm.get(personId)! }))
      .sort((a, b) => b.share - a.share || compareIds(a.id, b.id));
    const edges = held.slice(0, first).map((h) => ({ node: { ppm: h.ppm, idea: { title: h.title } } }));
    return { data: { node: { name: person, credit: { totalCount: held.length, edges } } } };
  }

  private static shown(idea: ComputedCredit, names: Record<string, string> | null) {
    const list = [...idea.shares.entries()].sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]));
    return {
      title: idea.title,
      endorsementCount: idea.endorsementCount,
      authors: (idea.authors ?? []).map(([name, department]) => ({ name, department: { name: department } })),
      credit: { shares: list.map(([person]) => ({ ppm: idea.ppm.get(person), person: { name: names?.[person] } })) },
    };
  }

  private async credits(sql: string, params: unknown[]) {
    const { rows } = await this.query(this.pool, sql, params);
    type Member = [number, number, number[], number[], number[]];
    const { ideas, members, names } = rows[0] as {
      ideas: Array<{ id: number; title: string; endorsementCount: number; authors: Array<[string, string]> | null; upstream: Array<[number, number]>; family: number[] | null }>;
      members: Member[] | null;
      names: Record<string, string> | null;
    };
    const memberById = new Map<string, Member>((members ?? []).map((m) => [String(m[0]), m]));
    const cfg = DEFAULT_CREDIT_CONFIG;
    const computed = (ideas ?? []).map((idea): ComputedCredit => {
      const root = String(idea.id);
      const family = new Set((idea.family ?? []).map(String));
      // shortest depth from the root, by BFS over the family's own edges
      const children = new Map<string, string[]>();
      for (const id of family) {
        for (const p of memberById.get(id)![4]) {
          const list = children.get(String(p));
          if (list) list.push(id);
          else children.set(String(p), [id]);
        }
      }
      const depth = shortestDepths([root], (id) => children.get(id) ?? []);
      const descendants: FamilyMember[] = [...family].map((id) => {
        const m = memberById.get(id)!;
        return { ideaId: id, depth: depth.get(id)!, createdAt: m[1], authors: m[2].map((p) => ({ personId: String(p), weight: 1 })), endorsers: m[3].map(String) };
      });
      const pool = extenderPool(descendants, cfg);
      const bound = pool.total > 0 ? cfg.beta * Math.min(1, pool.total / cfg.c0) : 0;
      const keep = 1 - bound;
      const perWeight = pool.total > 0 ? bound / pool.total : 0;
      const shares = new Map<string, number>();
      for (const [person, share] of idea.upstream) shares.set(String(person), keep * share);
      for (const t of pool.terms) shares.set(t.personId, (shares.get(t.personId) ?? 0) + perWeight * t.weight);
      return { id: root, title: idea.title, endorsementCount: idea.endorsementCount, authors: idea.authors, shares, ppm: toPartsPerMillion(shares) };
    });
    return { ideas: computed, names };
  }

  // ------------------------------------------------------------------ P2

  /** Ancestors and descendants by id-only recursive CTEs (UNION), hydrated (id, title) and the edges among them, in one statement. */
  static readonly P2_SQL = `
    WITH RECURSIVE up(id) AS (
      SELECT $1::bigint UNION SELECT e.parent_id FROM idea_edges e JOIN up ON e.child_id = up.id
    ),
    down(id) AS (
      SELECT $1::bigint UNION SELECT e.child_id FROM idea_edges e JOIN down ON e.parent_id = down.id
    ),
    fam AS (SELECT id FROM up UNION SELECT id FROM down)
    SELECT (SELECT json_agg(json_build_array(i.id, i.title)) FROM fam JOIN ideas i ON i.id = fam.id) AS nodes,
           (SELECT json_agg(json_build_array(e.parent_id, e.child_id))
              FROM idea_edges e JOIN fam c ON c.id = e.child_id
             WHERE e.parent_id IN (SELECT id FROM fam)) AS edges`;

  async lineage(ideaId: string): Promise<unknown> {
    const { rows } = await this.query(this.pool, Floor.P2_SQL, [ideaId]);
    const { nodes, edges } = rows[0] as { nodes: Array<[number, string]> | null; edges: Array<[number, number]> | null };
    return {
      data: {
        node: {
          lineage: {
            nodes: (nodes ?? []).map(([id, title]) => ({ id: globalId('Idea', id), title })),
            edges: (edges ?? []).map(([p, c]) => ({ parentId: globalId('Idea', p), childId: globalId('Idea', c) })),
          },
        },
      },
    };
  }

  // ------------------------------------------------------------------ P3

  /**
   * A build-on with several parents, as one transaction under the API's graph write lock: check the
   * parents, insert the idea, its author, its edges, bump the parents' build_on_count (one CTE
   * statement that also returns the parents' u_p and the ledger tip), compute u_v with the engine's
   * upstreamCredit, then insert u_v and the hash-chained ledger entry (one statement).
   */
  async buildOn(token: string | undefined, input: { parentIds: string[]; title: string; body: string }): Promise<{ status: number; body: unknown }> {
    if (!token) return { status: 401, body: { errors: [{ message: 'unauthenticated' }] } };
    const hash = createHash('sha256').update(token).digest('hex');
    const viewer = await this.query(
      this.pool,
      `SELECT p.id::text AS id FROM api_tokens t JOIN people p ON p.id = t.person_id WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND p.active`,
      [hash],
    );
    if (!viewer.rows[0]) return { status: 401, body: { errors: [{ message: 'unauthenticated' }] } };
    const viewerId: string = viewer.rows[0].id;
    const parents = [...new Set(input.parentIds)];
    const weights = parents.map(() => 1);
    const relation = parents.length > 1 ? 'COMBINES' : 'EXTENDS';
    const retention = DEFAULT_CREDIT_CONFIG.defaultRetention;
    const title = input.title.trim();
    const body = input.body.trim();

    const client = await this.pool.connect();
    try {
      await this.query(client, 'BEGIN');
      await this.query(client, 'SELECT pg_advisory_xact_lock($1)', [GRAPH_WRITE_LOCK]);
      const inserted = await this.query(
        client,
        `WITH new AS (
           INSERT INTO ideas (title, body, tags, retention, posted_by)
           SELECT $2, $3, '{}', $4, $5 WHERE (SELECT count(*) FROM ideas WHERE id = ANY($1::bigint[])) = cardinality($1::bigint[])
           RETURNING id),
         a AS (INSERT INTO idea_authors (idea_id, person_id, state, responded_at) SELECT id, $5, 'ACCEPTED', now() FROM new),
         e AS (INSERT INTO idea_edges (child_id, parent_id, relation, weight)
               SELECT new.id, p.parent_id, $6::idea_relation, p.weight FROM new, unnest($1::bigint[], $7::float8[]) AS p(parent_id, weight)),
         c AS (UPDATE ideas SET build_on_count = build_on_count + 1 WHERE id = ANY($1::bigint[]) AND EXISTS (SELECT 1 FROM new))
         SELECT new.id::text AS id,
                (SELECT json_agg(json_build_array(u.idea_id::text, u.person_id::text, u.share)) FROM idea_upstream_credit u WHERE u.idea_id = ANY($1::bigint[])) AS upstream,
                (SELECT json_build_array(l.seq::text, l.hash) FROM ledger_entries l ORDER BY l.seq DESC LIMIT 1) AS tip
           FROM new`,
        [parents, title, body, retention, viewerId, relation, weights],
      );
      const row = inserted.rows[0] as { id: string; upstream: Array<[string, string, number]> | null; tip: [string, string] | null } | undefined;
      if (!row) {
        await this.query(client, 'ROLLBACK');
        return { status: 200, body: { errors: [{ message: 'parent not found', extensions: { code: 'NOT_FOUND' } }] } };
      }
      const upstreamOf = new Map<string, Map<string, number>>(parents.map((p) => [p, new Map()]));
      for (const [ideaId, personId, share] of row.upstream ?? []) upstreamOf.get(ideaId)!.set(personId, share);
      const credit = upstreamCredit(
        { retention, authors: [{ personId: viewerId, weight: 1 }], parents: parents.map((p, i) => ({ ideaId: p, weight: weights[i], upstream: upstreamOf.get(p)! })) },
        DEFAULT_CREDIT_CONFIG,
      );
      const entry = {
        seq: row.tip ? String(BigInt(row.tip[0]) + 1n) : '1',
        occurredAt: new Date(),
        eventType: 'BUILT_ON',
        actorId: viewerId,
        payload: { ideaId: row.id, authorId: viewerId, relation, retention, parents: parents.map((p, i) => ({ ideaId: p, weight: weights[i] })) },
        prevHash: row.tip ? row.tip[1] : GENESIS_HASH,
      };
      await this.query(
        client,
        `WITH c AS (INSERT INTO idea_upstream_credit (idea_id, person_id, share) SELECT $1, * FROM unnest($2::bigint[], $3::float8[]))
         INSERT INTO ledger_entries (seq, occurred_at, event_type, actor_id, payload, prev_hash, hash) VALUES ($4, $5, $6, $7, $8, $9, $10)`,
        [row.id, [...credit.keys()], [...credit.values()], entry.seq, entry.occurredAt, entry.eventType, entry.actorId, JSON.stringify(entry.payload), entry.prevHash, entryHash(entry)],
      );
      await this.query(client, 'COMMIT');
      return { status: 200, body: { data: { buildOn: { idea: { id: globalId('Idea', row.id), title } } } } };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
