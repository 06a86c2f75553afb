// Starts the real server on free ports with a fresh data directory; it serves the web app that the
// e2e target built first (`nx run web-e2e:e2e` depends on `web:build`).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  // KINDLING_E2E_URL set: test against a server that is already running (for debugging).
  if (process.env.KINDLING_E2E_URL) return;
  const port = await freePort();
  const pgPort = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kindling-e2e-'));
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/api/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      PORT: String(port),
      KINDLING_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      // every person the browser tests act as signs in and writes from the same loopback address, so the
      // per-address limits are raised (the per-person limits stay as shipped)
      KINDLING_RATE_LIMIT_SIGN_IN: '1000/60',
      KINDLING_RATE_LIMIT_WRITES_PER_ADDRESS: '5000/60',
      KINDLING_RATE_LIMIT_EXPENSIVE_READS_PER_ADDRESS: '10000/60',
      // the webhook tests' receiver listens on 127.0.0.1, which the SSRF guard refuses otherwise
      KINDLING_WEBHOOK_ALLOW_PRIVATE: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not get ready in time:\n${log}`)), 240_000);
    const onData = (chunk) => {
      log += chunk.toString();
      if (log.includes('[kindling] ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}):\n${log}`));
    });
  });
  child.removeAllListeners('exit');
  // The server's own log, for when a browser test sees an error (apps/web-e2e/output is git-ignored).
  mkdirSync(path.join(root, 'apps/web-e2e/output'), { recursive: true });
  const serverLog = createWriteStream(path.join(root, 'apps/web-e2e/output/server.log'));
  serverLog.write(log);
  child.stdout.pipe(serverLog);
  child.stderr.pipe(serverLog);
  globalThis.__kindlingServer = { child, dataDir, serverLog };
  process.env.KINDLING_E2E_URL = `http://localhost:${port}`;
  // the embedded server's fixed credentials (apps/api/src/database/embedded-postgres.ts): for a state no screen
  // can make on its own, such as a dead letter in the job queue (delivery.e2e.ts)
  process.env.KINDLING_E2E_DATABASE_URL = `postgres://kindling:kindling@127.0.0.1:${pgPort}/kindling`;
}
