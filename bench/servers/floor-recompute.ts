/**
 * The P4 floor: the full credit recompute (every u_v, stored in idea_upstream_credit) done the plainest
 * fast way, in one process, with plain `pg` and no framework or engine code: one transaction under the
 * API's graph lock; ideas, accepted authors and edges read with COPY (binary); one topological pass over
 * typed arrays indexed directly by id; the stored rows read with COPY (binary) and compared; the ideas
 * whose u_v differs deleted and written back with COPY (binary) — the same plan as the API's recomputeAll.
 *
 *   DATABASE_URL=… node … bench/servers/floor-recompute.ts
 *
 * Prints one JSON line: {"ideas":…,"entries":…,"rewritten":…,"written":…,"seconds":{"read":…,"compute":…,"compare":…,"write":…,"total":…}}.
 *
 * The arithmetic is u_v = ρ·a_v + (1 − ρ)·Σ_p w(v,p)·u_p with each person's terms added in the engine's
 * order (own authorship, then parents by id), so the floats are the engine's, bit for bit.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

const GRAPH_WRITE_LOCK = 0x4b494e44; // the API's lockGraphForWrite key
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER = SIGNATURE.length + 8;

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');

/** bigint → number (the ids here are far below 2^53). */
const id8 = (b: Buffer, at: number) => b.readInt32BE(at) * 0x1_0000_0000 + b.readUInt32BE(at + 4);

/** COPY (query) TO STDOUT binary, all columns 8 bytes and NOT NULL: onRow(b, at) with column j at at + 12·j. */
async function copyOut(client: pg.Client, query: string, columns: number, onRow: (b: Buffer, at: number) => void): Promise<void> {
  const size = 2 + 12 * columns;
  let rest: Buffer = Buffer.alloc(0);
  let headerRead = false;
  for await (const chunk of client.query(copyTo(`COPY (${query}) TO STDOUT (FORMAT binary)`)) as AsyncIterable<Buffer>) {
    const b: Buffer = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let at = 0;
    if (!headerRead) {
      if (b.length < HEADER) {
        rest = b;
        continue;
      }
      at = HEADER + b.readUInt32BE(HEADER - 4);
      headerRead = true;
    }
    while (b.length - at >= size) {
      onRow(b, at + 6);
      at += size;
    }
    rest = b.subarray(at);
  }
  // what is left is the trailer (-1)
}

/** Growing Int32/Float64 pairs. */
class Pairs {
  a = new Int32Array(1 << 16);
  b = new Float64Array(1 << 16);
  n = 0;
  push(x: number, y: number): void {
    if (this.n === this.a.length) {
      const a = new Int32Array(this.n * 2);
      const b = new Float64Array(this.n * 2);
      a.set(this.a);
      b.set(this.b);
      this.a = a;
      this.b = b;
    }
    this.a[this.n] = x;
    this.b[this.n++] = y;
  }
}

/** Rows grouped by key (counting sort): key k's rows are start[k] .. start[k+1]. */
function group(size: number, keys: Int32Array, count: number): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(size + 1);
  for (let r = 0; r < count; r++) start[keys[r] + 1]++;
  for (let k = 0; k < size; k++) start[k + 1] += start[k];
  const fill = start.slice(0, size);
  const order = new Int32Array(count);
  for (let r = 0; r < count; r++) order[fill[keys[r]]++] = r;
  return { start, order };
}

