/*
 * COPY in PostgreSQL's binary format, for the full recompute, which moves millions of rows each way: no
 * per-row objects or strings on our side, no float parsing or printing on either side (shares travel as
 * their exact 8 bytes). Every value here is a bigint or a double precision: 8 bytes after a 4-byte length,
 * so every row has the same size. The statements themselves are the repository's (credit.repository.ts).
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { UpstreamColumns } from '@kindling/credit';

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER_BYTES = SIGNATURE.length + 8; // signature, flags, header extension length (0 when we write)

/** A bigint as a JS number; ids beyond 2^53 would lose digits, so they are refused. */
export function readId(b: Buffer, at: number): number {
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
 * Streams the rows of `copyStatement`, a COPY (…) TO STDOUT (FORMAT binary) whose columns are all bigint or
 * double precision and never NULL, out of PostgreSQL; `onRow(b, at)` finds column j's 8 bytes at b[at + 12·j].
 */
export async function copyOut(client: pg.ClientBase, copyStatement: string, columns: number, onRow: (b: Buffer, at: number) => void): Promise<void> {
  const rowBytes = 2 + 12 * columns;
  let pending: Buffer = Buffer.alloc(0);
  let start = -1; // where the rows begin, once the header is read
  for await (const chunk of client.query(copyTo(copyStatement)) as AsyncIterable<Buffer>) {
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
export class Column {
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

/**
 * Appends the u_v of `ideaIds` (ascending; ideas of `u`) as (idea, person, share) rows with `copyStatement`
 * (a COPY … FROM STDIN (FORMAT binary) of those three columns), ideas in id order and each idea's people in
 * id order; returns the number of rows written.
 */
export async function copyUpstreamIn(client: pg.ClientBase, copyStatement: string, u: UpstreamColumns, ideaIds: readonly number[]): Promise<number> {
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
  await pipeline(Readable.from(chunks(), { objectMode: false }), client.query(copyFrom(copyStatement)));
  return rows;
}
