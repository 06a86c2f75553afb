import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Queryable } from '@kindling/api/core';
import { AnchorFile, LEDGER_SETTINGS, type LedgerSettings, type ReadAnchors } from './ledger-anchors';
import { GENESIS_HASH, entryHash } from './ledger-hash';
import { type LedgerProblem, LedgerReplay } from './ledger-replay';
import { LedgerRepository, type StoredEntry } from './ledger.repository';

/** One ledger entry as appended: a credit-affecting event's type, actor and payload. */
export interface LedgerEntry {
  type: string;
  actorId: string | null;
  payload: object;
}

export interface LedgerVerificationResult {
  intact: boolean;
  checkedEntries: number;
  /** The first entry that is missing, altered, unlinked, differs from its anchor or records a fact the live tables lack. */
  firstBrokenSeq: number | null;
  /** The first problem (the one at firstBrokenSeq when there is one). */
  problem: string | null;
  /** Every problem found, in chain order (at most MAX_PROBLEMS). */
  problems: string[];
  /** Entries whose hash was compared with an anchor. */
  anchoredEntries: number;
  /** The anchors file read, or null when it does not exist yet. */
  anchorsFile: { path: string; lastSeq: number } | null;
}

const VERIFY_BATCH = 5000;
const MAX_PROBLEMS = 100;

@Injectable()
export class LedgerService {
  private running: Promise<LedgerVerificationResult> | null = null;

  constructor(
    private readonly repository: LedgerRepository,
    @Optional() @Inject(LEDGER_SETTINGS) private readonly settings: LedgerSettings | null,
  ) {}

  /** Appends one entry under the ledger lock, held to the commit, so concurrent appends form one chain. */
  async append(tx: Queryable, event: LedgerEntry): Promise<void> {
    await this.repository.lock(tx);
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

  /** The facts credit is made of, from the ledger's entries alone (not checked: verify does that). */
  replay(): Promise<LedgerReplay> {
    return this.repository.snapshot(async (db) => {
      const replay = new LedgerReplay();
      await this.walk(db, (row) => void replay.apply({ seq: Number(row.seq), eventType: row.eventType, payload: row.payload }));
      return replay;
    });
  }

  /**
   * `verify` for the API: callers that ask while a check is running share its result, so a flood of
   * `verifyLedger` requests re-reads the whole ledger once at a time, not once per request.
   */
  verifyShared(): Promise<LedgerVerificationResult> {
    this.running ??= this.verify().finally(() => (this.running = null));
    return this.running;
  }

  /**
   * Checks, in one snapshot: (a) the hash chain, entry by entry; (b) that authorship, edges, endorsements and
   * retention in the live tables are what the ledger replays to; (c) the chain against the anchors kept
   * outside the database, so a rewrite with recomputed hashes names the first entry that differs from its
   * anchor, and a truncation the first anchored entry that is gone.
   */
  async verify(): Promise<LedgerVerificationResult> {
    const anchorsFile = this.settings ? new AnchorFile(this.settings.anchorsFile) : null;
    const anchors = (await anchorsFile?.read()) ?? null;
    return this.repository.snapshot(async (db) => {
      const problems: LedgerProblem[] = (anchors?.problems ?? []).map((message) => ({ seq: null, message }));
      const replay = new LedgerReplay();
      let checked = 0;
      let anchored = 0;
      let prevHash = GENESIS_HASH;
      let chainBroken = false;
      let anchorDiffers = false;
      await this.walk(db, (row, expectedSeq) => {
        const seq = BigInt(row.seq);
        const broken = (message: string) => {
          problems.push({ seq: Number(expectedSeq), message });
          chainBroken = true;
          return false;
        };
        if (seq !== expectedSeq) return broken(`entry ${expectedSeq} is missing`);
        if (row.prevHash !== prevHash) return broken(`entry ${seq} does not link to the entry before it`);
        if (entryHash(row) !== row.hash) return broken(`entry ${seq} was altered: its hash does not match its contents`);
        const anchor = anchors?.hashes.get(Number(seq));
        if (anchor) {
          anchored++;
          if (anchor.hash !== row.hash && !anchorDiffers) {
            anchorDiffers = true;
            problems.push({ seq: Number(seq), message: `entry ${seq} differs from its anchor of ${anchor.anchoredAt}: the chain was rewritten from entry ${seq} on` });
          }
        }
        replay.apply({ seq: Number(seq), eventType: row.eventType, payload: row.payload });
        prevHash = row.hash;
        checked++;
        return true;
      });
      if (!chainBroken) {
        if (anchors && anchors.lastSeq > checked) {
          const missing = checked + 1;
          problems.push({ seq: missing, message: `entry ${missing} is anchored but missing from the ledger: the chain was cut after entry ${checked} (anchored up to entry ${anchors.lastSeq})` });
        }
        // a partial replay would differ from the live tables everywhere: compare only a whole chain
        problems.push(...replay.problems, ...replay.compare(await this.repository.liveFacts(db)));
      }
      return this.result(problems, checked, anchored, anchorsFile, anchors);
    });
  }

  /** Walks the chain in order, in batches, until `visit` returns false; `expectedSeq` is the sequence the row should have. */
  private async walk(db: Queryable, visit: (row: StoredEntry, expectedSeq: bigint) => boolean | void): Promise<void> {
    let expectedSeq = 1n;
    for (;;) {
      const rows = await this.repository.entriesFrom(db, expectedSeq, VERIFY_BATCH);
      for (const row of rows) {
        if (visit(row, expectedSeq) === false) return;
        expectedSeq = BigInt(row.seq) + 1n;
      }
      if (rows.length < VERIFY_BATCH) return;
    }
  }

  private result(problems: LedgerProblem[], checked: number, anchored: number, file: AnchorFile | null, anchors: ReadAnchors | null): LedgerVerificationResult {
    const withSeq = problems.filter((p) => p.seq !== null).sort((a, b) => a.seq! - b.seq!);
    const first = withSeq[0] ?? problems[0] ?? null;
    return {
      intact: problems.length === 0,
      checkedEntries: checked,
      firstBrokenSeq: first?.seq ?? null,
      problem: first?.message ?? null,
      problems: [...(first ? [first] : []), ...problems.filter((p) => p !== first)].slice(0, MAX_PROBLEMS).map((p) => p.message),
      anchoredEntries: anchored,
      anchorsFile: file && anchors ? { path: file.file, lastSeq: anchors.lastSeq } : null,
    };
  }
}
