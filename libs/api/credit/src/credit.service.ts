import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  DEFAULT_CREDIT_CONFIG,
  apportion,
  type FamilyMember,
  type UpstreamInput,
  compareIds,
  computeUpstreamColumns,
  ideaCredit,
  shortestDepths,
  toPartsPerMillion,
  topologicalOrder,
  upstreamCredit,
  upstreamTrail,
} from '@kindling/credit';
import type { TrailTerm } from '@kindling/credit';
import { type RequestContext, lockGraphForWrite, perRequest } from '@kindling/api/core';
import { type Queryable, reachableIds } from '@kindling/api/ideas';
import { CreditShare, CreditTrail, CreditTrailTerm, TrailTermKind } from './models/credit.model';
import { copyUpstream, readLineage, storedDrift, writeUpstreamRows } from './upstream-store';

/** An idea's credit, ready to show: shares in ppm and a trail per person. */
export interface ShownCredit {
  ideaLocalId: string;
  shares: CreditShare[];
  extenderPool: number;
  trail(personLocalId: string): CreditTrail;
}

/** A family member as loadCreditInputs returns it: id, createdAt (epoch ms), authors, endorsers, parents. */
type FamilyRow = [id: string, createdAt: number, authors: string[], endorsers: string[], parents: string[]];

interface IdeaInputsRow {
  id: string;
  retention: number;
  createdAt: number;
  authors: string[];
  parents: Array<{ id: string; weight: number }>;
}

@Injectable()
export class CreditService {
  readonly config = DEFAULT_CREDIT_CONFIG;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  // ------------------------------------------------------------ materialised u_v

  /**
   * Recomputes u for `ideaIds` and everything built on them, in topological order, inside
   * the caller's transaction. For a new idea this reads only its parents' credit rows: it has no
   * descendants and no stored rows yet.
   */
  async refreshUpstream(m: Queryable, ideaIds: readonly string[], created: boolean): Promise<void> {
    const affected = created ? [...ideaIds] : [...new Set([...ideaIds, ...(await reachableIds(m, ideaIds, 'down'))])];
    const inputs = await this.loadIdeaInputs(m, affected);
    const inside = new Set(affected);
    const outsideParents = [...new Set(inputs.flatMap((i) => i.parents.map((p) => p.id)).filter((id) => !inside.has(id)))];
    const upstream = await this.loadUpstream(m, outsideParents);

    const byId = new Map(inputs.map((i) => [i.id, i]));
    for (const id of topologicalOrder(byId.keys(), (id) => byId.get(id)!.parents.map((p) => p.id))) {
      upstream.set(id, upstreamCredit(this.upstreamInput(byId.get(id)!, upstream), this.config));
    }
    if (!created) await m.query(`DELETE FROM idea_upstream_credit WHERE idea_id = ANY($1::bigint[])`, [affected]);
    await writeUpstreamRows(m, affected.map((id) => [id, upstream.get(id)!] as const));
  }

  /**
   * Recomputes every u_v from the recorded graph and makes the stored rows equal to it (npm run
   * credit:recompute), atomically: one transaction holding the graph write lock, so no write lands between
   * reading the graph and storing its credit. Rows stream both ways with COPY and the engine works on columns
   * (computeUpstreamColumns): a million ideas cost a few typed arrays, not a million records and Maps.
   * Only ideas whose stored u_v differs (bit for bit) are rewritten: on a consistent database nothing is,
   * and readers are never locked out (no TRUNCATE); every row written pays PostgreSQL's foreign-key checks.
   */
  async recomputeAll(): Promise<{ ideas: number; entries: number; rewritten: number; written: number; seconds: Record<'read' | 'compute' | 'compare' | 'write', number> }> {
    return this.db.transaction(async (m) => {
      await lockGraphForWrite(m);
      const client = await m.queryRunner!.connect();
      const t0 = performance.now();
      const lineage = await readLineage(client);
      const t1 = performance.now();
      const upstream = computeUpstreamColumns(lineage, this.config);
      const t2 = performance.now();
      const stale = await storedDrift(client, upstream, 0);
      const t3 = performance.now();
      await m.query(`DELETE FROM idea_upstream_credit WHERE idea_id = ANY($1::bigint[])`, [stale]);
      const written = await copyUpstream(client, upstream, stale);
      const seconds = { read: (t1 - t0) / 1000, compute: (t2 - t1) / 1000, compare: (t3 - t2) / 1000, write: (performance.now() - t3) / 1000 };
      return { ideas: upstream.ideaId.length, entries: upstream.share.length, rewritten: stale.length, written, seconds };
    });
  }

  /** Compares the stored u_v with a full recompute (one snapshot); returns the ideas that differ (empty when consistent). */
  async findUpstreamDrift(tolerance = 1e-12): Promise<string[]> {
    return this.db.transaction('REPEATABLE READ', async (m) => {
      const client = await m.queryRunner!.connect();
      const upstream = computeUpstreamColumns(await readLineage(client), this.config);
      return (await storedDrift(client, upstream, tolerance)).map(String);
    });
  }

