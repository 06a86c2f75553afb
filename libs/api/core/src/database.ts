import { AsyncLocalStorage } from 'node:async_hooks';

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
  /** Only requests' statements count: work after the commit (job queue, live feed) runs beside them. */
  static increment(sql?: string): void {
    if (!requestSlots.getStore()) return;
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

/** How many statements one request may have waiting on or holding the pool's connections at once. */
export const MAX_CONNECTIONS_PER_REQUEST = 2;

/** A counting semaphore: at most `size` tasks at once, the others wait in order. */
class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(size: number) {
    this.free = size;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}

const requestSlots = new AsyncLocalStorage<Slots>();

/**
 * Runs `work` (an HTTP request's handling) as one request: the statements it sends through a
 * `limitConnectionsPerRequest` data source take at most MAX_CONNECTIONS_PER_REQUEST connections at once,
 * so a request fanning out over many fields queues behind itself, not in front of everyone else.
 */
export function asOneRequest<T>(work: () => T): T {
  return requestSlots.run(new Slots(MAX_CONNECTIONS_PER_REQUEST), work);
}

/**
 * Routes a data source's own `query` (each statement on a connection it takes from the pool) through the
 * current request's slots. Statements of a transaction run on the connection the transaction holds and are
 * not limited; nor is anything outside a request (CLIs, startup).
 */
export function limitConnectionsPerRequest<D extends { query(sql: string, params?: unknown[], runner?: unknown): Promise<any> }>(db: D): D {
  const query = db.query.bind(db);
  db.query = (sql: string, params?: unknown[], runner?: unknown) => {
    const slots = requestSlots.getStore();
    return runner || !slots ? query(sql, params, runner) : slots.run(() => query(sql, params));
  };
  return db;
}
