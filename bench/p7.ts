/**
 * P7 (PERFORMANCE.md): a status change on an idea whose credit is held by many people (10,000 by default),
 * beside its floor — the same notification rows written by one plain `INSERT … SELECT`.
 *
 *   node scripts/run.mjs bench/p7.ts [--holders 10000] [--runs 5]
 *
 * A throw-away embedded PostgreSQL; the real app (createApp, in this process, so the fan-out shares its CPU with
 * the measured writes, as it would in production); the family written with plain SQL: one root and one build-on
 * per holder (each holder an extender in the root's pool), then credit materialised by the app's own recompute.
 * Reports the status change's latency (median / p95) beside a P3-like build-on's in the same database, the time
 * until every notification of the change is readable, and rows per second; and the floor's time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { CreditService } from '@kindling/api/credit';
import { toGlobalId } from '@kindling/api/core';
// The benchmark starts the product's own app, like the app's tests do.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createApp } from '../apps/api/src/app';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { loadConfig } from '../apps/api/src/config';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { migrate } from '../apps/api/src/database/data-source';
import { startBenchServer } from './lib/postgres';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const HOLDERS = arg('holders', 10_000);
const RUNS = arg('runs', 5);
const log = (line: string) => console.log(`[p7] ${line}`);

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
const fmt = (x: number) => x.toFixed(1);

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kindling-p7-'));
  const server = await startBenchServer(path.join(dir, 'pg'), log);
  try {
    const admin = new pg.Client({ connectionString: server.url('postgres') });
    await admin.connect();
    await admin.query('CREATE DATABASE kindling_p7');
    await admin.end();
    const url = server.url('kindling_p7');
    await migrate(url);

    const db = new pg.Client({ connectionString: url });
    db.on('error', () => undefined); // PostgreSQL stopping at the end
    await db.connect();
    let t = performance.now();
    // people 1..HOLDERS+2: the root's author, a reviewer, one builder per holder
    await db.query(`INSERT INTO departments (name) VALUES ('Bench')`);
    await db.query(
      `INSERT INTO people (name, email, title, department_id, role)
       SELECT 'Person ' || g, 'p' || g || '@bench.test', 'Engineer', (SELECT min(id) FROM departments), (CASE WHEN g = 2 THEN 'REVIEWER' ELSE 'MEMBER' END)::person_role
         FROM generate_series(1, $1::int + 2) g`,
      [HOLDERS],
    );
    const root = (await db.query(`INSERT INTO ideas (title, body, tags, retention, posted_by) VALUES ('The mega root', 'b', '{}', 1, 1) RETURNING id::text AS id`)).rows[0].id as string;
    await db.query(`INSERT INTO idea_authors (idea_id, person_id, state, responded_at) VALUES ($1, 1, 'ACCEPTED', now())`, [root]);
    await db.query(
      `WITH builders AS (SELECT id FROM people WHERE id > 2),
       children AS (
         INSERT INTO ideas (title, body, tags, retention, posted_by) SELECT 'Build-on by ' || id, 'b', '{}', 0.6, id FROM builders RETURNING id, posted_by
       ), authors AS (
         INSERT INTO idea_authors (idea_id, person_id, state, responded_at) SELECT id, posted_by, 'ACCEPTED', now() FROM children
       )
       INSERT INTO idea_edges (child_id, parent_id, relation, weight) SELECT id, $1, 'EXTENDS', 1 FROM children`,
      [root],
    );
    await db.query(`UPDATE ideas SET build_on_count = $2 WHERE id = $1`, [root, HOLDERS]);
    // two small roots for the P3-like build-ons
    const small = (await db.query(`INSERT INTO ideas (title, body, tags, retention, posted_by) VALUES ('Small A', 'b', '{}', 1, 1), ('Small B', 'b', '{}', 1, 1) RETURNING id::text AS id`)).rows.map((r) => r.id as string);
    await db.query(`INSERT INTO idea_authors (idea_id, person_id, state, responded_at) SELECT unnest($1::bigint[]), 1, 'ACCEPTED', now()`, [small]);
    log(`family written: 1 root, ${HOLDERS} build-ons (${fmt((performance.now() - t) / 1000)} s)`);

    const dataDir = path.join(dir, 'data');
    const config = loadConfig({ DATABASE_URL: url, KINDLING_DATA_DIR: dataDir, KINDLING_DEV_SIGN_IN: 'true', KINDLING_WEB_DIR: '/nonexistent', KINDLING_RATE_LIMITS: 'off' });
    const app = await createApp(config, url);
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    const api = `http://127.0.0.1:${address.port}/graphql`;
    t = performance.now();
    await app.get(CreditService).recomputeAll();
    log(`credit materialised (${fmt((performance.now() - t) / 1000)} s)`);

    let cookie = '';
    const request = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(api, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
      cookie = response.headers.get('set-cookie')?.split(';')[0] ?? cookie;
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    await request(`mutation($id: ID!) { devSignIn(input: { personId: $id }) { viewer { id } } }`, { id: toGlobalId('Person', '2') });
    const holders = (await db.query(`SELECT count(*)::int AS n FROM idea_upstream_credit WHERE idea_id = $1`, [root])).rows[0].n;
    log(`the root's upstream holders: ${holders}; its credit (with the extender pool) is read by the fan-out`);

    // P3-like: a build-on with 2 parents, in the same database
    const buildOn: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await request(`mutation($input: BuildOnInput!) { buildOn(input: $input) { idea { id } } }`, { input: { parentIds: small.map((id) => toGlobalId('Idea', id)), title: `Bench build-on ${i}`, body: 'b' } });
      buildOn.push(performance.now() - start);
    }

    // P7: status changes on the root, each until all its notifications are readable
    const statuses = ['UNDER_REVIEW', 'DECLINED'];
    const writes: number[] = [];
    const visible: number[] = [];
    const rates: number[] = [];
    let rows = 0;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await request(`mutation($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { idea { id } } }`, {
        input: { ideaId: toGlobalId('Idea', root), status: statuses[i % 2], response: `Round ${i}` },
      });
      const written = performance.now();
      writes.push(written - start);
      const seq = (await db.query(`SELECT max(seq)::text AS seq FROM outbox_events WHERE type = 'IDEA_STATUS_CHANGED'`)).rows[0].seq;
      let count = 0;
      const deadline = Date.now() + 300_000;
      // every holder (the root's author and each builder): HOLDERS + 1 rows
      while (count < HOLDERS + 1 && Date.now() < deadline) {
        count = (await db.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'STATUS_CHANGED' AND event_seq = $1`, [seq])).rows[0].n;
        if (count < HOLDERS + 1) await new Promise((r) => setTimeout(r, 10));
      }
      const done = performance.now();
      visible.push(done - start);
      rates.push(count / ((done - written) / 1000));
      rows = count;
    }

    // the floor: the same rows, the holders and shares given, one plain INSERT … SELECT
    const shares = (await db.query(`SELECT person_id::text AS p, round(share * 1e6)::int AS ppm FROM idea_upstream_credit WHERE idea_id = $1`, [root])).rows;
    const people = (await db.query(`SELECT id::text AS id FROM people WHERE id <> 2 ORDER BY id LIMIT $1`, [HOLDERS + 1])).rows.map((r) => r.id as string);
    const ppm = new Map(shares.map((s) => [s.p as string, s.ppm as number]));
    const seq = (await db.query(`SELECT max(seq)::text AS seq FROM outbox_events`)).rows[0].seq;
    const floor: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await db.query(
        `INSERT INTO notifications (person_id, kind, coalesce_key, idea_id, actor_ids, event_seq, data)
         SELECT x.person_id, 'STATUS_CHANGED', 'FLOOR:' || $5 || ':' || x.person_id, $1, ARRAY[2::bigint], $2,
                jsonb_build_object('from', 'NEW', 'to', 'UNDER_REVIEW', 'response', 'floor', 'sharePpm', x.ppm)
           FROM unnest($3::bigint[], $4::int[]) AS x(person_id, ppm)`,
        [root, seq, people, people.map((p) => ppm.get(p) ?? 0), i],
      );
      floor.push(performance.now() - start);
    }

    const row = (name: string, xs: number[], extra = '') => `| ${name} | ${fmt(quantile(xs, 0.5))} | ${fmt(quantile(xs, 0.95))} | ${fmt(Math.min(...xs))} | ${fmt(Math.max(...xs))} | ${extra} |`;
    console.log(`\nP7 — ${HOLDERS} holders, ${RUNS} runs, ${os.cpus().length} CPUs (load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}), Node ${process.version}\n`);
    console.log('| measure | median ms | p95 ms | min ms | max ms | note |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    console.log(row('P3-like build-on (2 parents), same database', buildOn));
    console.log(row('P7 status change: the write', writes, `p95 ×P3-like ${fmt(quantile(writes, 0.95) / quantile(buildOn, 0.95))}`));
    console.log(row('P7 until every notification is readable', visible, `${rows} rows; ${Math.round(quantile(rates, 0.5))} rows/s (median, after the write)`));
    console.log(row('floor: one INSERT … SELECT of the same rows', floor, `${Math.round((HOLDERS + 1) / (quantile(floor, 0.5) / 1000))} rows/s; visible ×floor ${fmt(quantile(visible, 0.5) / quantile(floor, 0.5))}`));
    await db.end();
    await app.close();
  } catch (error) {
    console.error(error);
    throw error;
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
