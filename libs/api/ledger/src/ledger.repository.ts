import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Queryable } from '@kindling/api/core';
import type { HashedFields } from './ledger-hash';
import type { AnchoredHash } from './ledger-anchors';
import type { LiveFacts } from './ledger-replay';

export interface StoredEntry extends HashedFields {
  hash: string;
}

/**
 * Held from the append to the commit: the chain has one tip whoever appends (graph writes already hold the
 * graph lock; endorsements take only this one, late in their transaction, so they wait only for the tail of
 * a graph write, never for its cycle check or credit).
 */
const LEDGER_LOCK = 0x4c454447; // "LEDG"

/** All of the ledger's SQL. */
@Injectable()
export class LedgerRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async lock(tx: Queryable): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LEDGER_LOCK]);
  }

  async tip(tx: Queryable = this.db): Promise<{ seq: string; hash: string } | null> {
    const [tip] = await tx.query(`SELECT seq::text AS seq, hash FROM ledger_entries ORDER BY ledger_entries.seq DESC LIMIT 1`);
    return tip ?? null;
  }

  async insert(tx: Queryable, entry: StoredEntry): Promise<void> {
    await tx.query(
      `INSERT INTO ledger_entries (seq, occurred_at, event_type, actor_id, payload, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [entry.seq, entry.occurredAt, entry.eventType, entry.actorId, JSON.stringify(entry.payload), entry.prevHash, entry.hash],
    );
  }

  /** Runs `work` in one read-only snapshot: the chain and the live tables it is compared with, as of one moment. */
  snapshot<T>(work: (db: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction('REPEATABLE READ', async (m) => {
      await m.query('SET TRANSACTION READ ONLY');
      return work(m);
    });
  }

  /** Up to `limit` entries from `fromSeq` on, in chain order. */
  entriesFrom(db: Queryable, fromSeq: bigint, limit: number): Promise<StoredEntry[]> {
    return db.query(
      `SELECT seq::text AS seq, occurred_at AS "occurredAt", event_type AS "eventType", actor_id::text AS "actorId",
              payload, prev_hash AS "prevHash", hash
         FROM ledger_entries WHERE seq >= $1 ORDER BY ledger_entries.seq LIMIT $2`,
      [String(fromSeq), limit],
    );
  }

  /** (seq, hash) of up to `limit` entries after `afterSeq`, in chain order: what anchoring records. */
  hashesAfter(afterSeq: number, limit: number): Promise<AnchoredHash[]> {
    return this.db.query(`SELECT seq::float8 AS seq, hash FROM ledger_entries WHERE seq > $1 ORDER BY ledger_entries.seq LIMIT $2`, [afterSeq, limit]);
  }

  /**
   * The facts credit is made of as the live tables hold them (other domains' tables, read only): the audit
   * compares them with what the ledger replays to, in the same snapshot as the chain.
   */
  async liveFacts(db: Queryable): Promise<LiveFacts> {
    const [ideas, authors, edges, endorsements] = [
      await db.query(`SELECT id::text AS id, retention FROM ideas`),
      await db.query(`SELECT idea_id::text AS "ideaId", person_id::text AS "personId", weight FROM idea_authors WHERE state IN ('ACCEPTED', 'LEFT')`),
      await db.query(`SELECT child_id::text AS "childId", parent_id::text AS "parentId", relation::text AS relation, weight FROM idea_edges`),
      await db.query(`SELECT idea_id::text AS "ideaId", person_id::text AS "personId" FROM endorsements`),
    ];
    return { ideas, authors, edges, endorsements };
  }
}
