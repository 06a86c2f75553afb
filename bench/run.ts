/**
 * `npm run bench` — the performance scenarios of PERFORMANCE.md beside their floors, in one run.
 *
 *   npm run bench                       P1, P2, C1 (an extra: one idea's credit), P3, P6, P4 at scale M
 *   npm run bench -- P2 --scale S       one scenario
 *   options: --scale S|M|L  --requests N (per side)  --concurrency C  --cap SECONDS (per side)
 *            --seed N  --fresh (regenerate the scale)  --tmp (throw-away PostgreSQL)  --keep (keep the run database)
 *            --trace (after measuring: the API's statements for one request of each scenario, with EXPLAIN ANALYZE)
 *
 * PostgreSQL: the embedded one in bench/.data/pg (cached: each scale is generated once into a template
 * database, and every run clones it), or BENCH_DATABASE_URL. The API (createApp) and the floor server
 * run in their own processes on loopback; this process only drives the load and measures. P4 (the full
 * credit recompute) runs last, as processes of its own (bench/lib/recompute.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type GenerateReport, DEFAULT_SEED, migrateDatabase } from './generate';
import { postgresCpuSeconds, postmasterPid } from './lib/cpu';
import { type HttpResult, type Summary, getJson, httpRequest, percentile, retried, runLoad, summarise } from './lib/driver';
import { GENERATOR_VERSION, SCALES } from './lib/organisation';
import { BENCH_PG_SETTINGS, type BenchServer, quoteIdent, startBenchServer, withClient } from './lib/postgres';
import { Rng } from './lib/prng';
import { type RecomputeResult, measureRecompute, recomputeTable } from './lib/recompute';
import { globalId } from './servers/floor';

const ROOT = path.resolve(import.meta.dirname, '..');
const BENCH = path.join(ROOT, 'bench');

// ------------------------------------------------------------------ arguments

const argv = process.argv.slice(2);
function option(name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}
const flag = (name: string) => argv.includes(`--${name}`);
const valueOptions = new Set(['--scale', '--requests', '--concurrency', '--cap', '--seed']);
const positional = argv.filter((a, i) => !a.startsWith('--') && !valueOptions.has(argv[i - 1] ?? ''));
const ALL = ['P1', 'P2', 'C1', 'P3', 'P6', 'P4'] as const;
type ScenarioId = (typeof ALL)[number];
/** The scenarios measured as HTTP requests against the two servers (P4 runs processes of its own). */
type HttpScenarioId = Exclude<ScenarioId, 'P4'>;
const chosen = (positional.length ? positional.map((p) => p.toUpperCase()) : [...ALL]) as ScenarioId[];
for (const c of chosen) if (!ALL.includes(c)) throw new Error(`unknown scenario ${c} (${ALL.join(', ')}; P5 is npm run bench:generate)`);
const httpChosen = ALL.filter((id): id is HttpScenarioId => id !== 'P4' && chosen.includes(id));
const scaleName = (option('scale') ?? 'M').toUpperCase() as keyof typeof SCALES;
const scale = SCALES[scaleName];
if (!scale) throw new Error(`unknown scale ${scaleName} (S, M, L)`);
const seed = Number(option('seed') ?? DEFAULT_SEED);
const concurrency = Number(option('concurrency') ?? 4);
const capSeconds = Number(option('cap') ?? 60);
const requestsOverride = option('requests') ? Number(option('requests')) : null;

const log = (line: string) => console.log(`[bench] ${line}`);

// ------------------------------------------------------------------ processes we start

const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
});