  // ------------------------------------------------------------ reads

  loaders(ctx: RequestContext) {
    return perRequest(ctx, this, () => ({
      ideaCredit: new DataLoader<string, ShownCredit>((ids) => this.ideaCredits(ids)),
      upstreamCredit: new DataLoader<string, ShownCredit>((ids) => this.upstreamCredits(ids)),
    }));
  }

  /** S_Y for several ideas with one statement (loadCreditInputs). */
  private async ideaCredits(ids: readonly string[]): Promise<ShownCredit[]> {
    const { roots, members, upstream } = await this.loadCreditInputs(ids);
    const rootById = new Map(roots.map((r) => [r.id, r]));
    return ids.map((id) => {
      const root = rootById.get(id)!;
      const depths = familyDepths(id, root.family, members);
      const descendants: FamilyMember[] = root.family.map((memberId) => {
        const [, createdAt, authors, endorsers] = members.get(memberId)!;
        return { ideaId: memberId, depth: depths.get(memberId)!, createdAt, authors: authors.map(equalWeight), endorsers };
      });
      const credit = ideaCredit(this.upstreamInput(root, upstream), descendants, this.config);
      return shown(id, credit.shares, credit.poolBound, (person) => credit.trail(person));
    });
  }

  /** u_v with its trail (own authorship and what came through each parent), the drill-down of INHERITED terms. */
  private async upstreamCredits(ids: readonly string[]): Promise<ShownCredit[]> {
    const inputs = await this.loadIdeaInputs(this.db, ids);
    const upstream = await this.loadUpstream(this.db, [...new Set(inputs.flatMap((i) => i.parents.map((p) => p.id)))]);
    const inputById = new Map(inputs.map((i) => [i.id, i]));
    return ids.map((id) => {
      const input = this.upstreamInput(inputById.get(id)!, upstream);
      return shown(id, upstreamCredit(input, this.config), 0, (person) => upstreamTrail(input, person, this.config));
    });
  }

  /** Ideas in which a person holds a share: theirs and what they inherit into (u), and what they built on (pool). */
  async candidateIdeasOf(personLocalId: string): Promise<string[]> {
    const [inherited, authored] = await Promise.all([
      this.db.query(`SELECT idea_id::text AS id FROM idea_upstream_credit WHERE person_id = $1`, [personLocalId]),
      this.db.query(`SELECT idea_id::text AS id FROM idea_authors WHERE person_id = $1 AND state = 'ACCEPTED'`, [personLocalId]),
    ]);
    const builtOn = await reachableIds(this.db, authored.map((r: { id: string }) => r.id), 'up');
    return [...new Set([...inherited.map((r: { id: string }) => r.id), ...builtOn])];
  }

  // ------------------------------------------------------------ loading

  private upstreamInput(idea: Pick<IdeaInputsRow, 'retention' | 'authors' | 'parents'>, upstream: Map<string, ReadonlyMap<string, number>>): UpstreamInput {
    return {
      retention: idea.retention,
      authors: idea.authors.map(equalWeight),
      parents: idea.parents.map((p) => ({ ideaId: p.id, weight: p.weight, upstream: upstream.get(p.id) ?? new Map() })),
    };
  }

  private async loadIdeaInputs(db: Queryable, ids: readonly string[]): Promise<IdeaInputsRow[]> {
    if (ids.length === 0) return [];
    const rows = await db.query(
      `SELECT i.id::text AS id, i.retention, (extract(epoch FROM i.created_at) * 1000)::float8 AS "createdAt",
              ARRAY(SELECT a.person_id::text FROM idea_authors a WHERE a.idea_id = i.id AND a.state = 'ACCEPTED') AS authors,
              COALESCE((SELECT json_agg(json_build_object('id', e.parent_id::text, 'weight', e.weight))
                          FROM idea_edges e WHERE e.child_id = i.id), '[]') AS parents
         FROM ideas i WHERE i.id = ANY($1::bigint[])`,
      [ids],
    );
    return rows;
  }

