/** Anything that can run a query: a DataSource, a transaction's EntityManager, a write's Transaction. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any>;
}

/**
 * Every write that changes the attribution graph or the ledger takes this transaction-scoped
 * lock first. Serialising those writes keeps the DAG check (no cycles, also under concurrent
 * requests) and the ledger's hash chain correct without retries; reads never wait on it.
 */
const GRAPH_WRITE_LOCK = 0x4b494e44; // "KIND"

export async function lockGraphForWrite(db: Queryable): Promise<void> {
  await db.query('SELECT pg_advisory_xact_lock($1)', [GRAPH_WRITE_LOCK]);
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

/** Rows changed by an UPDATE/DELETE … RETURNING through TypeORM (which returns [rows, count] for those). */
export function affected(result: unknown): number {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[1];
  return Array.isArray(result) ? result.length : 0;
}