interface Served {
  url: string;
  stats: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts bench/servers/<script> in its own Node process; resolves when it announces its ports. */
function startServer(name: string, script: string, databaseUrl: string): Promise<Served> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', path.join(BENCH, 'servers', script)], {
      cwd: ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: path.join(ROOT, 'tsconfig.base.json'), DATABASE_URL: databaseUrl, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let buffer = '';
    let ready = false;
    child.stdout!.on('data', (data) => {
      buffer += data;
      const line = buffer.split('\n').find((l) => l.startsWith('{"ready"'));
      if (!ready && line) {
        ready = true;
        const { port, statsPort } = JSON.parse(line);
        resolve({
          url: `http://127.0.0.1:${port}`,
          stats: `http://127.0.0.1:${statsPort}`,
          child,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.stderr!.on('data', (data) => process.stderr.write(`[${name}] ${data}`));
    child.once('exit', (code) => {
      children.delete(child);
      if (!ready) reject(new Error(`${name} server exited (${code}) before it was ready`));
    });
  });
}

// ------------------------------------------------------------------ database: cached template per scale, cloned per run

/** What the cached data depends on besides the generator: the migrations and the credit code that fills idea_upstream_credit. */
function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const dir of ['apps/api/src/migrations', 'libs/credit/src', 'libs/api/credit/src']) {
    for (const file of readdirSync(path.join(ROOT, dir), { recursive: true }).map(String).sort()) {
      if (!file.endsWith('.ts') || file.endsWith('.spec.ts') || file.includes('testing')) continue;
      hash.update(`${dir}/${file}`).update(readFileSync(path.join(ROOT, dir, file)));
    }
  }
  return hash.digest('hex').slice(0, 12);
}

async function ensureTemplate(server: BenchServer, fresh: boolean): Promise<{ name: string; report: GenerateReport; generated: boolean }> {
  const name = quoteIdent(`kindling_bench_${scale.name.toLowerCase()}`);
  const key = `generator ${GENERATOR_VERSION}, seed ${seed}, migrations and credit code ${sourcesHash()}`;
  const admin = server.url('postgres');
  const existing = await withClient(admin, async (c) => {
    const { rows } = await c.query(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [name]);
    return rows[0] as { comment: string | null } | undefined;
  });
  if (existing && !fresh) {
    try {
      const meta = JSON.parse(existing.comment ?? '');
      if (meta.key === key) return { name, report: meta.report, generated: false };
    } catch {
      // not ours or incomplete: rebuilt below
    }
  }
  log(`generating scale ${scale.name} (${key}) into database ${name}`);
  await withClient(admin, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  const url = server.url(name);
  await migrateDatabase(url, (l) => log(l));
  const reportFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'kindling-bench-')), 'report.json');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--max-old-space-size=12288', '--import', '@swc-node/register/esm-register', path.join(BENCH, 'generate.ts'), '--scale', scale.name, '--seed', String(seed), '--database-url', url, '--report', reportFile],
      { cwd: ROOT, env: { ...process.env, SWC_NODE_PROJECT: path.join(ROOT, 'tsconfig.base.json') }, stdio: 'inherit' },
    );
    children.add(child);
    child.on('exit', (code) => {
      children.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`generate.ts exited with ${code}`));
    });
  });
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as GenerateReport;
  rmSync(path.dirname(reportFile), { recursive: true, force: true });
  await withClient(admin, (c) => c.query(`COMMENT ON DATABASE ${name} IS '${JSON.stringify({ key, report }).replace(/'/g, "''")}'`));
  return { name, report, generated: true };
}

// ------------------------------------------------------------------ GraphQL

const P1_QUERY = `query P1 { ideas(orderBy: MOST_ENDORSED, first: 50) { edges { node {
  title endorsementCount authors { name department { name } } credit { shares { ppm person { name } } } } } } }`;
const P2_QUERY = `query P2($id: ID!) { node(id: $id) { ... on Idea { lineage(direction: BOTH) { nodes { id title } edges { parentId childId } } } } }`;
const C1_QUERY = `query C1($id: ID!) { node(id: $id) { ... on Idea { title credit { shares { ppm person { name } } } } } }`;
const P3_MUTATION = `mutation P3($input: BuildOnInput!) { buildOn(input: $input) { idea { id title } } }`;

