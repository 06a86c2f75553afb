import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  DEFAULT_CREDIT_CONFIG,
  apportion,
  compareIds,
  computeUpstreamColumns,
  ideaCredit,
  toPartsPerMillion,
  topologicalOrder,
  upstreamCredit,
  upstreamTrail,
} from '@kindling/credit';
import type { Shares, TrailTerm } from '@kindling/credit';
import { type Queryable, lockGraphForWrite } from '@kindling/api/core';
import { GraphService } from '@kindling/api/graph';
import { CreditRepository } from './credit.repository';
import { type FactsOfIdea, creditFromFacts } from './credit-from-facts';
import { CreditShare, CreditTrail, CreditTrailTerm, TrailTermKind } from './models/credit.model';

/** An idea's credit, ready to show: shares in ppm and a trail per person. */
export interface ShownCredit {
  ideaLocalId: string;
  shares: CreditShare[];
  extenderPool: number;
  trail(personLocalId: string): CreditTrail;
}

@Injectable()
export class CreditService {
  readonly config = DEFAULT_CREDIT_CONFIG;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: CreditRepository,
    private readonly graph: GraphService,
  ) {}

  // ------------------------------------------------------------ materialised u_v

  /**
   * Recomputes u for `ideaIds` and everything built on them, in topological order, inside
   * the caller's transaction. For a new idea this reads only its inputs and its parents' credit rows:
   * it has no descendants and no stored rows yet.
   */
  async refreshUpstream(m: Queryable, ideaIds: readonly string[], created: boolean): Promise<void> {
    const affected = created ? [...ideaIds] : [...new Set([...ideaIds, ...(await this.graph.reachableIds(m, ideaIds, 'down'))])];
    // The stored u_p of affected parents are stale, but each is recomputed before any child reads it.
    const record = await this.repository.readCreditInputs(m, affected);
    const upstream = new Map<string, Shares>(record.storedUpstream);
    for (const id of topologicalOrder(affected, (id) => record.parentIds(id))) {
      upstream.set(id, upstreamCredit(record.upstreamInput(id, upstream), this.config));
    }
    if (!created) await this.repository.deleteUpstream(m, affected);
    await this.repository.insertUpstream(m, affected.map((id) => [id, upstream.get(id)!] as const));
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
      const lineage = await this.repository.readLineage(client);
      const t1 = performance.now();
      const upstream = computeUpstreamColumns(lineage, this.config);
      const t2 = performance.now();
      const stale = await this.repository.storedDrift(client, upstream, 0);
      const t3 = performance.now();
      await this.repository.deleteUpstream(m, stale);
      const written = await this.repository.copyUpstream(client, upstream, stale);
      const seconds = { read: (t1 - t0) / 1000, compute: (t2 - t1) / 1000, compare: (t3 - t2) / 1000, write: (performance.now() - t3) / 1000 };
      return { ideas: upstream.ideaId.length, entries: upstream.share.length, rewritten: stale.length, written, seconds };
    });
  }

  /** Compares the stored u_v with a full recompute (one snapshot); returns the ideas that differ (empty when consistent). */
  async findUpstreamDrift(tolerance = 1e-12): Promise<string[]> {
    return this.db.transaction('REPEATABLE READ', async (m) => {
      const client = await m.queryRunner!.connect();
      const upstream = computeUpstreamColumns(await this.repository.readLineage(client), this.config);
      return (await this.repository.storedDrift(client, upstream, tolerance)).map(String);
    });
  }

  /**
   * Every idea's credit S_Y from facts recorded elsewhere than the live tables, e.g. the ledger alone:
   * `creditFrom((await ledger.replay()).ideas.values())` (see creditFromFacts).
   */
  creditFrom(facts: Iterable<FactsOfIdea>): Map<string, Shares> {
    return creditFromFacts(facts, this.config);
  }

  // ------------------------------------------------------------ reads

  /** S_Y for several ideas with one statement: their inputs, their families and their parents' stored u_p. */
  async ideaCredits(ids: readonly string[]): Promise<ShownCredit[]> {
    const record = await this.repository.readCreditInputs(this.db, ids, { descendants: true });
    return ids.map((id) => {
      const credit = ideaCredit(record.upstreamInput(id, record.storedUpstream), record.descendants(id), this.config);
      return shown(id, credit.shares, credit.poolBound, (person) => credit.trail(person));
    });
  }

  /**
   * What a different split of an idea's authors (a_v) would make of its credit S_Y: the same engine run with the
   * split's weights in place of the stored ones (u_Y changes; what Y built on and its build-ons do not), next to
   * S_Y as it is. Both in ppm per person.
   */
  async previewAuthorSplit(ideaId: string, weights: ReadonlyArray<{ personId: string; weight: number }>): Promise<{ before: Map<string, number>; after: Map<string, number> }> {
    const record = await this.repository.readCreditInputs(this.db, [ideaId], { descendants: true });
    const input = record.upstreamInput(ideaId, record.storedUpstream);
    const family = record.descendants(ideaId);
    const before = ideaCredit(input, family, this.config).shares;
    const after = ideaCredit({ ...input, authors: [...weights].sort((a, b) => compareIds(a.personId, b.personId)) }, family, this.config).shares;
    return { before: toPartsPerMillion(before), after: toPartsPerMillion(after) };
  }

  /** u_v with its trail (own authorship and what came through each parent), the drill-down of INHERITED terms. */
  async upstreamCredits(ids: readonly string[]): Promise<ShownCredit[]> {
    const record = await this.repository.readCreditInputs(this.db, ids);
    return ids.map((id) => {
      const input = record.upstreamInput(id, record.storedUpstream);
      return shown(id, upstreamCredit(input, this.config), 0, (person) => upstreamTrail(input, person, this.config));
    });
  }

  /**
   * Ideas in which a person holds a share: theirs and what they inherit into (u), and what they built on (pool);
   * with `past`, also those in which they may have held one earlier (CreditRepository.candidateIdeaIds).
   */
  candidateIdeasOf(personLocalId: string, past = false): Promise<string[]> {
    return this.repository.candidateIdeaIds(this.db, personLocalId, past);
  }
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

