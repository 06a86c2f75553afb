/**
 * P4: the full credit recompute beside its floor. Each run is a fresh process on the run database:
 *   API   — the product's CLI, `npm run credit:recompute` (apps/api/src/cli/credit-recompute.ts: a Nest
 *           application context, CreditService.recomputeAll), started with the flags scripts/run.mjs uses;
 *   floor — bench/servers/floor-recompute.ts: plain pg, binary COPY both ways, one typed-array pass.
 * Both recompute every u_v and rewrite, in one transaction, the ideas whose stored rows differ. Two cases:
 *   from empty — idea_upstream_credit emptied first (not timed), so every row is written: first the API,
 *                then the floor (one run each at L, where a run takes minutes);
 *   consistent — the stored rows are already right (the usual case), nothing to write; sides alternate.
 * The first consistent run is the API's, right after the floor wrote every row: it must find nothing to
 * rewrite (it compares all rows, bit for bit), which is the agreement check.
 * Each process reports its peak RSS and CPU time at exit (exit-stats.mjs); PostgreSQL's CPU is read from /proc.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { postgresCpuSeconds } from './cpu';
import { withClient } from './postgres';

type Phases = { read: number; compute: number; compare: number; write: number };

export interface RecomputeRun {
  /** Seconds of the recompute itself, as the process reports it (BEGIN … COMMIT for the floor; recomputeAll for the API). */
  seconds: number;
  phases: Phases;
  /** The whole process, start-up (Node, SWC, Nest) included. */
  processSeconds: number;
  cpuSeconds: number;
  postgresCpuSeconds: number | null;
  peakRssMb: number;
  ideas: number;
  entries: number;
  /** Ideas whose rows were rewritten, and rows written. */
  rewritten: number;
  written: number;
}

export interface RecomputeSide {
  runs: RecomputeRun[];
  medianSeconds: number;
  minSeconds: number;
  maxSeconds: number;
  medianProcessSeconds: number;
  medianPhases: Phases;
  medianCpuSeconds: number;
  medianPostgresCpuSeconds: number | null;
  peakRssMb: number;
}

export interface RecomputeCase {
  api: RecomputeSide;
  floor: RecomputeSide;
  /** API median recompute seconds / floor's. */
  ratio: number;
  /** The same for the whole processes (start-up included). */
  processRatio: number;
}