function graphql(api: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<HttpResult> {
  return httpRequest(`${api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
}

/** A failed request: non-200, or a GraphQL/floor error payload. */
function ok(result: HttpResult): HttpResult {
  if (result.status !== 200 || result.text.includes('"errors"')) throw new Error(`HTTP ${result.status}: ${result.text.slice(0, 300)}`);
  return result;
}

/** First difference between two JSON values ("" when equal); ppm may differ by 1 (float summation order). */
function firstDifference(a: unknown, b: unknown, at = '$'): string {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= (at.endsWith('.ppm') ? 1 : 0) ? '' : `${at}: ${a} vs ${b}`;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at}: ${a.length} vs ${b.length} items`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return '';
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as any)[k], (b as any)[k], `${at}.${k}`);
      if (d) return d;
    }
    return '';
  }
  return a === b ? '' : `${at}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}

// ------------------------------------------------------------------ scenarios

interface Side {
  /** Request i (negative: agreement check, warm-up, statement count; ≥ 0: measured, PHASE_OFFSET and up in the concurrent phase). */
  call(i: number): Promise<HttpResult>;
}
/** Request indices of the concurrent phase start here; both sides send the same indices in the same round. */
const PHASE_OFFSET = 1_000_000;
interface Scenario {
  id: HttpScenarioId;
  title: string;
  floorDoes: string;
  /** Requests per side in the sequential phase (latency) and in the concurrent phase (throughput). */
  latencyRequests: number;
  requests: number;
  api: Side;
  floor: Side;
  /** Compares one response of each side; returns a description of the first difference, or ''. */
  agree(api: HttpResult, floor: HttpResult): string;
  /** Instead of comparing request −1 with `agree`: compares several requests, returns '' or the differences. */
  check?: () => Promise<string>;
  /** Per kind of request of a mix (P6): latencies of the concurrent phase, filled by the calls. */
  perKind?: { api: Map<string, number[]>; floor: Map<string, number[]> };
}

interface SideResult {
  /** Latency with one request in flight. */
  sequential: Summary;
  /** Throughput (and latency under load) with `concurrency` requests in flight. */
  concurrent: Summary;
  statementsPerRequest: number;
  statementsSingleRequest: number;
  peakRssMb: number;
  /** CPU milliseconds per request: the server process, and PostgreSQL (null when not on this machine). */
  serverCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number | null;
}

interface ScenarioResult {
  id: HttpScenarioId;
  title: string;
  floorDoes: string;
  scale: string;
  concurrency: number;
  api: SideResult;
  floor: SideResult;
  /** API median latency / floor median latency. */
  latencyRatio: number;
  /** API throughput / floor throughput. */
  throughputRatio: number;
  agreement: string;
  targets: Array<{ target: string; met: boolean }>;
  /** A mix's kinds of request (P6), concurrent phase: number of requests, median and p95, per side. */
  perKind?: Record<string, { api: { n: number; medianMs: number; p95Ms: number }; floor: { n: number; medianMs: number; p95Ms: number } }>;
}

async function stats(served: Served): Promise<{ statements: number; peakRss: number; rss: number; maxRss: number; cpuMs: number }> {
  return getJson(`${served.stats}/`);
}

/** The benchmark's PostgreSQL postmaster, when it runs on this machine (for its CPU time). */
let pgPid: number | null = null;

async function measureScenario(s: Scenario, api: Served, floor: Served): Promise<ScenarioResult> {
  log(`${s.id}: ${s.title}`);
  // correctness first: both sides answer, and answer the same
  const agreement = (s.check ? await s.check() : s.agree(ok(await s.api.call(-1)), ok(await s.floor.call(-1)))) || 'same output';
  log(`${s.id}: API and floor outputs: ${agreement}`);
  // warm-up
  const warm = Math.min(5, s.requests);
  for (let i = 0; i < warm; i++) {
    ok(await s.api.call(-2 - i));
    ok(await s.floor.call(-2 - i));
  }
  // statements of one request on its own
  const single = async (served: Served, side: Side) => {
    const before = (await stats(served)).statements;
    ok(await side.call(-100));
    return (await stats(served)).statements - before;
  };
  const apiSingle = await single(api, s.api);
  const floorSingle = await single(floor, s.floor);

  // Measured blocks, alternating API and floor so drift and neighbours' load hit both: first one request
  // in flight (latency), then `concurrency` in flight (throughput).
  const rounds = 4;
  const capMs = (capSeconds * 1000) / (2 * rounds);
  type Run = Awaited<ReturnType<typeof runLoad>>;
  const runs = { api: { sequential: [] as Run[], concurrent: [] as Run[] }, floor: { sequential: [] as Run[], concurrent: [] as Run[] } };
  const statements = { api: 0, floor: 0 };
  const cpu = { api: 0, floor: 0 };
  const pgCpu = { api: 0 as number | null, floor: 0 as number | null };
  const done = { api: 0, floor: 0 };
  const peak = { api: 0, floor: 0 };
  for (const phase of ['sequential', 'concurrent'] as const) {
    const total = phase === 'sequential' ? s.latencyRequests : s.requests;
    const inFlight = phase === 'sequential' ? 1 : concurrency;
    const perBlock = Math.ceil(total / rounds);
    for (let r = 0; r < rounds; r++) {
      for (const side of (r % 2 === 0 ? ['api', 'floor'] : ['floor', 'api']) as Array<'api' | 'floor'>) {
        const served = side === 'api' ? api : floor;
        const caller = side === 'api' ? s.api : s.floor;
        await getJson(`${served.stats}/reset`);
        const before = await stats(served);
        const pgBefore = postgresCpuSeconds(pgPid);
        // the same requests for both sides in a round (P3: the same parents; P6: the same mix)
        const base = (phase === 'sequential' ? 0 : PHASE_OFFSET) + r * perBlock;
        const result = await runLoad(async (i) => void ok(await caller.call(base + i)), perBlock, inFlight, capMs);
        const pgAfter = postgresCpuSeconds(pgPid);
        const after = await stats(served);
        statements[side] += after.statements - before.statements;
        cpu[side] += after.cpuMs - before.cpuMs;
        const pgSide = pgCpu[side];
        pgCpu[side] = pgSide !== null && pgBefore !== null && pgAfter !== null ? pgSide + (pgAfter - pgBefore) * 1000 : null;
        done[side] += result.latencies.length + result.errors;
        peak[side] = Math.max(peak[side], after.peakRss);
        runs[side][phase].push(result);
        if (result.errors) log(`${s.id} ${side}: ${result.errors} errors, first: ${result.firstError}`);
      }
    }
  }
  const side = (k: 'api' | 'floor', singleCount: number): SideResult => ({
    sequential: summarise(runs[k].sequential),
    concurrent: summarise(runs[k].concurrent),
    statementsPerRequest: statements[k] / Math.max(1, done[k]),
    statementsSingleRequest: singleCount,
    peakRssMb: peak[k] / 1e6,
    serverCpuMsPerRequest: cpu[k] / Math.max(1, done[k]),
    postgresCpuMsPerRequest: pgCpu[k] === null ? null : pgCpu[k]! / Math.max(1, done[k]),
  });
  const apiResult = side('api', apiSingle);
  const floorResult = side('floor', floorSingle);
  const result: ScenarioResult = {
    id: s.id,
    title: s.title,
    floorDoes: s.floorDoes,
    scale: scale.name,
    concurrency,
    api: apiResult,
    floor: floorResult,
    latencyRatio: apiResult.sequential.medianMs / floorResult.sequential.medianMs,
    throughputRatio: apiResult.concurrent.throughput / floorResult.concurrent.throughput,
    agreement,
    targets: [],
  };
  if (s.perKind) {
    const kinds = [...new Set([...s.perKind.api.keys(), ...s.perKind.floor.keys()])].sort();
    const summary = (ms: number[] | undefined) => {
      const all = [...(ms ?? [])].sort((a, b) => a - b);
      return { n: all.length, medianMs: percentile(all, 50), p95Ms: percentile(all, 95) };
    };
    result.perKind = Object.fromEntries(kinds.map((k) => [k, { api: summary(s.perKind!.api.get(k)), floor: summary(s.perKind!.floor.get(k)) }]));
  }
  result.targets = targetsOf(result);
  return result;
}

/** PERFORMANCE.md's targets, reported (never enforced). */
function targetsOf(r: ScenarioResult): Array<{ target: string; met: boolean }> {
  switch (r.id) {
    case 'P1':
      return [
        { target: 'SQL statements per request ≤ 4', met: r.api.statementsSingleRequest <= 4 },
        { target: 'p95 ≤ 50 ms', met: r.api.sequential.p95Ms <= 50 },
        { target: 'throughput ≥ 0.3× floor', met: r.throughputRatio >= 0.3 },
      ];
    case 'P2':
      return [
        { target: 'p95 ≤ 150 ms', met: r.api.sequential.p95Ms <= 150 },
        { target: 'latency ≤ 2.5× floor', met: r.latencyRatio <= 2.5 },
      ];
    case 'P3':
      return [{ target: `p95 ≤ 30 ms (at L; this run: ${r.scale})`, met: r.api.sequential.p95Ms <= 30 }];
    case 'P6':
      return [
        { target: 'throughput ≥ 0.3× floor', met: r.throughputRatio >= 0.3 },
        { target: `p95 ≤ 100 ms under load (c=${r.concurrency})`, met: r.api.concurrent.p95Ms <= 100 },
      ];
    case 'C1':
      return [];
  }
}

// ------------------------------------------------------------------ the HTTP scenarios

const PC_QUERY = `query PC($id: ID!) { node(id: $id) { ... on Person { name credit(first: 50) { totalCount edges { node { ppm idea { title } } } } } } }`;

/** P6's mix: 42.5 % P1, 42.5 % person credit (together the 85 % of reads), 10 % P2, 5 % writes (P3's build-on). */
const P6_MIX: Array<[kind: string, share: number]> = [
  ['P1', 0.425],
  ['person credit', 0.425],
  ['P2', 0.1],
  ['write (P3)', 0.05],
];

function httpScenarios(api: Served, floor: Served, token: string, report: GenerateReport, people: string[]): Record<HttpScenarioId, Scenario> {
  const requests = (n: number) => requestsOverride ?? n;
  const p2Id = String(report.p2.ideaId);
  const pairs = (i: number): [string, string] => {
    const r = new Rng(seed, 'p3', i + 1000);
    const a = 2 + r.int(report.rows.ideas - 1);
    const b = Math.max(1, a - 1 - r.int(200));
    return [String(a), String(b === a ? a - 1 : b)];
  };
  const buildOnBody = 'Combines the two ideas above; posted by the benchmark.';
  // reads need a signed-in person too (the access gate): every call acts through the token
  const auth = { authorization: `Bearer ${token}` };
  const calls = {
    P1: { api: () => graphql(api.url, P1_QUERY, {}, auth), floor: () => httpRequest(`${floor.url}/p1?first=50`) },
    P2: { api: () => graphql(api.url, P2_QUERY, { id: globalId('Idea', p2Id) }, auth), floor: () => httpRequest(`${floor.url}/p2?id=${p2Id}`) },
    C1: { api: () => graphql(api.url, C1_QUERY, { id: globalId('Idea', p2Id) }, auth), floor: () => httpRequest(`${floor.url}/c1?id=${p2Id}`) },
    P3: {
      api: (i: number) => graphql(api.url, P3_MUTATION, { input: { parentIds: pairs(i).map((p) => globalId('Idea', p)), title: `Bench build-on ${i}`, body: buildOnBody } }, auth),
      floor: (i: number) =>
        httpRequest(`${floor.url}/p3`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...auth },
          body: JSON.stringify({ parentIds: pairs(i), title: `Bench build-on ${i}`, body: buildOnBody }),
        }),
    },
    /** The person page's credit tab: the ideas in which a person (any active one, seeded) holds a share, first 50. */
    personCredit: {
      person: (i: number) => people[new Rng(seed, 'p6 person', i + 1000).int(people.length)],
      api: (i: number) => graphql(api.url, PC_QUERY, { id: globalId('Person', calls.personCredit.person(i)) }, auth),
      floor: (i: number) => httpRequest(`${floor.url}/person-credit?id=${calls.personCredit.person(i)}&first=50`),
    },
  };
  const sameData = (a: HttpResult, f: HttpResult) => firstDifference(JSON.parse(a.text).data, JSON.parse(f.text).data);
  const sameLineage = (a: HttpResult, f: HttpResult) => {
    const norm = (text: string) => {
      const l = JSON.parse(text).data.node.lineage;
      return {
        nodes: l.nodes.map((n: { id: string; title: string }) => `${n.id} ${n.title}`).sort(),
        edges: l.edges.map((e: { parentId: string; childId: string }) => `${e.parentId}>${e.childId}`).sort(),
      };
    };
    return firstDifference(norm(a.text), norm(f.text));
  };

  // P6: request i's kind (and person) comes from a seeded stream, so both sides get the same sequence.
  const kindOf = (i: number) => {
    let x = new Rng(seed, 'p6', i + 1000).next();
    for (const [kind, share] of P6_MIX) if ((x -= share) < 0) return kind;
    return P6_MIX[P6_MIX.length - 1][0];
  };
  const perKind = { api: new Map<string, number[]>(), floor: new Map<string, number[]>() };
  const mixed = (side: 'api' | 'floor') => async (i: number) => {
    const kind = kindOf(i);
    const started = performance.now();
    const result =
      kind === 'P1'
        ? await calls.P1[side]()
        : kind === 'P2'
          ? await calls.P2[side]()
          : kind === 'person credit'
            ? await calls.personCredit[side](i)
            : await calls.P3[side](i);
    if (i >= PHASE_OFFSET) {
      const list = perKind[side].get(kind) ?? [];
      list.push(performance.now() - started);
      perKind[side].set(kind, list);
    }
    return result;
  };

  return {
    P1: {
      id: 'P1',
      title: 'top 50 ideas (most endorsed) with authors, departments, endorsement counts and credit shares',
      floorDoes: 'one SQL (page, authors, u_Y, families by recursive CTE, pool inputs, names as json) + the engine’s extenderPool in JS',
      latencyRequests: requests(60),
      requests: requests(200),
      api: { call: calls.P1.api },
      floor: { call: calls.P1.floor },
      agree: sameData,
    },
    P2: {
      id: 'P2',
      title: `lineage (BOTH) of idea ${p2Id}: ${report.p2.lineageNodes} nodes, flat`,
      floorDoes: 'one SQL: id-only recursive CTEs (UNION) up and down, hydrated (id, title) + edges among them',
      latencyRequests: requests(20),
      requests: requests(40),
      api: { call: calls.P2.api },
      floor: { call: calls.P2.floor },
      agree: sameLineage,
    },
    C1: {
      id: 'C1',
      title: `credit of idea ${p2Id} (the idea page’s credit panel; family of ${report.p2.lineageNodes - 2} descendants) — extra, not in PERFORMANCE.md`,
      floorDoes: 'the P1 floor for one idea: one SQL + extenderPool in JS',
      latencyRequests: requests(20),
      requests: requests(40),
      api: { call: calls.C1.api },
      floor: { call: calls.C1.floor },
      agree: sameData,
    },
    P3: {
      id: 'P3',
      title: 'post a build-on with 2 parents (bearer token), credit and ledger updated',
      floorDoes: 'token lookup, BEGIN, graph lock, one CTE (check parents, idea, author, edges, counts; returns parents’ u_p and ledger tip), engine upstreamCredit, one INSERT (u_v + ledger entry), COMMIT',
      latencyRequests: requests(60),
      requests: requests(200),
      api: { call: calls.P3.api },
      floor: { call: calls.P3.floor },
      agree: (a, f) => firstDifference(JSON.parse(a.text).data.buildOn.idea.title, JSON.parse(f.text).data.buildOn.idea.title),
    },
    P6: {
      id: 'P6',
      title: `mixed load: ${P6_MIX.map(([kind, share]) => `${Math.round(share * 1000) / 10} % ${kind}`).join(', ')} (person credit: Person.credit(first: 50) of a seeded active person)`,
      floorDoes: 'the same sequence of requests against the floor server: /p1, /person-credit (the P1 SQL over the person’s candidate ideas), /p2, /p3',
      latencyRequests: requests(60),
      requests: requests(200),
      api: { call: mixed('api') },
      floor: { call: mixed('floor') },
      agree: sameData,
      // the person-credit handler is P6's own: compared for several people, then P1 and P2 once each
      check: async () => {
        const differences: string[] = [];
        for (let i = -1; i >= -5; i--) {
          const d = sameData(ok(await calls.personCredit.api(i)), ok(await calls.personCredit.floor(i)));
          if (d) differences.push(`person ${calls.personCredit.person(i)}: ${d}`);
        }
        const p1 = sameData(ok(await calls.P1.api()), ok(await calls.P1.floor()));
        if (p1) differences.push(`P1: ${p1}`);
        const p2 = sameLineage(ok(await calls.P2.api()), ok(await calls.P2.floor()));
        if (p2) differences.push(`P2: ${p2}`);
        return differences.join('; ');
      },
      perKind,
    },
  };
}

// ------------------------------------------------------------------ report

function fmt(x: number, digits = 1): string {
  if (!Number.isFinite(x)) return '–';
  return x >= 100 ? x.toFixed(0) : x.toFixed(digits);
}

function table(results: ScenarioResult[]): string {
  const header = ['scenario', 'scale', 'side', 'n (c=1/c=N)', 'median ms', 'p95 ms', 'min ms', 'max ms', 'lat ×floor', `p95 ms c=${concurrency}`, `req/s c=${concurrency}`, 'thr ×floor', 'CPU ms/req srv+pg', 'SQL/req', 'peak RSS MB'];
  const rows: string[][] = [];
  for (const r of results) {
    for (const k of ['api', 'floor'] as const) {
      const { sequential: q, concurrent: c } = r[k];
      const errors = q.errors + c.errors;
      rows.push([
        k === 'api' ? r.id : '',
        k === 'api' ? r.scale : '',
        k === 'api' ? 'API' : 'floor',
        `${q.n}/${c.n}${errors ? ` (${errors} err)` : ''}${q.capped || c.capped ? ' capped' : ''}`,
        fmt(q.medianMs),
        fmt(q.p95Ms),
        fmt(q.minMs),
        fmt(q.maxMs),
        k === 'api' ? fmt(r.latencyRatio, 2) : '',
        fmt(c.p95Ms),
        fmt(c.throughput),
        k === 'api' ? fmt(r.throughputRatio, 2) : '',
        `${fmt(r[k].serverCpuMsPerRequest)}+${r[k].postgresCpuMsPerRequest === null ? '?' : fmt(r[k].postgresCpuMsPerRequest!)}`,
        `${fmt(r[k].statementsSingleRequest, 0)}${Math.abs(r[k].statementsPerRequest - r[k].statementsSingleRequest) > 0.05 ? ` (${fmt(r[k].statementsPerRequest, 1)} avg)` : ''}`,
        fmt(r[k].peakRssMb, 0),
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

// ------------------------------------------------------------------ trace (evidence for the report)

async function traceScenario(s: Scenario, api: Served, databaseUrl: string): Promise<unknown[]> {
  await getJson(`${api.stats}/trace/start`);
  const started = performance.now();
  ok(await s.api.call(-1000));
  const total = performance.now() - started;
  const entries = (await getJson(`${api.stats}/trace/stop`)) as Array<{ sql: string; params: unknown; ms: number; rows: number | null }>;
  log(`${s.id} trace: ${entries.length} statements, request ${total.toFixed(1)} ms`);
  const out: unknown[] = [];
  await withClient(databaseUrl, async (client) => {
    for (const e of entries) {
      const sql = e.sql.replace(/\s+/g, ' ').trim();
      const entry: Record<string, unknown> = { ms: Math.round(e.ms * 10) / 10, rows: e.rows, sql };
      console.log(`  ${fmt(e.ms).padStart(7)} ms  ${String(e.rows ?? '').padStart(6)} rows  ${sql.slice(0, 150)}`);
      const readOnly = /^(select|with)\b/i.test(sql) && !/\b(insert|update|delete)\b/i.test(sql) && !/pg_advisory/i.test(sql);
      if (readOnly && e.ms >= 2) {
        const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${e.sql}`, e.params as unknown[]);
        const plan = rows.map((r: Record<string, string>) => r['QUERY PLAN']);
        entry.plan = plan;
        for (const l of plan) console.log(`      ${l}`);
      }
      out.push(entry);
    }
  });
  return out;
}

