/**
 * Bulk load of a generated organisation into a database the real migrations created:
 * secondary indexes and foreign keys are set aside (their definitions read back from the catalog,
 * so they are recreated exactly as the migration wrote them), every table is filled with COPY
 * (FREEZE, in the transaction that truncated it), identity sequences are moved past the loaded ids,
 * then indexes and constraints come back and the statistics are refreshed.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export const LOADED_TABLES = [
  'departments',
  'people',
  'ideas',
  'idea_edges',
  'idea_authors',
  'endorsements',
  'comments',
  'ledger_entries',
  'idea_upstream_credit',
  // empty, but their foreign keys to people must go aside while people is truncated
  'api_tokens',
  'outbox_events',
] as const;

export interface DeferredDdl {
  /** CREATE INDEX statements (secondary, non-constraint indexes). */
  indexes: Array<{ name: string; table: string; sql: string }>;
  /** ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY statements. */
  foreignKeys: Array<{ name: string; table: string; sql: string }>;
}

/** Reads the definitions of the secondary indexes and foreign keys of the loaded tables, then drops them. */
export async function setAsideIndexes(client: pg.Client, tables: readonly string[] = LOADED_TABLES): Promise<DeferredDdl> {
  const { rows: fks } = await client.query(
    `SELECT c.conname AS name, c.conrelid::regclass::text AS "table", pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c
      WHERE c.contype = 'f' AND c.conrelid::regclass::text = ANY($1) ORDER BY c.conname`,
    [tables],
  );
  const { rows: idx } = await client.query(
    `SELECT ic.relname AS name, tc.relname AS "table", pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class tc ON tc.oid = i.indrelid
      WHERE tc.relname = ANY($1) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY ic.relname`,
    [tables],
  );
  for (const fk of fks) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${fk.name}`);
  for (const ix of idx) await client.query(`DROP INDEX ${ix.name}`);
  return {
    indexes: idx.map((r) => ({ name: r.name, table: r.table, sql: r.def })),
    foreignKeys: fks.map((r) => ({ name: r.name, table: r.table, sql: `ALTER TABLE ${r.table} ADD CONSTRAINT ${r.name} ${r.def}` })),
  };
}

/**
 * Fills one table with COPY … FREEZE in a transaction that truncates it first (with wal_level = minimal
 * the rows then skip the WAL, and they are visible to all without a vacuum). With `freeze: false`, a
 * plain COPY that can run beside other sessions loading the same (empty) table.
 */
export async function copyInto(url: string, table: string, columns: string, chunks: Iterable<string>, options: { freeze?: boolean } = {}): Promise<{ table: string; ms: number }> {
  const freeze = options.freeze ?? true;
  const started = Date.now();
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined); // reported by the failing query
  await client.connect();
  try {
    await client.query(`SET synchronous_commit = off`);
    await client.query('BEGIN');
    if (freeze) await client.query(`TRUNCATE ${table}`);
    const stream = client.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN${freeze ? ' WITH (FREEZE)' : ''}`));
    await pipeline(Readable.from(chunks, { objectMode: false }), stream);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return { table, ms: Date.now() - started };
}

/** Runs statements on `connections` sessions in parallel, in the given order. */
export async function runParallel(url: string, statements: string[], connections: number, setup: string[] = []): Promise<void> {
  const queue = [...statements];
  const worker = async () => {
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => undefined);
    await client.connect();
    try {
      for (const s of setup) await client.query(s);
      for (let sql = queue.shift(); sql !== undefined; sql = queue.shift()) await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, connections) }, worker));
}

/** Moves every identity sequence of the loaded tables past the largest id. */
export async function resetIdentities(client: pg.Client): Promise<void> {
  const { rows } = await client.query(
    `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
      WHERE table_schema = 'public' AND is_identity = 'YES'`,
  );
  for (const { table, column } of rows) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max(${column}) FROM ${table}), 0) + 1, false)`,
      [table, column],
    );
  }
}
