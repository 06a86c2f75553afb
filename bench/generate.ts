/**
 * Generates a synthetic organisation (deterministic, seeded) and loads it with COPY into a database
 * that the real migrations created, then materialises idea_upstream_credit through the API's own
 * full recompute — the `credit:recompute` CLI, i.e. CreditService.recomputeAll in a Nest application
 * context — or, with --credit engine, the engine's computeUpstreamColumns over the in-memory graph + COPY
 * (the same numbers, without the API).
 *
 *   node … bench/generate.ts --scale M [--seed 42] [--database-url postgres://…/db] [--credit service|engine] [--report out.json]
 *
 * Without --database-url it starts an embedded PostgreSQL in a temporary directory, creates and
 * migrates a database, loads it, prints the report and removes everything (a load-time measurement).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DEFAULT_CREDIT_CONFIG, computeUpstreamColumns } from '@kindling/credit';
import { postgresCpuSeconds, postmasterPid, selfCpuSeconds } from './lib/cpu';
import { copyInto, resetIdentities, runParallel, setAsideIndexes } from './lib/load';
import { GENERATOR_VERSION, type Organisation, SCALES, type ScaleSpec, buildOrganisation, describe } from './lib/organisation';
import { startBenchServer, withClient } from './lib/postgres';
import * as rows from './lib/rows';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Runs one of the product's CLIs (apps/api/src/cli) against `databaseUrl`, the way `npm run …` does. */
export function runProductCli(entry: string, databaseUrl: string, log: (line: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/run.mjs'), entry], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      for (const line of output.trim().split('\n')) if (line) log(line);
      if (code === 0) resolve(output);
      else reject(new Error(`${entry} exited with ${code}`));
    });
  });
}

/** The real migrations (apps/api/src/cli/migrate.ts, i.e. `npm run db:migrate`). */
export function migrateDatabase(databaseUrl: string, log: (line: string) => void): Promise<string> {
  return runProductCli('apps/api/src/cli/migrate.ts', databaseUrl, log);
}

export const DEFAULT_SEED = 42;

export interface GenerateReport {
  scale: string;
  seed: number;
  generatorVersion: number;
  credit: 'service' | 'engine';
  /** Seconds per phase, and in total (P5). */
  seconds: Record<string, number>;
  /** CPU seconds spent: this process with its CLI children, and PostgreSQL (null when not measurable). */
  cpuSeconds: { generator: number; postgres: number | null };
  /** Load average of the machine (1, 5, 15 min) when the load ended: the machine may be shared. */
  loadAverage: number[];
  rows: Record<string, number>;
  databaseBytes: number;
  shape: ReturnType<typeof describe>;
  /** The idea P2 asks the lineage of (a mega family's first build-on) and its family size. */
  p2: { ideaId: number; lineageNodes: number };
}

/** The product's full recompute: `npm run credit:recompute` (CreditService.recomputeAll in a Nest application context). */
async function recomputeWithService(url: string, log: (line: string) => void): Promise<{ ideas: number; entries: number }> {
  const output = await runProductCli('apps/api/src/cli/credit-recompute.ts', url, log);
  const match = /recomputed upstream credit of (\d+) ideas \((\d+) shares\)/.exec(output);
  if (!match) throw new Error(`unexpected output from credit:recompute: ${output}`);
  return { ideas: Number(match[1]), entries: Number(match[2]) };
}

/** The same engine function over the generated graph (as columns, the way the service reads them), written with COPY. */
async function recomputeWithEngine(url: string, org: Organisation): Promise<{ ideas: number; entries: number }> {
  const n = org.scale.ideas;
  const authorIdea: number[] = [];
  const authorPerson: number[] = [];
  const edgeChild: number[] = [];
  const edgeParent: number[] = [];
  const edgeWeight: number[] = [];
  for (let i = 1; i <= n; i++) {
    authorIdea.push(i);
    authorPerson.push(org.ideaPoster[i]);
    for (let k = org.coStart[i]; k < org.coStart[i + 1]; k++) {
      if (org.coState[k] === 0) {
        authorIdea.push(i);
        authorPerson.push(org.coPerson[k]);
      }
    }
    for (let k = org.parentStart[i]; k < org.parentStart[i + 1]; k++) {
      edgeChild.push(i);
      edgeParent.push(org.parentId[k]);
      edgeWeight.push(org.parentWeight[k]);
    }
  }
  const u = computeUpstreamColumns(
    {
      ideaId: Float64Array.from({ length: n }, (_, k) => k + 1),
      retention: Float64Array.from(org.ideaRetention.subarray(1, n + 1)),
      authorIdea: Float64Array.from(authorIdea),
      authorPerson: Float64Array.from(authorPerson),
      authorWeight: new Float64Array(authorIdea.length).fill(1),
      edgeChild: Float64Array.from(edgeChild),
      edgeParent: Float64Array.from(edgeParent),
      edgeWeight: Float64Array.from(edgeWeight),
    },
    DEFAULT_CREDIT_CONFIG,
  );
  const chunks = function* () {
    let buffer = '';
    for (let i = 0; i < u.ideaId.length; i++) {
      for (let k = u.runStart[i]; k < u.runEnd[i]; k++) buffer += `${u.ideaId[i]}\t${u.personId[u.personRank[k]]}\t${u.share[k]}\n`;
      if (buffer.length > 256 * 1024) {
        yield buffer;
        buffer = '';
      }
    }
    if (buffer) yield buffer;
  };
  await copyInto(url, 'idea_upstream_credit', 'idea_id, person_id, share', chunks());
  return { ideas: u.ideaId.length, entries: u.share.length };
}