  /**
   * Everything S_Y needs for `ids`, in one statement: each root's own inputs and family (its descendants, a
   * recursive walk over (root, id) with UNION, so an idea reached by several paths is visited once per root),
   * what the pool needs of every family member (posted when, by whom, endorsed by whom, built on what: the
   * parents give the depths), and the stored u_p of the roots' parents. JSON keeps the rows few and compact.
   */
  private async loadCreditInputs(ids: readonly string[]): Promise<{
    roots: Array<Omit<IdeaInputsRow, 'createdAt'> & { family: string[] }>;
    members: Map<string, FamilyRow>;
    upstream: Map<string, Map<string, number>>;
  }> {
    const [row] = await this.db.query(
      `WITH RECURSIVE fam(root_id, id) AS (
         SELECT e.parent_id, e.child_id FROM idea_edges e WHERE e.parent_id = ANY($1::bigint[])
         UNION
         SELECT f.root_id, e.child_id FROM fam f JOIN idea_edges e ON e.parent_id = f.id
       ), families AS (
         SELECT root_id, array_agg(id::text) AS ids FROM fam GROUP BY root_id
       )
       SELECT
         (SELECT json_agg(json_build_object(
                   'id', i.id::text, 'retention', i.retention,
                   'authors', ARRAY(SELECT a.person_id::text FROM idea_authors a WHERE a.idea_id = i.id AND a.state = 'ACCEPTED'),
                   'parents', ARRAY(SELECT json_build_object('id', e.parent_id::text, 'weight', e.weight) FROM idea_edges e WHERE e.child_id = i.id),
                   'family', COALESCE(f.ids, '{}')))
            FROM ideas i LEFT JOIN families f ON f.root_id = i.id
           WHERE i.id = ANY($1::bigint[])) AS roots,
         (SELECT json_agg(json_build_array(
                   i.id::text, (extract(epoch FROM i.created_at) * 1000)::float8,
                   ARRAY(SELECT a.person_id::text FROM idea_authors a WHERE a.idea_id = i.id AND a.state = 'ACCEPTED'),
                   ARRAY(SELECT n.person_id::text FROM endorsements n WHERE n.idea_id = i.id),
                   ARRAY(SELECT e.parent_id::text FROM idea_edges e WHERE e.child_id = i.id)))
            FROM ideas i WHERE i.id IN (SELECT id FROM fam)) AS members,
         (SELECT json_agg(json_build_array(c.idea_id::text, c.person_id::text, c.share))
            FROM idea_upstream_credit c
           WHERE c.idea_id IN (SELECT e.parent_id FROM idea_edges e WHERE e.child_id = ANY($1::bigint[]))) AS upstream`,
      [ids],
    );
    const members = new Map<string, FamilyRow>((row.members ?? []).map((m: FamilyRow) => [m[0], m]));
    const upstream = new Map<string, Map<string, number>>();
    for (const [ideaId, personId, share] of (row.upstream ?? []) as Array<[string, string, number]>) {
      let shares = upstream.get(ideaId);
      if (!shares) upstream.set(ideaId, (shares = new Map()));
      shares.set(personId, share);
    }
    return { roots: row.roots ?? [], members, upstream };
  }

  private async loadUpstream(db: Queryable, ids: readonly string[]): Promise<Map<string, Map<string, number>>> {
    const result = new Map<string, Map<string, number>>();
    if (ids.length === 0) return result;
    const rows = await db.query(
      `SELECT idea_id::text AS "ideaId", person_id::text AS "personId", share FROM idea_upstream_credit WHERE idea_id = ANY($1::bigint[])`,
      [ids],
    );
    for (const r of rows as Array<{ ideaId: string; personId: string; share: number }>) {
      let shares = result.get(r.ideaId);
      if (!shares) result.set(r.ideaId, (shares = new Map()));
      shares.set(r.personId, r.share);
    }
    return result;
  }
}

/** Co-authors share an idea equally (CREDIT.md's default a_v). */
function equalWeight(personId: string) {
  return { personId, weight: 1 };
}

/** Each family member's shortest distance from the root: breadth-first over the edges inside the family. */
function familyDepths(rootId: string, family: readonly string[], members: ReadonlyMap<string, FamilyRow>): Map<string, number> {
  const children = new Map<string, string[]>();
  for (const id of family) {
    for (const parent of members.get(id)![4]) {
      const list = children.get(parent);
      if (list) list.push(id);
      else children.set(parent, [id]);
    }
  }
  return shortestDepths([rootId], (id) => children.get(id) ?? []);
}

/** Turns exact shares into what clients see: ppm adding up to 1,000,000, and trails adding up to each person's ppm. */
function shown(ideaLocalId: string, shares: ReadonlyMap<string, number>, extenderPool: number, trailOf: (person: string) => TrailTerm[]): ShownCredit {
  const ppm = toPartsPerMillion(shares);
  const list = [...shares.entries()]
    .map(([personLocalId, share]) => Object.assign(new CreditShare(), { personLocalId, share, ppm: ppm.get(personLocalId) ?? 0, percent: (ppm.get(personLocalId) ?? 0) / 10_000 }))
    .sort((a, b) => b.share - a.share || compareIds(a.personLocalId, b.personLocalId));
  return {
    ideaLocalId,
    shares: list,
    extenderPool,
    trail(personLocalId) {
      const personPpm = ppm.get(personLocalId) ?? 0;
      const terms = trailOf(personLocalId).map((t) => ({
        kind: t.kind as TrailTermKind,
        via: t.kind === 'INHERITED' ? t.parentId : t.kind === 'POOL' ? t.buildOnId : null,
        share: t.share,
      }));
      const termPpm = apportion(personPpm, terms.map((t) => t.share));
      return Object.assign(new CreditTrail(), {
        personLocalId,
        ppm: personPpm,
        percent: personPpm / 10_000,
        share: shares.get(personLocalId) ?? 0,
        terms: terms.map((t, i) => Object.assign(new CreditTrailTerm(), { kind: t.kind, viaLocalId: t.via, share: t.share, ppm: termPpm[i], percent: termPpm[i] / 10_000 })),
      });
    },
  };
}

