import type { EntityManager } from 'typeorm';

/**
 * Every write that changes the attribution graph or the ledger takes this transaction-scoped
 * lock first. Serialising those writes keeps the DAG check (no cycles, also under concurrent
 * requests) and the ledger's hash chain correct without retries; reads never wait on it.
 */
const GRAPH_WRITE_LOCK = 0x4b494e44; // "KIND"

export async function lockGraphForWrite(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [GRAPH_WRITE_LOCK]);
}

/** Counts SQL statements per process; tests read it to prove there is no N+1. */
export class StatementCounter {
  private static count = 0;
  static increment(sql?: string): void {
    StatementCounter.count++;
    if (process.env.KINDLING_LOG_SQL) console.log(`[sql] ${sql?.replace(/\s+/g, ' ').slice(0, 110)}`);
  }
  static read(): number {
    return StatementCounter.count;
  }
}
