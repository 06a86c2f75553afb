import { open, readFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** An entry's (sequence, hash) as anchored outside the database. */
export interface AnchoredHash {
  seq: number;
  hash: string;
}

/** One anchoring: every entry appended since the previous one, the chain head last. */
export interface LedgerAnchor {
  anchoredAt: Date;
  head: AnchoredHash;
  entries: AnchoredHash[];
}

/**
 * Somewhere outside the database that keeps what was anchored: the append-only file and the server log
 * today, a webhook (another organisation's copy) later. A sink only ever adds.
 */
export interface AnchorSink {
  record(anchor: LedgerAnchor): Promise<void>;
}

/** How the ledger is anchored; provided by the app (periodic, on shutdown) and the CLI (read only). */
export interface LedgerSettings {
  /** The append-only anchors file (JSON Lines), e.g. `.data/ledger-anchors.jsonl`. */
  anchorsFile: string;
  /** Whether this process anchors (the server) or only reads the anchors (the CLI, the schema printer). */
  anchoring: boolean;
  /** Minutes between periodic anchorings (only when the head moved); 0: only at start (once listening) and on shutdown. */
  anchorEveryMinutes: number;
}

export const LEDGER_SETTINGS = Symbol('LEDGER_SETTINGS');

/** What the anchors file holds, read back: seq → the first hash anchored for it. */
export interface ReadAnchors {
  hashes: Map<number, AnchoredHash & { anchoredAt: string }>;
  /** The highest sequence anchored: the chain head at the last anchoring. */
  lastSeq: number;
  /** Lines that are not anchors (an edited file): each is a verification failure. */
  problems: string[];
}

/**
 * The anchors file: one JSON line per anchored entry, `{"seq":12,"hash":"…","anchoredAt":"…"}`, opened in
 * append mode and synced after each anchoring. About 110 bytes per ledger entry.
 */
const TAIL_BYTES = 4096;

export class AnchorFile implements AnchorSink {
  constructor(readonly file: string) {}

  async record(anchor: LedgerAnchor): Promise<void> {
    if (anchor.entries.length === 0) return;
    const at = anchor.anchoredAt.toISOString();
    const lines = anchor.entries.map((e) => `${JSON.stringify({ seq: e.seq, hash: e.hash, anchoredAt: at })}\n`).join('');
    mkdirSync(path.dirname(this.file), { recursive: true });
    const handle = await open(this.file, 'a', 0o600);
    try {
      await handle.appendFile(lines);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** The highest sequence anchored so far (0 without a file), from the file's last line: another process may anchor into it too. */
  async lastSeq(): Promise<number> {
    let handle;
    try {
      handle = await open(this.file, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw error;
    }
    try {
      const { size } = await handle.stat();
      const length = Math.min(size, TAIL_BYTES);
      const { buffer } = await handle.read(Buffer.alloc(length), 0, length, size - length);
      const complete = buffer.toString('utf8').split('\n').slice(0, -1); // the part after the last newline is cut short
      for (const line of complete.reverse()) {
        const anchor = parseAnchor(line);
        if (anchor) return anchor.seq;
      }
      return 0;
    } finally {
      await handle.close();
    }
  }

  /** Null when there is no anchors file yet. */
  async read(): Promise<ReadAnchors | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const anchors: ReadAnchors = { hashes: new Map(), lastSeq: 0, problems: [] };
    const lines = text.split('\n');
    // a last line without its newline was cut short by a crash while anchoring: it anchors nothing
    if (lines.at(-1) !== '') lines.pop();
    lines.forEach((line, i) => {
      if (line === '') return;
      const anchor = parseAnchor(line);
      if (!anchor) return void anchors.problems.push(`line ${i + 1} of the anchors file is not an anchor`);
      const earlier = anchors.hashes.get(anchor.seq);
      if (earlier && earlier.hash !== anchor.hash) anchors.problems.push(`entry ${anchor.seq} was anchored twice with different hashes (lines of ${earlier.anchoredAt} and ${anchor.anchoredAt})`);
      if (!earlier) anchors.hashes.set(anchor.seq, anchor);
      anchors.lastSeq = Math.max(anchors.lastSeq, anchor.seq);
    });
    return anchors;
  }
}

function parseAnchor(line: string): (AnchoredHash & { anchoredAt: string }) | null {
  try {
    const { seq, hash, anchoredAt } = JSON.parse(line);
    if (Number.isSafeInteger(seq) && seq > 0 && typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash) && typeof anchoredAt === 'string') return { seq, hash, anchoredAt };
  } catch {
    // not JSON
  }
  return null;
}

/** One line per anchoring in the server log: the head, so a copy of the log can vouch for it too. */
export class AnchorLog implements AnchorSink {
  async record(anchor: LedgerAnchor): Promise<void> {
    console.log(`[kindling] ledger anchored: head entry ${anchor.head.seq} ${anchor.head.hash} (${anchor.entries.length} new ${anchor.entries.length === 1 ? 'entry' : 'entries'}).`);
  }
}