export interface RecomputeResult {
  id: 'P4';
  title: string;
  floorDoes: string;
  scale: string;
  /** The stored rows already right (nothing to write), and from an empty table (every row written). */
  consistent: RecomputeCase;
  fromEmpty: RecomputeCase;
  agreement: string;
  targets: Array<{ target: string; met: boolean }>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs a TypeScript entry point to completion the way scripts/run.mjs does, plus the exit-stats preload. */
function runProcess(root: string, entry: string, databaseUrl: string): Promise<{ output: string; processSeconds: number; peakRssMb: number; cpuSeconds: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kindling-p4-'));
  const statsFile = path.join(dir, 'exit.json');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', '@swc-node/register/esm-register', '--enable-source-maps', '--import', pathToFileURL(path.join(root, 'bench/lib/exit-stats.mjs')).href, path.join(root, entry)],
      {
        cwd: root,
        env: { ...process.env, SWC_NODE_PROJECT: path.join(root, 'tsconfig.base.json'), DATABASE_URL: databaseUrl, NODE_ENV: 'production', BENCH_EXIT_STATS: statsFile },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const processSeconds = (performance.now() - started) / 1000;
      try {
        if (code !== 0) throw new Error(`${entry} exited with ${code}: ${output.trim().slice(-500)}`);
        const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as { peakRssBytes: number; cpuSeconds: number };
        resolve({ output, processSeconds, peakRssMb: stats.peakRssBytes / 1e6, cpuSeconds: stats.cpuSeconds });
      } catch (error) {
        reject(error);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

/** One run of one side. */
async function runSide(side: 'api' | 'floor', root: string, databaseUrl: string, pgPid: number | null): Promise<RecomputeRun> {
  const pgBefore = postgresCpuSeconds(pgPid);
  const p = await runProcess(root, side === 'api' ? 'apps/api/src/cli/credit-recompute.ts' : 'bench/servers/floor-recompute.ts', databaseUrl);
  const pgAfter = postgresCpuSeconds(pgPid);
  const postgres = pgBefore !== null && pgAfter !== null ? pgAfter - pgBefore : null;
  const common = { processSeconds: p.processSeconds, cpuSeconds: p.cpuSeconds, postgresCpuSeconds: postgres, peakRssMb: p.peakRssMb };
  if (side === 'api') {
    const m =
      /recomputed upstream credit of (\d+) ideas \((\d+) shares\); rewrote (\d+) ideas \((\d+) shares\) in ([\d.]+) s \(read ([\d.]+) s, compute ([\d.]+) s, compare ([\d.]+) s, write ([\d.]+) s\)/.exec(
        p.output,
      );
    if (!m) throw new Error(`unexpected output from credit:recompute: ${p.output.trim().slice(-300)}`);
    const [ideas, entries, rewritten, written, seconds, read, compute, compare, write] = m.slice(1).map(Number);
    return { ...common, ideas, entries, rewritten, written, seconds, phases: { read, compute, compare, write } };
  }
  const line = p.output.split('\n').find((l) => l.startsWith('{'));
  if (!line) throw new Error(`unexpected output from the floor: ${p.output.trim().slice(-300)}`);
  const r = JSON.parse(line) as { ideas: number; entries: number; rewritten: number; written: number; seconds: Phases & { total: number } };
  const { total, ...phases } = r.seconds;
  return { ...common, ideas: r.ideas, entries: r.entries, rewritten: r.rewritten, written: r.written, seconds: total, phases };
}

function summarise(runs: RecomputeRun[]): RecomputeSide {
  const pg = runs.map((r) => r.postgresCpuSeconds);
  return {
    runs,
    medianSeconds: median(runs.map((r) => r.seconds)),
    minSeconds: Math.min(...runs.map((r) => r.seconds)),
    maxSeconds: Math.max(...runs.map((r) => r.seconds)),
    medianProcessSeconds: median(runs.map((r) => r.processSeconds)),
    medianPhases: {
      read: median(runs.map((r) => r.phases.read)),
      compute: median(runs.map((r) => r.phases.compute)),
      compare: median(runs.map((r) => r.phases.compare)),
      write: median(runs.map((r) => r.phases.write)),
    },
    medianCpuSeconds: median(runs.map((r) => r.cpuSeconds)),
    medianPostgresCpuSeconds: pg.every((x) => x !== null) ? median(pg as number[]) : null,
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
  };
}

function caseOf(api: RecomputeRun[], floor: RecomputeRun[]): RecomputeCase {
  const a = summarise(api);
  const f = summarise(floor);
  return { api: a, floor: f, ratio: a.medianSeconds / f.medianSeconds, processRatio: a.medianProcessSeconds / f.medianProcessSeconds };
}

export async function measureRecompute(options: {
  root: string;
  databaseUrl: string;
  /** Runs per side: from an empty table, and with the stored rows right. */
  runs: { fromEmpty: number; consistent: number };
  pgPid: number | null;
  scale: string;
  log: (line: string) => void;
}): Promise<RecomputeResult> {
  const { root, databaseUrl, pgPid, log } = options;
  log('P4: full credit recompute (credit:recompute CLI) vs the floor (floor-recompute.ts)');
  // The first run would otherwise pay for reading the tables from disk.
  await withClient(databaseUrl, async (c) => {
    await c.query(`SELECT count(*), sum(retention) FROM ideas`);
    await c.query(`SELECT count(*), sum(person_id) FROM idea_authors`);
    await c.query(`SELECT count(*), sum(weight) FROM idea_edges`);
    await c.query(`SELECT count(*), sum(share) FROM idea_upstream_credit`);
  });
  const run = async (side: 'api' | 'floor', label: string) => {
    const r = await runSide(side, root, databaseUrl, pgPid);
    const p = r.phases;
    log(
      `P4 ${label} ${side}: ${r.seconds.toFixed(2)} s (read ${p.read.toFixed(2)}, compute ${p.compute.toFixed(2)}, compare ${p.compare.toFixed(2)}, write ${p.write.toFixed(2)}); ` +
        `rewrote ${r.rewritten} of ${r.ideas} ideas (${r.written} rows); process ${r.processSeconds.toFixed(1)} s, peak RSS ${r.peakRssMb.toFixed(0)} MB`,
    );
    return r;
  };
  const empty = { api: [] as RecomputeRun[], floor: [] as RecomputeRun[] };
  for (let k = 0; k < options.runs.fromEmpty; k++) {
    for (const side of ['api', 'floor'] as const) {
      await withClient(databaseUrl, (c) => c.query(`TRUNCATE idea_upstream_credit`));
      empty[side].push(await run(side, 'from empty'));
    }
  }
  // the floor wrote the table last: the API's first consistent run compares every row with the floor's
  const consistent = { api: [] as RecomputeRun[], floor: [] as RecomputeRun[] };
  for (let round = 0; round < options.runs.consistent; round++) {
    for (const side of (round % 2 === 0 ? ['api', 'floor'] : ['floor', 'api']) as Array<'api' | 'floor'>) consistent[side].push(await run(side, 'consistent'));
  }
  const first = consistent.api[0];
  const others = [...consistent.api.slice(1), ...consistent.floor].filter((r) => r.rewritten > 0).length;
  const agreement =
    options.runs.fromEmpty === 0
      ? 'not compared (no run from an empty table)'
      : first.rewritten === 0 && others === 0
        ? `identical: after the floor had written all ${empty.floor[empty.floor.length - 1].written} rows, the API's recompute found none of ${first.ideas} ideas to rewrite (bit for bit)`
        : `DIFFERENT: after the floor's write the API rewrote ${first.rewritten} ideas; ${others} later consistent runs rewrote ideas`;
  log(`P4: API and floor outputs: ${agreement}`);
  const result: RecomputeResult = {
    id: 'P4',
    title: `full credit recompute: every u_v of ${first.ideas} ideas (${first.entries} shares), stored rows compared, the differing ideas rewritten, in one transaction`,
    floorDoes: 'plain pg in one process: binary COPY out (ideas, authors, edges, stored credit), one typed-array topological pass indexed by id, DELETE + binary COPY in of the differing ideas; one transaction under the graph lock',
    scale: options.scale,
    consistent: caseOf(consistent.api, consistent.floor),
    fromEmpty: caseOf(empty.api, empty.floor),
    agreement,
    targets: [],
  };
  result.targets = [
    { target: `≤ 3× floor, stored rows right (at L; this run: ${options.scale})`, met: result.consistent.ratio <= 3 },
    { target: `≤ 3× floor, from an empty table (at L; this run: ${options.scale})`, met: result.fromEmpty.ratio <= 3 },
  ];
  return result;
}

function fmt(x: number | null, digits = 2): string {
  if (x === null || !Number.isFinite(x)) return '?';
  return x >= 100 ? x.toFixed(0) : x.toFixed(digits);
}

export function recomputeTable(r: RecomputeResult): string {
  const header = ['scenario', 'scale', 'case', 'side', 'runs', 'median s', 'min s', 'max s', '×floor', 'read+compute+compare+write s', 'process s', 'CPU s proc+pg', 'peak RSS MB'];
  const rows: string[][] = [];
  for (const [label, c] of [
    ['from empty', r.fromEmpty],
    ['consistent', r.consistent],
  ] as const) {
    if (c.api.runs.length === 0) continue;
    for (const k of ['api', 'floor'] as const) {
      const s = c[k];
      const p = s.medianPhases;
      rows.push([
        rows.length === 0 ? r.id : '',
        rows.length === 0 ? r.scale : '',
        k === 'api' ? label : '',
        k === 'api' ? 'API' : 'floor',
        String(s.runs.length),
        fmt(s.medianSeconds),
        fmt(s.minSeconds),
        fmt(s.maxSeconds),
        k === 'api' ? fmt(c.ratio) : '',
        `${fmt(p.read)}+${fmt(p.compute)}+${fmt(p.compare)}+${fmt(p.write)}`,
        fmt(s.medianProcessSeconds, 1),
        `${fmt(s.medianCpuSeconds, 1)}+${fmt(s.medianPostgresCpuSeconds, 1)}`,
        fmt(s.peakRssMb, 0),
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
