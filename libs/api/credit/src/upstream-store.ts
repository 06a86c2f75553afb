import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { type LineageColumns, type UpstreamColumns, UpstreamDrift } from '@kindling/credit';
import type { Queryable } from '@kindling/api/core';

const BATCH = 20_000;

/** Inserts u_v rows with array parameters, a batch per statement (incremental updates). */
export async function writeUpstreamRows(m: Queryable, rows: ReadonlyArray<readonly [string, ReadonlyMap<string, number>]>): Promise<void> {
  let ideaIds: string[] = [];
  let personIds: string[] = [];
  let shares: number[] = [];
  const flush = async () => {
    if (ideaIds.length === 0) return;
    await m.query(
      `INSERT INTO idea_upstream_credit (idea_id, person_id, share) SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::float8[])`,
      [ideaIds, personIds, shares],
    );
    ideaIds = [];
    personIds = [];
    shares = [];
  };
  for (const [ideaId, credit] of rows) {
    for (const [personId, share] of credit) {
      ideaIds.push(ideaId);
      personIds.push(personId);
      shares.push(share);
    }
    if (ideaIds.length >= BATCH) await flush();
  }
  await flush();
}

/*
 * The full recompute moves millions of rows each way, so it uses COPY in PostgreSQL's binary format:
 * no per-row objects or strings on our side, no float parsing or printing on either side (shares travel
 * as their exact 8 bytes). Every value here is a bigint or a double precision: 8 bytes after a 4-byte
 * length, so every row has the same size.
 */
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER_BYTES = SIGNATURE.length + 8; // signature, flags, header extension length (0 when we write)

/** A bigint as a JS number; ids beyond 2^53 would lose digits, so they are refused. */
function readId(b: Buffer, at: number): number {
  const high = b.readInt32BE(at);
  if (high >= 0x200000 || high < -0x200000) throw new Error(`id ${b.readBigInt64BE(at)} is too large for the full recompute (|id| < 2^53)`);
  return high * 0x1_0000_0000 + b.readUInt32BE(at + 4);
}

function writeId(b: Buffer, at: number, id: number): void {
  const high = Math.floor(id / 0x1_0000_0000);
  b.writeInt32BE(high, at);
  b.writeUInt32BE(id - high * 0x1_0000_0000, at + 4);
}

/**
 * Streams the rows of `query` (all columns bigint or double precision, never NULL) out of PostgreSQL with
 * COPY … TO STDOUT (FORMAT binary); `onRow(b, at)` finds column j's 8 bytes at b[at + 12·j].
 */
