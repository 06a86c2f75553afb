import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AnchorFile } from './ledger-anchors';

describe('the anchors file', () => {
  let dir: string;
  let file: AnchorFile;
  const hash = (c: string) => c.repeat(64);
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'anchors-'));
    file = new AnchorFile(path.join(dir, 'sub', 'ledger-anchors.jsonl'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back every anchored entry and the last one, and is empty before the first anchoring', async () => {
    expect(await file.read()).toBeNull();
    expect(await file.lastSeq()).toBe(0);
    const anchoredAt = new Date('2026-12-01T10:00:00Z');
    await file.record({ anchoredAt, head: { seq: 2, hash: hash('b') }, entries: [{ seq: 1, hash: hash('a') }, { seq: 2, hash: hash('b') }] });
    await file.record({ anchoredAt, head: { seq: 3, hash: hash('c') }, entries: [{ seq: 3, hash: hash('c') }] });
    const read = await file.read();
    expect([...read!.hashes.values()].map((a) => [a.seq, a.hash])).toEqual([[1, hash('a')], [2, hash('b')], [3, hash('c')]]);
    expect(read).toMatchObject({ lastSeq: 3, problems: [] });
    expect(await file.lastSeq()).toBe(3);
  });

  it('ignores a last line cut short by a crash, and reports an edited line or a second hash for one entry', async () => {
    const anchoredAt = new Date();
    await file.record({ anchoredAt, head: { seq: 1, hash: hash('a') }, entries: [{ seq: 1, hash: hash('a') }] });
    appendFileSync(file.file, '{"seq":2,"hash":"');
    expect(await file.read()).toMatchObject({ lastSeq: 1, problems: [] });
    expect(await file.lastSeq()).toBe(1);
    appendFileSync(file.file, `\nnot an anchor\n${JSON.stringify({ seq: 1, hash: hash('f'), anchoredAt: anchoredAt.toISOString() })}\n`);
    expect((await file.read())!.problems).toEqual([
      'line 2 of the anchors file is not an anchor',
      'line 3 of the anchors file is not an anchor',
      `entry 1 was anchored twice with different hashes (lines of ${anchoredAt.toISOString()} and ${anchoredAt.toISOString()})`,
    ]);
  });
});
