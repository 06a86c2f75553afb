import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * Integration tests run against a real PostgreSQL through the real migrations. Jest's global
 * setup starts one embedded server (or uses TEST_DATABASE_URL), migrates a template database
 * once, and every test file clones its own database from that template.
 */
export const TEMPLATE_DB = 'kindling_test_template';
const TEST_DB_PREFIX = 'kindling_test_';

export function serverUrl(database = 'postgres'): string {
  const base = process.env.KINDLING_TEST_SERVER_URL;
  if (!base) throw new Error('KINDLING_TEST_SERVER_URL is not set: run tests through `npm test` (Jest global setup starts PostgreSQL).');
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Refuses anything that is not a test database: tests never touch real data. */
export function assertTestDatabase(name: string): void {
  if (!name.startsWith(TEST_DB_PREFIX)) throw new Error(`refusing to use "${name}": test databases are named ${TEST_DB_PREFIX}*`);
}

export async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

let counter = 0;

/** A fresh database for one test file, cloned from the migrated template. */
export async function createTestDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `${TEST_DB_PREFIX}${process.env.JEST_WORKER_ID ?? '0'}_${process.pid}_${++counter}`;
  assertTestDatabase(name);
  await withAdmin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name}`);
    await c.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  });
  return {
    name,
    url: serverUrl(name),
    drop: () => withAdmin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The port a listening server was given (for servers started on port 0). */
export function listeningPort(server: { address(): unknown }): number {
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the server is not listening on a TCP port');
  return (address as { port: number }).port;
}
