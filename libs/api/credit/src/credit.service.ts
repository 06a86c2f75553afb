import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  DEFAULT_CREDIT_CONFIG,
  type FamilyMember,
  type IdeaRecord,
  type UpstreamInput,
  compareIds,
  computeAllUpstream,
  ideaCredit,
  toPartsPerMillion,
  upstreamCredit,
  upstreamTrail,
} from '@kindling/credit';
import type { TrailTerm } from '@kindling/credit';
import { type RequestContext, perRequest } from '@kindling/api/core';
import { type Queryable, descendantsWithDepth, reachableIds } from '@kindling/api/ideas';
import { apportion } from './apportion';
import { CreditShare, CreditTrail, CreditTrailTerm, TrailTermKind } from './models/credit.model';
import { writeUpstreamRows } from './upstream-store';

/** An idea's credit, ready to show: shares in ppm and a trail per person. */
export interface ShownCredit {
  ideaLocalId: string;
  shares: CreditShare[];
  extenderPool: number;
  trail(personLocalId: string): CreditTrail;
}

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

    const order = topologicalOrder(inputs);
    for (const idea of order) {
      upstream.set(idea.id, upstreamCredit(this.upstreamInput(idea, upstream), this.config));
    }
    if (!created) await m.query(`DELETE FROM idea_upstream_credit WHERE idea_id = ANY($1::bigint[])`, [affected]);
    await writeUpstreamRows(m, affected.map((id) => [id, upstream.get(id)!] as const));
  }

  /** Rebuilds every u_v from the recorded graph (npm run credit:recompute). */
  async recomputeAll(): Promise<{ ideas: number; entries: number }> {
    const records = await this.loadAllRecords(this.db);
    const all = computeAllUpstream(records, this.config);
    let entries = 0;
    await this.db.transaction(async (m) => {
      await m.query(`TRUNCATE idea_upstream_credit`);
      const rows = [...all.entries()];
      for (const [, shares] of rows) entries += shares.size;
      await writeUpstreamRows(m, rows);
    });
    return { ideas: all.size, entries };
  }

  /** Compares the stored u_v with a full recompute; returns the ideas that differ (empty when consistent). */
  async findUpstreamDrift(tolerance = 1e-12): Promise<string[]> {
    const expected = computeAllUpstream(await this.loadAllRecords(this.db), this.config);
    const stored = await this.loadUpstream(this.db, [...expected.keys()]);
    const drift: string[] = [];
    for (const [id, shares] of expected) {
      const actual = stored.get(id) ?? new Map();
      const people = new Set([...shares.keys(), ...actual.keys()]);
      if ([...people].some((p) => Math.abs((shares.get(p) ?? 0) - (actual.get(p) ?? 0)) > tolerance)) drift.push(id);
    }
    return drift;
  }

  // ------------------------------------------------------------ reads

  loaders(ctx: RequestContext) {
    return perRequest(ctx, this, () => ({
      ideaCredit: new DataLoader<string, ShownCredit>((ids) => this.ideaCredits(ids)),
      upstreamCredit: new DataLoader<string, ShownCredit>((ids) => this.upstreamCredits(ids)),
    }));
  }

  /** S_Y for several ideas with a constant number of statements. */
  private async ideaCredits(ids: readonly string[]): Promise<ShownCredit[]> {
    const family = await descendantsWithDepth(this.db, ids);
    const memberIds = [...new Set(family.map((f) => f.id))];
    const [inputs, members, endorsers] = await Promise.all([
      this.loadIdeaInputs(this.db, ids),
      this.loadFamilyMembers(memberIds),
      this.loadEndorsers(memberIds),
    ]);
    const upstream = await this.loadUpstream(this.db, [...new Set(inputs.flatMap((i) => i.parents.map((p) => p.id)))]);
    const memberById = new Map(members.map((m) => [m.id, m]));
    const inputById = new Map(inputs.map((i) => [i.id, i]));
    return ids.map((id) => {
      const descendants: FamilyMember[] = family
        .filter((f) => f.rootId === id)
        .map((f) => {
          const m = memberById.get(f.id)!;
          return { ideaId: f.id, depth: f.depth, createdAt: m.createdAt, authors: m.authors.map(equalWeight), endorsers: endorsers.get(f.id) ?? [] };
        });
      const credit = ideaCredit(this.upstreamInput(inputById.get(id)!, upstream), descendants, this.config);
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

  private upstreamInput(idea: IdeaInputsRow, upstream: Map<string, ReadonlyMap<string, number>>): UpstreamInput {
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

  /** What the pool needs of each build-on: when it was posted and by whom. */
  private async loadFamilyMembers(ids: readonly string[]): Promise<Array<{ id: string; createdAt: number; authors: string[] }>> {
    if (ids.length === 0) return [];
    return this.db.query(
      `SELECT i.id::text AS id, (extract(epoch FROM i.created_at) * 1000)::float8 AS "createdAt",
              array_agg(a.person_id::text) AS authors
         FROM ideas i JOIN idea_authors a ON a.idea_id = i.id AND a.state = 'ACCEPTED'
        WHERE i.id = ANY($1::bigint[])
        GROUP BY i.id`,
      [ids],
    );
  }

  private async loadEndorsers(ids: readonly string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    if (ids.length === 0) return result;
    const rows = await this.db.query(`SELECT idea_id::text AS "ideaId", person_id::text AS "personId" FROM endorsements WHERE idea_id = ANY($1::bigint[])`, [ids]);
    for (const r of rows as Array<{ ideaId: string; personId: string }>) {
      const list = result.get(r.ideaId) ?? [];
      list.push(r.personId);
      result.set(r.ideaId, list);
    }
    return result;
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

  private async loadAllRecords(db: Queryable): Promise<IdeaRecord[]> {
    const [ideas, authors, edges] = await Promise.all([
      db.query(`SELECT id::text AS id, retention, (extract(epoch FROM created_at) * 1000)::float8 AS "createdAt" FROM ideas`),
      db.query(`SELECT idea_id::text AS "ideaId", person_id::text AS "personId" FROM idea_authors WHERE state = 'ACCEPTED'`),
      db.query(`SELECT child_id::text AS "childId", parent_id::text AS "parentId", weight FROM idea_edges`),
    ]);
    const byId = new Map<string, { id: string; createdAt: number; retention: number; authors: { personId: string; weight: number }[]; parents: { ideaId: string; weight: number }[] }>();
    for (const i of ideas) byId.set(i.id, { id: i.id, createdAt: i.createdAt, retention: i.retention, authors: [], parents: [] });
    for (const a of authors) byId.get(a.ideaId)?.authors.push(equalWeight(a.personId));
    for (const e of edges) byId.get(e.childId)?.parents.push({ ideaId: e.parentId, weight: e.weight });
    return [...byId.values()];
  }
}

/** Co-authors share an idea equally (CREDIT.md's default a_v). */
function equalWeight(personId: string) {
  return { personId, weight: 1 };
}

/** Kahn's order over the affected ideas (parents outside the set are already known). */
function topologicalOrder(ideas: IdeaInputsRow[]): IdeaInputsRow[] {
  const byId = new Map(ideas.map((i) => [i.id, i]));
  const pending = new Map(ideas.map((i) => [i.id, i.parents.filter((p) => byId.has(p.id)).length]));
  const children = new Map<string, string[]>();
  for (const i of ideas) for (const p of i.parents) if (byId.has(p.id)) children.set(p.id, [...(children.get(p.id) ?? []), i.id]);
  const ready = ideas.filter((i) => pending.get(i.id) === 0).map((i) => i.id).sort(compareIds);
  const order: IdeaInputsRow[] = [];
  while (ready.length) {
    const id = ready.shift()!;
    order.push(byId.get(id)!);
    for (const child of children.get(id) ?? []) {
      const left = pending.get(child)! - 1;
      pending.set(child, left);
      if (left === 0) ready.push(child);
    }
  }
  return order;
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
      const terms = trailOf(personLocalId).map((t, index) => ({
        key: String(index),
        kind: t.kind as TrailTermKind,
        via: t.kind === 'INHERITED' ? t.parentId : t.kind === 'POOL' ? t.buildOnId : null,
        share: t.share,
      }));
      const termPpm = apportion(personPpm, terms.map((t) => ({ key: t.key, weight: t.share })));
      return Object.assign(new CreditTrail(), {
        personLocalId,
        ppm: personPpm,
        percent: personPpm / 10_000,
        share: shares.get(personLocalId) ?? 0,
        terms: terms.map((t) =>
          Object.assign(new CreditTrailTerm(), { kind: t.kind, viaLocalId: t.via, share: t.share, ppm: termPpm.get(t.key)!, percent: termPpm.get(t.key)! / 10_000 }),
        ),
      });
    },
  };
}

