import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationShutdown, Optional } from '@nestjs/common';
import { AnchorFile, AnchorLog, type AnchorSink, type AnchoredHash, LEDGER_SETTINGS, type LedgerSettings } from './ledger-anchors';
import { LedgerRepository } from './ledger.repository';

const ANCHOR_BATCH = 10_000;

/**
 * Anchors the chain outside the database: once the server listens (`start`, called by main.ts), every
 * `anchorEveryMinutes` when the head moved, and on shutdown, it appends the (seq, hash) of every entry since the previous anchoring to the anchors file and
 * logs the head. Whoever later rewrites the chain (hashes recomputed) or cuts its end cannot rewrite those
 * copies too; `ledger:verify` compares them. Only the server anchors (settings.anchoring), and only once
 * started: a server that fails to start, the CLI and tests' apps leave the anchors alone unless asked.
 */
@Injectable()
export class LedgerAnchorer implements BeforeApplicationShutdown, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private started = false;
  private running: Promise<void> = Promise.resolve();
  private readonly sinks: AnchorSink[];
  private readonly file: AnchorFile | null;

  constructor(
    private readonly repository: LedgerRepository,
    @Optional() @Inject(LEDGER_SETTINGS) private readonly settings: LedgerSettings | null,
  ) {
    this.file = settings?.anchoring ? new AnchorFile(settings.anchorsFile) : null;
    // a webhook to another organisation's store would be one more sink here
    this.sinks = this.file ? [this.file, new AnchorLog()] : [];
  }

  /** Anchors what is new, then keeps anchoring periodically and on shutdown. */
  async start(): Promise<void> {
    if (!this.file || !this.settings || this.started) return;
    this.started = true;
    await this.anchorNow();
    const minutes = this.settings.anchorEveryMinutes;
    if (minutes > 0) {
      // unref: the timer never keeps the process (or a test run) alive
      this.timer = setInterval(() => void this.anchorNow().catch((error: Error) => console.error(`[kindling] ledger anchoring failed: ${error.message}`)), minutes * 60_000).unref();
    }
  }

  /** Before the database connection closes (that happens in onApplicationShutdown). */
  async beforeApplicationShutdown(): Promise<void> {
    this.stop();
    if (this.started) await this.anchorNow().catch((error: Error) => console.error(`[kindling] ledger anchoring at shutdown failed: ${error.message}`));
  }

  onApplicationShutdown(): void {
    this.stop();
  }

  /** Anchors what was appended since the last anchoring, if anything; one anchoring at a time. */
  anchorNow(): Promise<void> {
    this.running = this.running.catch(() => undefined).then(() => this.anchor());
    return this.running;
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async anchor(): Promise<void> {
    if (!this.file) return;
    let lastSeq = await this.file.lastSeq();
    const tip = await this.repository.tip();
    const head = tip ? Number(tip.seq) : 0;
    if (head < lastSeq) {
      console.error(`[kindling] the ledger head (entry ${head}) is behind its last anchor (entry ${lastSeq}): entries were removed; run npm run ledger:verify.`);
      return;
    }
    for (;;) {
      const entries: AnchoredHash[] = await this.repository.hashesAfter(lastSeq, ANCHOR_BATCH);
      if (entries.length === 0) return;
      const anchor = { anchoredAt: new Date(), head: entries[entries.length - 1], entries };
      for (const sink of this.sinks) await sink.record(anchor);
      lastSeq = anchor.head.seq;
    }
  }
}