export async function generateInto(
  url: string,
  scale: ScaleSpec,
  seed = DEFAULT_SEED,
  options: { credit?: 'service' | 'engine'; log?: (line: string) => void } = {},
): Promise<GenerateReport> {
  const log = options.log ?? ((line: string) => console.log(`[generate] ${line}`));
  const credit = options.credit ?? 'service';
  const seconds: Record<string, number> = {};
  const t0 = Date.now();
  let mark = t0;
  const phase = (name: string) => {
    const now = Date.now();
    seconds[name] = (now - mark) / 1000;
    mark = now;
    log(`${name}: ${seconds[name].toFixed(1)} s`);
  };

  const org = buildOrganisation(scale, seed);
  phase('structure (in memory)');

  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const pgPid = await postmasterPid(admin);
  const cpuAtStart = { self: selfCpuSeconds(), pg: postgresCpuSeconds(pgPid) };
  try {
    const [{ n }] = (await admin.query(`SELECT count(*)::int AS n FROM ideas`)).rows;
    if (n > 0) throw new Error('the target database already has ideas: generate into a freshly migrated database');
    const deferred = await setAsideIndexes(admin);
    phase('set aside indexes and foreign keys');

    const counters = { comments: 0, entries: 0 };
    // The ideas cost the most (PostgreSQL computes their search vectors): at large scales they are split
    // over two sessions (plain COPY: FREEZE needs the truncating transaction), beside everything else.
    const N = org.scale.ideas;
    const ideaStreams = N >= 200_000 ? 2 : 1;
    const ideaCopies =
      ideaStreams === 1
        ? [copyInto(url, 'ideas', rows.IDEA_COLUMNS, rows.ideaRows(org))]
        : [1, 2].map((k) => copyInto(url, 'ideas', rows.IDEA_COLUMNS, rows.ideaRows(org, k === 1 ? 1 : Math.floor(N / 2) + 1, k === 1 ? Math.floor(N / 2) : N), { freeze: false }));
    const copies = await Promise.all([
      ...ideaCopies,
      (async () => {
        const done = [];
        done.push(await copyInto(url, 'departments', rows.DEPARTMENT_COLUMNS, rows.departmentRows(org)));
        done.push(await copyInto(url, 'people', rows.PEOPLE_COLUMNS, rows.peopleRows(org)));
        done.push(await copyInto(url, 'idea_edges', rows.EDGE_COLUMNS, rows.edgeRows(org)));
        done.push(await copyInto(url, 'idea_authors', rows.AUTHOR_COLUMNS, rows.authorRows(org)));
        done.push(await copyInto(url, 'endorsements', rows.ENDORSEMENT_COLUMNS, rows.endorsementRows(org)));
        done.push(await copyInto(url, 'comments', rows.COMMENT_COLUMNS, rows.commentRows(org, counters)));
        done.push(await copyInto(url, 'ledger_entries', rows.LEDGER_COLUMNS, rows.ledgerRows(org, counters)));
        return done;
      })(),
    ]);
    log(`copy per table (s): ${copies.flat().map((c) => `${c.table} ${(c.ms / 1000).toFixed(1)}`).join(', ')}`);
    phase('copy');

    await resetIdentities(admin);
    await admin.query(`ANALYZE`);
    phase('identities');

    // The full credit recompute (reads ideas, authors, edges; writes idea_upstream_credit) runs beside
    // the index builds of the other tables (CREATE INDEX lets reads through); biggest first.
    const order = ['ideas', 'endorsements', 'ledger_entries', 'comments', 'idea_authors', 'idea_edges', 'people', 'departments'];
    const rank = (table: string) => (order.indexOf(table) + 1 || 99) * 10;
    const gin = (sql: string) => (/ USING gin /i.test(sql) ? 0 : 1);
    const otherIndexes = deferred.indexes
      .filter((i) => i.table !== 'idea_upstream_credit')
      .sort((a, b) => rank(a.table) - rank(b.table) || gin(a.sql) - gin(b.sql))
      .map((i) => i.sql);
    const creditIndexes = deferred.indexes.filter((i) => i.table === 'idea_upstream_credit').map((i) => i.sql);
    const timed = async <T>(name: string, work: Promise<T>): Promise<T> => {
      const started = Date.now();
      const result = await work;
      seconds[name] = (Date.now() - started) / 1000;
      log(`${name}: ${seconds[name].toFixed(1)} s`);
      return result;
    };
    const [recomputed] = await Promise.all([
      timed('credit recompute', credit === 'service' ? recomputeWithService(url, log) : recomputeWithEngine(url, org)),
      timed('indexes (other tables)', runParallel(url, otherIndexes, 1, [`SET maintenance_work_mem = '1GB'`])),
    ]);
    log(`upstream credit: ${recomputed.ideas} ideas, ${recomputed.entries} shares (${credit})`);
    phase('credit recompute beside indexes');
    await runParallel(url, creditIndexes, 1, [`SET maintenance_work_mem = '1GB'`]);
    phase('indexes (idea_upstream_credit)');
    await runParallel(url, deferred.foreignKeys.map((f) => f.sql), 2);
    phase('foreign keys');
    await admin.query(`VACUUM (ANALYZE)`);
    phase('vacuum analyze');

    seconds.total = (Date.now() - t0) / 1000;
    const pgCpu = postgresCpuSeconds(pgPid);
    const cpuSeconds = { generator: selfCpuSeconds() - cpuAtStart.self, postgres: pgCpu !== null && cpuAtStart.pg !== null ? pgCpu - cpuAtStart.pg : null };
    const counts: Record<string, number> = {};
    for (const table of ['departments', 'people', 'ideas', 'idea_edges', 'idea_authors', 'endorsements', 'comments', 'ledger_entries', 'idea_upstream_credit']) {
      counts[table] = (await admin.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
    }
    const databaseBytes = Number((await admin.query(`SELECT pg_database_size(current_database()) AS b`)).rows[0].b);
    const shape = describe(org);
    const mega = shape.megaFamilies[0];
    log(
      `total ${seconds.total.toFixed(1)} s; ${(databaseBytes / 1e6).toFixed(0)} MB; CPU: generator ${cpuSeconds.generator.toFixed(1)} s, PostgreSQL ${cpuSeconds.postgres?.toFixed(1) ?? '?'} s; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`,
    );
    return {
      scale: scale.name,
      seed,
      generatorVersion: GENERATOR_VERSION,
      credit,
      seconds,
      cpuSeconds,
      loadAverage: os.loadavg(),
      rows: counts,
      databaseBytes,
      shape,
      p2: { ideaId: mega.target, lineageNodes: mega.lineageNodes },
    };
  } finally {
    await admin.end();
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const scaleName = (arg('scale') ?? 'M').toUpperCase() as keyof typeof SCALES;
  const scale = SCALES[scaleName];
  if (!scale) throw new Error(`unknown scale "${scaleName}" (S, M or L)`);
  const seed = Number(arg('seed') ?? DEFAULT_SEED);
  const credit = (arg('credit') ?? 'service') as 'service' | 'engine';
  let url = arg('database-url');
  let cleanup = async () => undefined as void;
  if (!url) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kindling-bench-gen-'));
    const server = await startBenchServer(path.join(dir, 'pg'), (l) => console.log(`[generate] ${l}`));
    await withClient(server.url('postgres'), async (c) => {
      await c.query(`DROP DATABASE IF EXISTS kindling_bench_generate WITH (FORCE)`);
      await c.query(`CREATE DATABASE kindling_bench_generate`);
    });
    url = server.url('kindling_bench_generate');
    const started = Date.now();
    await migrateDatabase(url, (l) => console.log(`[generate] ${l}`));
    console.log(`[generate] migrations: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    cleanup = async () => {
      if (!server.embedded) await withClient(server.url('postgres'), (c) => c.query(`DROP DATABASE IF EXISTS kindling_bench_generate WITH (FORCE)`));
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  try {
    const report = await generateInto(url, scale, seed, { credit });
    const out = arg('report');
    if (out) writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    else console.log(JSON.stringify(report, null, 2));
  } finally {
    await cleanup();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(`[generate] ${(error as Error).stack ?? error}`);
      process.exit(1);
    },
  );
}
