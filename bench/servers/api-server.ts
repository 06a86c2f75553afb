/**
 * The real API, started the way apps/api/test/test-app.ts starts it (createApp + listen on a
 * loopback port), in its own process so its memory and CPU are its own. DATABASE_URL names the
 * benchmark's database. Prints {"ready":true,"port":…,"statsPort":…} when listening.
 */
import pg from 'pg';
import { StatementCounter } from '@kindling/api/core';
// The benchmark starts the product's own app, like the app's tests do.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createApp } from '../../apps/api/src/app';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { loadConfig } from '../../apps/api/src/config';
import { KEEP_ALIVE_MS, announce, startStatsServer } from './stats';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');

/**
 * Statement trace (for the report, never during measurement): while on, every query any pg client of
 * this process runs (TypeORM's included: same module) is recorded with its parameters and duration.
 */
interface Traced {
  sql: string;
  params: unknown;
  ms: number;
  rows: number | null;
}
let trace: Traced[] | null = null;
const originalQuery = pg.Client.prototype.query as (...args: any[]) => any;
pg.Client.prototype.query = function (this: pg.Client, ...args: any[]) {
  const result = originalQuery.apply(this, args);
  const [config, values] = args;
  if (trace && typeof config === 'string' && result && typeof result.then === 'function') {
    const started = performance.now();
    const entry: Traced = { sql: config, params: values, ms: 0, rows: null };
    trace.push(entry);
    result.then(
      (r: { rowCount?: number | null }) => {
        entry.ms = performance.now() - started;
        entry.rows = r?.rowCount ?? null;
      },
      () => undefined,
    );
  }
  return result;
} as typeof pg.Client.prototype.query;

// rate limits off: the benchmark's load (one token, many writes and lineages a second) is what they exist to refuse
const config = loadConfig({ DATABASE_URL: url, KINDLING_DEV_SIGN_IN: 'true', KINDLING_WEB_DIR: '/nonexistent', KINDLING_RATE_LIMITS: 'off' });
const app = await createApp(config, url);
await app.listen(0, '127.0.0.1');
const address = app.getHttpServer().address() as { port: number };
app.getHttpServer().keepAliveTimeout = KEEP_ALIVE_MS;
app.getHttpServer().headersTimeout = KEEP_ALIVE_MS + 5_000;
const statsPort = await startStatsServer(() => StatementCounter.read(), {
  '/trace/start': () => {
    trace = [];
    return { tracing: true };
  },
  '/trace/stop': () => {
    const out = trace ?? [];
    trace = null;
    return out;
  },
});
announce({ port: address.port, statsPort });

const stop = async () => {
  await app.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
