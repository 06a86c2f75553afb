import { Injectable } from '@nestjs/common';
import type { Queryable } from '@kindling/api/core';
import { GENESIS_HASH, entryHash } from './ledger-hash';
import { LedgerRepository } from './ledger.repository';

/** One ledger entry as appended: a credit-affecting event's type, actor and payload. */
export interface LedgerEntry {
  type: string;
  actorId: string | null;
  payload: object;
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
  constructor(private readonly repository: LedgerRepository) {}

  /** Appends one entry. The caller holds the graph write lock (see lockGraphForWrite), so the chain has one tip. */
  async append(tx: Queryable, event: LedgerEntry): Promise<void> {
    const tip = await this.repository.tip(tx);
    const entry = {
      seq: tip ? String(BigInt(tip.seq) + 1n) : '1',
      occurredAt: new Date(),
      eventType: event.type,
      actorId: event.actorId,
      payload: event.payload,
      prevHash: tip ? tip.hash : GENESIS_HASH,
    };
    await this.repository.insert(tx, { ...entry, hash: entryHash(entry) });
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
      const rows = await this.repository.entriesFrom(expectedSeq, VERIFY_BATCH);
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