// ------------------------------------------------------------------ main

async function main(): Promise<void> {
  const startedAt = new Date();
  const dataDir = flag('tmp') ? path.join(mkdtempSync(path.join(os.tmpdir(), 'kindling-bench-pg-')), 'pg') : (process.env.BENCH_DATA_DIR ?? path.join(BENCH, '.data', 'pg'));
  const server = await startBenchServer(dataDir, log);
  let apiServer: Served | null = null;
  let floorServer: Served | null = null;
  const runDb = quoteIdent('kindling_bench_run');
  try {
    const pgVersion = await withClient(server.url('postgres'), async (c) => {
      pgPid = await postmasterPid(c);
      return (await c.query('SHOW server_version')).rows[0].server_version as string;
    });
    const template = await ensureTemplate(server, flag('fresh'));
    const report = template.report;
    log(`scale ${scale.name}: ${report.rows.ideas} ideas, ${report.rows.idea_edges} edges, ${report.rows.people} people; load ${report.seconds.total.toFixed(1)} s ${template.generated ? '(generated now)' : '(cached)'}`);

    let t = Date.now();
    await withClient(server.url('postgres'), async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${runDb} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${runDb} TEMPLATE ${template.name} STRATEGY FILE_COPY`);
    });
    const cloneSeconds = (Date.now() - t) / 1000;
    const databaseUrl = server.url(runDb);
    log(`cloned ${template.name} in ${cloneSeconds.toFixed(1)} s`);

    const results: ScenarioResult[] = [];
    const failures: Array<{ id: ScenarioId; error: string }> = [];
    let traces: Record<string, unknown> | undefined;
    let processes: { apiRssAfterStartMb: number; apiPeakRssMb: number; floorPeakRssMb: number } | undefined;
    if (httpChosen.length > 0) {
      t = Date.now();
      [apiServer, floorServer] = await Promise.all([startServer('api', 'api-server.ts', databaseUrl), startServer('floor', 'floor-server.ts', databaseUrl)]);
      const api = apiServer;
      const floor = floorServer;
      log(`API on ${api.url} and floor on ${floor.url} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      const apiStartRss = (await stats(api)).rss / 1e6;

      // an API token for the writes (dev sign-in, then createApiToken — as a script would)
      const people = await withClient(databaseUrl, async (c) => (await c.query(`SELECT id::text AS id FROM people WHERE active ORDER BY id`)).rows.map((r) => r.id as string));
      const signIn = ok(await graphql(api.url, `mutation($id: ID!) { devSignIn(input: { personId: $id }) { viewer { id } } }`, { id: globalId('Person', people[0]) }));
      const cookie = String(signIn.headers['set-cookie']?.[0] ?? '').split(';')[0];
      const tokenResult = ok(await graphql(api.url, `mutation { createApiToken(input: { name: "bench", scopes: [READ, WRITE] }) { token } }`, {}, { cookie }));
      const token = JSON.parse(tokenResult.text).data.createApiToken.token as string;

      const scenarios = httpScenarios(api, floor, token, report, people);
      for (const id of httpChosen) {
        try {
          results.push(await measureScenario(scenarios[id], api, floor));
        } catch (error) {
          // a scenario that cannot run (e.g. the API answers with an error) is reported, the others still run
          failures.push({ id, error: (error as Error).message.slice(0, 500) });
          log(`${id}: FAILED — ${(error as Error).message.slice(0, 300)}`);
        }
      }
      const apiFinal = await stats(api);
      const floorFinal = await stats(floor);
      processes = { apiRssAfterStartMb: apiStartRss, apiPeakRssMb: apiFinal.maxRss / 1e6, floorPeakRssMb: floorFinal.maxRss / 1e6 };
      if (flag('trace')) {
        traces = {};
        for (const id of httpChosen) traces[id] = await traceScenario(scenarios[id], api, databaseUrl).catch((error: Error) => ({ error: error.message }));
      }
      // P4 runs on a quiet machine: the servers go first
      await Promise.all([api.stop(), floor.stop()]);
      apiServer = floorServer = null;
    }

    let recompute: RecomputeResult | undefined;
    if (chosen.includes('P4')) {
      try {
        // at L a run from an empty table takes minutes (every row pays PostgreSQL's foreign-key checks)
        const runs = { fromEmpty: requestsOverride ?? (scale.name === 'L' ? 1 : 2), consistent: Math.max(1, requestsOverride ?? 3) };
        recompute = await measureRecompute({ root: ROOT, databaseUrl, runs, pgPid, scale: scale.name, log });
      } catch (error) {
        failures.push({ id: 'P4', error: (error as Error).message.slice(0, 500) });
        log(`P4: FAILED — ${(error as Error).message.slice(0, 300)}`);
      }
    }

    console.log('');
    console.log(
      `Kindling benchmarks — scale ${scale.name} (${report.rows.ideas} ideas), ${os.cpus().length} CPUs (load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}), Node ${process.version}, PostgreSQL ${pgVersion}`,
    );
    if (results.length > 0) {
      console.log(
        `latency: one request in flight (c=1); throughput: ${concurrency} in flight. ×floor = API median latency / floor's, API req/s / floor's. CPU: server process + PostgreSQL per request, both phases.`,
      );
      console.log(table(results));
    }
    for (const r of results) {
      for (const [kind, k] of Object.entries(r.perKind ?? {})) {
        console.log(`  ${r.id} ${kind} (c=${concurrency}): API n=${k.api.n} median ${fmt(k.api.medianMs)} ms p95 ${fmt(k.api.p95Ms)} ms; floor n=${k.floor.n} median ${fmt(k.floor.medianMs)} ms p95 ${fmt(k.floor.p95Ms)} ms`);
      }
    }
    if (recompute) {
      console.log(
        `P4: seconds of the recompute itself (as each process reports it; ×floor = API median / floor median); process s = the whole process, start-up included. ` +
          `from empty: idea_upstream_credit emptied before each run, every row written; consistent: the stored rows already right, nothing written.`,
      );
      console.log(recomputeTable(recompute));
    }
    for (const f of failures) console.log(`${f.id}: FAILED (not measured): ${f.error.slice(0, 300)}`);
    for (const r of [...results, ...(recompute ? [recompute] : [])]) {
      const targets = r.targets.length ? r.targets.map((x) => `${x.target}: ${x.met ? 'met' : 'NOT met'}`).join('; ') : 'no target in PERFORMANCE.md';
      console.log(`${r.id}: ${targets}; outputs: ${r.agreement}`);
    }
    if (retried.count) console.log(`(${retried.count} request(s) re-sent after a kept-alive socket was closed under them)`);
    const rss = processes ? `; API process RSS: ${fmt(processes.apiRssAfterStartMb, 0)} MB after start, ${fmt(processes.apiPeakRssMb, 0)} MB peak; floor peak ${fmt(processes.floorPeakRssMb, 0)} MB` : '';
    console.log(`load (P5, scale ${scale.name}): ${report.seconds.total.toFixed(1)} s${rss}`);

    const out = {
      startedAt: startedAt.toISOString(),
      scale: scale.name,
      seed,
      scenarios: chosen,
      concurrency,
      capSecondsPerSide: capSeconds,
      loadAverageAtEnd: os.loadavg(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, postgres: pgVersion },
      postgresSettings: server.embedded ? BENCH_PG_SETTINGS : 'external (BENCH_DATABASE_URL)',
      generator: report,
      cloneSeconds,
      apiProcess: processes && { rssAfterStartMb: processes.apiRssAfterStartMb, peakRssMb: processes.apiPeakRssMb },
      floorProcess: processes && { peakRssMb: processes.floorPeakRssMb },
      results,
      recompute,
      failures,
      resentRequests: retried.count,
      traces,
    };
    mkdirSync(path.join(BENCH, 'results'), { recursive: true });
    const file = path.join(BENCH, 'results', `${startedAt.toISOString().replace(/[:.]/g, '-')}-${scale.name}-${chosen.join('')}.json`);
    writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    log(`results: ${path.relative(ROOT, file)}`);
  } finally {
    await Promise.all([apiServer?.stop(), floorServer?.stop()]);
    if (!flag('keep')) await withClient(server.url('postgres'), (c) => c.query(`DROP DATABASE IF EXISTS ${runDb} WITH (FORCE)`)).catch(() => undefined);
    await server.stop();
    if (flag('tmp')) rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[bench] ${(error as Error).stack ?? error}`);
    process.exit(1);
  },
);