async function copyOut(client: pg.ClientBase, query: string, columns: number, onRow: (b: Buffer, at: number) => void): Promise<void> {
  const rowBytes = 2 + 12 * columns;
  let pending: Buffer = Buffer.alloc(0);
  let start = -1; // where the rows begin, once the header is read
  for await (const chunk of client.query(copyTo(`COPY (${query}) TO STDOUT (FORMAT binary)`)) as AsyncIterable<Buffer>) {
    const b: Buffer = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
    let at = 0;
    if (start < 0) {
      if (b.length < HEADER_BYTES || b.length < HEADER_BYTES + b.readUInt32BE(HEADER_BYTES - 4)) {
        pending = b;
        continue;
      }
      if (!b.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('COPY: not PostgreSQL binary format');
      at = start = HEADER_BYTES + b.readUInt32BE(HEADER_BYTES - 4);
    }
    // each row starts with its number of columns; -1 is the trailer
    while (b.length - at >= 2) {
      const fields = b.readInt16BE(at);
      if (fields === -1) {
        at = b.length;
        break;
      }
      if (b.length - at < rowBytes) break; // the rest of the row comes with the next chunk
      if (fields !== columns) throw new Error(`COPY: expected ${columns} columns, got ${fields}`);
      for (let j = 0; j < columns; j++) if (b.readInt32BE(at + 2 + 12 * j) !== 8) throw new Error('COPY: expected 8-byte values, no NULLs');
      onRow(b, at + 6);
      at += rowBytes;
    }
    pending = b.subarray(at);
  }
}

/** A growing column of doubles. */
class Column {
  private data = new Float64Array(1 << 16);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  values(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

/** What the full recompute needs of the graph, as columns: ideas (id, ρ), accepted authors, edges. */
export async function readLineage(client: pg.ClientBase): Promise<LineageColumns> {
  const [ideaId, retention] = [new Column(), new Column()];
  await copyOut(client, `SELECT id, retention FROM ideas`, 2, (b, at) => {
    ideaId.push(readId(b, at));
    retention.push(b.readDoubleBE(at + 12));
  });
  const [authorIdea, authorPerson] = [new Column(), new Column()];
  await copyOut(client, `SELECT idea_id, person_id FROM idea_authors WHERE state = 'ACCEPTED'`, 2, (b, at) => {
    authorIdea.push(readId(b, at));
    authorPerson.push(readId(b, at + 12));
  });
  const [edgeChild, edgeParent, edgeWeight] = [new Column(), new Column(), new Column()];
  await copyOut(client, `SELECT child_id, parent_id, weight FROM idea_edges`, 3, (b, at) => {
    edgeChild.push(readId(b, at));
    edgeParent.push(readId(b, at + 12));
    edgeWeight.push(b.readDoubleBE(at + 24));
  });
  return {
    ideaId: ideaId.values(),
    retention: retention.values(),
    authorIdea: authorIdea.values(),
    authorPerson: authorPerson.values(),
    // co-authors share an idea equally (CREDIT.md's default a_v)
    authorWeight: new Float64Array(authorIdea.length).fill(1),
    edgeChild: edgeChild.values(),
    edgeParent: edgeParent.values(),
    edgeWeight: edgeWeight.values(),
  };
}

/** Ideas whose stored u_v differs from `expected` by more than `tolerance` for some person (ascending ids); streams every stored row. */
export async function storedDrift(client: pg.ClientBase, expected: UpstreamColumns, tolerance: number): Promise<number[]> {
  const drift = new UpstreamDrift(expected, tolerance);
  await copyOut(client, `SELECT idea_id, person_id, share FROM idea_upstream_credit`, 3, (b, at) => drift.row(readId(b, at), readId(b, at + 12), b.readDoubleBE(at + 24)));
  return drift.drifting();
}

/**
 * Appends the u_v of `ideaIds` (ascending; ideas of `u`) with COPY … FROM STDIN (FORMAT binary), ideas in
 * id order and each idea's people in id order; returns the number of rows written.
 */
export async function copyUpstream(client: pg.ClientBase, u: UpstreamColumns, ideaIds: readonly number[]): Promise<number> {
  const ROW = 2 + 3 * 12;
  const CHUNK = 1 << 20;
  let rows = 0;
  function* chunks() {
    let b = Buffer.allocUnsafe(CHUNK);
    SIGNATURE.copy(b, 0);
    b.writeInt32BE(0, SIGNATURE.length); // flags
    b.writeInt32BE(0, SIGNATURE.length + 4); // no header extension
    let at = HEADER_BYTES;
    let i = 0; // both lists are ascending: walk them together
    for (const id of ideaIds) {
      while (u.ideaId[i] < id) i++;
      if (u.ideaId[i] !== id) throw new Error(`idea ${id} is not among the computed ideas`);
      for (let k = u.runStart[i]; k < u.runEnd[i]; k++) {
        if (at + ROW > CHUNK) {
          yield b.subarray(0, at);
          b = Buffer.allocUnsafe(CHUNK);
          at = 0;
        }
        b.writeInt16BE(3, at);
        b.writeInt32BE(8, at + 2);
        writeId(b, at + 6, id);
        b.writeInt32BE(8, at + 14);
        writeId(b, at + 18, u.personId[u.personRank[k]]);
        b.writeInt32BE(8, at + 26);
        b.writeDoubleBE(u.share[k], at + 30);
        at += ROW;
        rows++;
      }
    }
    if (at + 2 > CHUNK) {
      yield b.subarray(0, at);
      b = Buffer.allocUnsafe(2);
      at = 0;
    }
    b.writeInt16BE(-1, at); // trailer
    yield b.subarray(0, at + 2);
  }
  await pipeline(Readable.from(chunks(), { objectMode: false }), client.query(copyFrom(`COPY idea_upstream_credit (idea_id, person_id, share) FROM STDIN (FORMAT binary)`)));
  return rows;
}
