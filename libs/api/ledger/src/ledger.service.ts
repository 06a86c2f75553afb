import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { GENESIS_HASH, entryHash } from './ledger-hash';

/** The credit-affecting events; each lands in the ledger in the transaction that caused it. */
export enum LedgerEventType {
  IdeaPosted = 'IDEA_POSTED',
  BuiltOn = 'BUILT_ON',
  ParentLinked = 'PARENT_LINKED',
  CoAuthorAccepted = 'COAUTHOR_ACCEPTED',
}

export interface LedgerEvent {
  type: LedgerEventType;
  actorId: string | null;
  payload: Record<string, unknown>;
}

export interface LedgerVerificationResult {
  intact: boolean;
  checkedEntries: number;
  firstBrokenSeq: number | null;
  problem: string | null;
}

const VERIFY_BATCH = 5000;

@Injectable()
export class LedgerService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Appends one event. The caller holds the graph write lock (see lockGraphForWrite), so the chain has one tip. */
  async append(manager: EntityManager, event: LedgerEvent): Promise<void> {
    const [tip] = await manager.query(`SELECT seq::text AS seq, hash FROM ledger_entries ORDER BY ledger_entries.seq DESC LIMIT 1`);
    const entry = {
      seq: tip ? String(BigInt(tip.seq) + 1n) : '1',
      occurredAt: new Date(),
      eventType: event.type,
      actorId: event.actorId,
      payload: event.payload,
      prevHash: tip ? tip.hash : GENESIS_HASH,
    };
    await manager.query(
      `INSERT INTO ledger_entries (seq, occurred_at, event_type, actor_id, payload, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [entry.seq, entry.occurredAt, entry.eventType, entry.actorId, JSON.stringify(entry.payload), entry.prevHash, entryHash(entry)],
    );
  }

  /** Walks the whole chain in order; reports the first entry that was edited, removed or reordered. */
  async verify(): Promise<LedgerVerificationResult> {
    let expectedSeq = 1n;
    let prevHash = GENESIS_HASH;
    let checked = 0;
    const broken = (seq: bigint, problem: string): LedgerVerificationResult => ({
      intact: false,
      checkedEntries: checked,
      firstBrokenSeq: Number(seq),
      problem,
    });
    for (;;) {
      const rows: Array<{ seq: string; occurredAt: Date; eventType: string; actorId: string | null; payload: unknown; prevHash: string; hash: string }> =
        await this.db.query(
          `SELECT seq::text AS seq, occurred_at AS "occurredAt", event_type AS "eventType", actor_id::text AS "actorId",
                  payload, prev_hash AS "prevHash", hash
             FROM ledger_entries WHERE seq >= $1 ORDER BY ledger_entries.seq LIMIT $2`,
          [String(expectedSeq), VERIFY_BATCH],
        );
      for (const row of rows) {
        const seq = BigInt(row.seq);
        if (seq !== expectedSeq) return broken(expectedSeq, `entry ${expectedSeq} is missing`);
        if (row.prevHash !== prevHash) return broken(seq, `entry ${seq} does not link to the entry before it`);
        if (entryHash(row) !== row.hash) return broken(seq, `entry ${seq} was altered: its hash does not match its contents`);
        prevHash = row.hash;
        expectedSeq++;
        checked++;
      }
      if (rows.length < VERIFY_BATCH) break;
    }
    return { intact: true, checkedEntries: checked, firstBrokenSeq: null, problem: null };
  }
}
