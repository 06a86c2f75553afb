import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { LedgerAnchorer } from '@kindling/api/ledger';
import { aStaff } from '@kindling/api/testing';
import { createApp } from '../src/app';
import { REPO_ROOT, loadConfig } from '../src/config';
import { startTestApp, type TestApp } from './test-app';
import { BUILD_ON, POST_IDEA } from './operations';

const run = promisify(execFile);

/** Runs an npm script's command as a person would, against the test database (and the test app's data directory). */
async function cli(script: string, databaseUrl: string, dataDir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(REPO_ROOT, 'scripts/run.mjs'), `apps/api/src/cli/${script}.ts`], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl, KINDLING_DATA_DIR: dataDir },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe('command-line tools', () => {
  let t: TestApp;
  let url: string;
  let me: Awaited<ReturnType<TestApp['signedIn']>>[number];

  beforeAll(async () => {
    t = await startTestApp();
    url = t.databaseUrl;
    [me] = await t.signedIn((await aStaff(t.db, 1)).personIds);
    const a = (await me.ok(POST_IDEA, { input: { title: 'A', body: 'a' } })).postIdea.idea.id;
    await me.ok(BUILD_ON, { input: { parentIds: [a], title: 'B', body: 'b' } });
  });
  afterAll(() => t.close());

  it('credit:recompute rebuilds the stored credit to the same values', async () => {
    const before = await t.db.query(`SELECT idea_id, person_id, share FROM idea_upstream_credit ORDER BY 1, 2`);
    await t.db.query(`DELETE FROM idea_upstream_credit`);
    const result = await cli('credit-recompute', url, t.dataDir);
    expect(result).toMatchObject({ code: 0, output: expect.stringMatching(/recomputed upstream credit of 2 ideas \(2 shares\)/) });
    expect(await t.db.query(`SELECT idea_id, person_id, share FROM idea_upstream_credit ORDER BY 1, 2`)).toEqual(before);
  });

  it('ledger:verify exits 0 with a one-line summary on an intact ledger and 2 naming the first broken entry', async () => {
    expect(await cli('ledger-verify', url, t.dataDir)).toEqual({
      code: 0,
      output: '[kindling] ledger intact: 2 entries verified, the live tables match the ledger, no anchors yet (the server writes them to its data directory).\n',
    });
    await t.db.query(`UPDATE ledger_entries SET event_type = 'IDEA_POSTED' WHERE seq = 2`);
    expect(await cli('ledger-verify', url, t.dataDir)).toMatchObject({ code: 2, output: expect.stringMatching(/ledger BROKEN at entry 2: entry 2 was altered/) });
    await t.db.query(`UPDATE ledger_entries SET event_type = 'BUILT_ON' WHERE seq = 2`);
  });

  it('the server anchors the ledger head on shutdown, and ledger:verify finds the chain cut below it', async () => {
    // a second server on the same database, anchoring into the test app's data directory
    const server = await createApp(loadConfig({ DATABASE_URL: url, KINDLING_DATA_DIR: t.dataDir, KINDLING_WEB_DIR: '/nonexistent' }), url);
    await server.get(LedgerAnchorer).start(); // as main.ts does once the server listens
    await me.ok(POST_IDEA, { input: { title: 'C', body: 'c' } });
    await server.close();
    const anchors = readFileSync(path.join(t.dataDir, 'ledger-anchors.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    const ledger = await t.db.query(`SELECT seq::int AS seq, hash FROM ledger_entries ORDER BY seq`);
    expect(anchors.map(({ seq, hash }) => ({ seq, hash }))).toEqual(ledger);
    expect(ledger).toHaveLength(3);
    expect(await cli('ledger-verify', url, t.dataDir)).toMatchObject({ code: 0, output: expect.stringMatching(/ledger intact: 3 entries verified, the live tables match the ledger, 3 entries match their anchors \(anchored up to entry 3 in /) });

    await t.db.query(`DELETE FROM ledger_entries WHERE seq = 3`);
    const result = await cli('ledger-verify', url, t.dataDir);
    expect(result.code).toBe(2);
    expect(result.output).toMatch(/^\[kindling\] ledger BROKEN at entry 3: entry 3 is anchored but missing from the ledger: the chain was cut after entry 2 \(anchored up to entry 3\)/);
    expect(result.output).toMatch(/also: idea \d+ is in the live tables but not in the ledger/);
  });
});
