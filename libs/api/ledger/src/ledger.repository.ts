import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Queryable } from '@kindling/api/core';
import type { HashedFields } from './ledger-hash';

export interface StoredEntry extends HashedFields {
  hash: string;
}

/** All of the ledger's SQL. */
@Injectable()
export class LedgerRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async tip(tx: Queryable): Promise<{ seq: string; hash: string } | null> {
    const [tip] = await tx.query(`SELECT seq::text AS seq, hash FROM ledger_entries ORDER BY ledger_entries.seq DESC LIMIT 1`);
    return tip ?? null;
  }

  async insert(tx: Queryable, entry: StoredEntry): Promise<void> {
    await tx.query(
      `INSERT INTO ledger_entries (seq, occurred_at, event_type, actor_id, payload, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [entry.seq, entry.occurredAt, entry.eventType, entry.actorId, JSON.stringify(entry.payload), entry.prevHash, entry.hash],
    );
  }

  /** Up to `limit` entries from `fromSeq` on, in chain order. */
  entriesFrom(fromSeq: bigint, limit: number): Promise<StoredEntry[]> {
    return this.db.query(
      `SELECT seq::text AS seq, occurred_at AS "occurredAt", event_type AS "eventType", actor_id::text AS "actorId",
              payload, prev_hash AS "prevHash", hash
         FROM ledger_entries WHERE seq >= $1 ORDER BY ledger_entries.seq LIMIT $2`,
      [String(fromSeq), limit],
    );
  }
}