async function main(): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const t0 = performance.now();
  await client.query('BEGIN');
  await client.query('SELECT pg_advisory_xact_lock($1)', [GRAPH_WRITE_LOCK]);

  // ---- read: ideas (id, ρ), accepted authors (idea, person), edges (child, parent, weight)
  const ideas = new Pairs();
  await copyOut(client, 'SELECT id, retention FROM ideas', 2, (b, at) => ideas.push(id8(b, at), b.readDoubleBE(at + 12)));
  const authors = new Pairs();
  await copyOut(client, `SELECT idea_id, person_id FROM idea_authors WHERE state = 'ACCEPTED'`, 2, (b, at) => authors.push(id8(b, at), id8(b, at + 12)));
  const edgeChild = new Pairs(); // (child, weight)
  let parents = new Int32Array(1 << 16);
  await copyOut(client, 'SELECT child_id, parent_id, weight FROM idea_edges', 3, (b, at) => {
    if (edgeChild.n === parents.length) {
      const bigger = new Int32Array(parents.length * 2);
      bigger.set(parents);
      parents = bigger;
    }
    parents[edgeChild.n] = id8(b, at + 12);
    edgeChild.push(id8(b, at), b.readDoubleBE(at + 24));
  });
  const t1 = performance.now();

  // ---- compute. Ids are identity values, dense from 1: arrays are indexed by id directly.
  let maxId = 0;
  for (let r = 0; r < ideas.n; r++) maxId = Math.max(maxId, ideas.a[r]);
  let maxPerson = 0;
  for (let r = 0; r < authors.n; r++) maxPerson = Math.max(maxPerson, authors.b[r]);
  if (maxId > 4 * ideas.n + 1024) throw new Error('the floor assumes dense idea ids');
  const size = maxId + 1;
  const rho = new Float64Array(size);
  for (let r = 0; r < ideas.n; r++) rho[ideas.a[r]] = ideas.b[r];

  const authorPerson = new Int32Array(authors.n);
  for (let r = 0; r < authors.n; r++) authorPerson[r] = authors.b[r];
  const byIdea = group(size, authors.a, authors.n); // authors of idea v: authorPerson[byIdea.order[k]]

  const e = edgeChild.n;
  const byChild = group(size, edgeChild.a, e); // parents of v: parents[byChild.order[k]]
  const parentOf = new Int32Array(e);
  const weightOf = new Float64Array(e);
  for (let k = 0; k < e; k++) {
    parentOf[k] = parents[byChild.order[k]];
    weightOf[k] = edgeChild.b[byChild.order[k]];
  }
  // each idea's parents by id (insertion sort: one to three parents), and its coefficients (1 − ρ)·w
  const coef = new Float64Array(e);
  for (let v = 0; v < size; v++) {
    const from = byChild.start[v];
    const to = byChild.start[v + 1];
    for (let k = from + 1; k < to; k++) {
      const p = parentOf[k];
      const w = weightOf[k];
      let j = k - 1;
      for (; j >= from && parentOf[j] > p; j--) {
        parentOf[j + 1] = parentOf[j];
        weightOf[j + 1] = weightOf[j];
      }
      parentOf[j + 1] = p;
      weightOf[j + 1] = w;
    }
    if (to - from === 1) coef[from] = 1 - rho[v];
    else if (to > from) {
      let total = 0;
      for (let k = from; k < to; k++) total += weightOf[k];
      for (let k = from; k < to; k++) coef[k] = (1 - rho[v]) * (weightOf[k] / total);
    }
  }
  const children = group(size, parentOf, e); // children of p: byChild-slot → child via childOfSlot
  const childOfSlot = new Int32Array(e);
  for (let v = 0; v < size; v++) for (let k = byChild.start[v]; k < byChild.start[v + 1]; k++) childOfSlot[k] = v;

  // Kahn's algorithm; each u_v is accumulated per person in a scratch array, then appended to one arena.
  const arena = new Pairs(); // (person, share)
  const runStart = new Int32Array(size);
  const runEnd = new Int32Array(size);
  const value = new Float64Array(maxPerson + 1);
  const stamp = new Int32Array(maxPerson + 1); // = v + 1 while computing v
  const touched = new Int32Array(maxPerson + 1);
  const missing = new Int32Array(size);
  const queue = new Int32Array(size);
  let tail = 0;
  for (let r = 0; r < ideas.n; r++) {
    const v = ideas.a[r];
    missing[v] = byChild.start[v + 1] - byChild.start[v];
    if (missing[v] === 0) queue[tail++] = v;
  }
  for (let head = 0; head < tail; head++) {
    const v = queue[head];
    let t = 0;
    const aFrom = byIdea.start[v];
    const k = byIdea.start[v + 1] - aFrom;
    const own = byChild.start[v] === byChild.start[v + 1] ? 1 : rho[v]; // a root keeps everything
    for (let j = aFrom; j < aFrom + k; j++) {
      const x = authorPerson[byIdea.order[j]];
      stamp[x] = v + 1;
      value[x] = own * (k === 1 ? 1 : 1 / k);
      touched[t++] = x;
    }
    for (let j = byChild.start[v]; j < byChild.start[v + 1]; j++) {
      const p = parentOf[j];
      const c = coef[j];
      for (let q = runStart[p]; q < runEnd[p]; q++) {
        const x = arena.a[q];
        if (stamp[x] === v + 1) value[x] += c * arena.b[q];
        else {
          stamp[x] = v + 1;
          value[x] = c * arena.b[q];
          touched[t++] = x;
        }
      }
    }
    runStart[v] = arena.n;
    for (let j = 0; j < t; j++) arena.push(touched[j], value[touched[j]]);
    runEnd[v] = arena.n;
    for (let j = children.start[v]; j < children.start[v + 1]; j++) {
      const child = childOfSlot[children.order[j]];
      if (--missing[child] === 0) queue[tail++] = child;
    }
  }
  if (tail !== ideas.n) throw new Error('the lineage has a cycle');
  const t2 = performance.now();

  // ---- compare: an idea is stale when a stored share differs from its computed one, or one is missing
  const stale = new Uint8Array(size);
  const seen = new Uint8Array(arena.n);
  await copyOut(client, 'SELECT idea_id, person_id, share FROM idea_upstream_credit', 3, (b, at) => {
    const v = id8(b, at);
    const x = id8(b, at + 12);
    const share = b.readDoubleBE(at + 24);
    let q = v < size ? runStart[v] : 0;
    const end = v < size ? runEnd[v] : 0;
    while (q < end && arena.a[q] !== x) q++;
    if (q < end && arena.b[q] === share) seen[q] = 1;
    else if (v < size) stale[v] = 1;
    else throw new Error(`credit stored for an unknown idea ${v}`);
  });
  const staleIds: number[] = [];
  for (let v = 0; v < size; v++) {
    for (let q = runStart[v]; q < runEnd[v] && !stale[v]; q++) if (!seen[q]) stale[v] = 1;
    if (stale[v]) staleIds.push(v);
  }
  const t3 = performance.now();

  // ---- write: delete the stale ideas' rows, then write their (idea, person, share) with COPY binary
  await client.query('DELETE FROM idea_upstream_credit WHERE idea_id = ANY($1::bigint[])', [staleIds]);
  let written = 0;
  const write8 = (b: Buffer, at: number, x: number) => {
    b.writeInt32BE(Math.floor(x / 0x1_0000_0000), at);
    b.writeUInt32BE(x % 0x1_0000_0000, at + 4);
  };
  function* chunks() {
    const CHUNK = 1 << 20;
    let b = Buffer.allocUnsafe(CHUNK);
    SIGNATURE.copy(b);
    b.writeInt32BE(0, SIGNATURE.length);
    b.writeInt32BE(0, SIGNATURE.length + 4);
    let at = HEADER;
    for (const v of staleIds) {
      for (let q = runStart[v]; q < runEnd[v]; q++) {
        if (at + 40 > CHUNK) {
          yield b.subarray(0, at);
          b = Buffer.allocUnsafe(CHUNK);
          at = 0;
        }
        b.writeInt16BE(3, at);
        b.writeInt32BE(8, at + 2);
        write8(b, at + 6, v);
        b.writeInt32BE(8, at + 14);
        write8(b, at + 18, arena.a[q]);
        b.writeInt32BE(8, at + 26);
        b.writeDoubleBE(arena.b[q], at + 30);
        at += 38;
        written++;
      }
    }
    b.writeInt16BE(-1, at);
    yield b.subarray(0, at + 2);
  }
  await pipeline(Readable.from(chunks(), { objectMode: false }), client.query(copyFrom('COPY idea_upstream_credit (idea_id, person_id, share) FROM STDIN (FORMAT binary)')));
  await client.query('COMMIT');
  const t4 = performance.now();
  await client.end();
  const s = (ms: number) => Math.round(ms) / 1000;
  const seconds = { read: s(t1 - t0), compute: s(t2 - t1), compare: s(t3 - t2), write: s(t4 - t3), total: s(t4 - t0) };
  console.log(JSON.stringify({ ideas: ideas.n, entries: arena.n, rewritten: staleIds.length, written, seconds }));
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[floor-recompute] ${(error as Error).stack ?? error}`);
    process.exit(1);
  },
);
