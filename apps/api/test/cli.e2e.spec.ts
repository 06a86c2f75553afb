import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { aStaff } from '@kindling/api/testing';
import { REPO_ROOT } from '../src/config';
import { startTestApp, type TestApp } from './test-app';
import { BUILD_ON, POST_IDEA } from './operations';

const run = promisify(execFile);

/** Runs an npm script's command as a person would, against the test database. */
async function cli(script: string, databaseUrl: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(REPO_ROOT, 'scripts/run.mjs'), `apps/api/src/cli/${script}.ts`], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl },
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

  beforeAll(async () => {
    t = await startTestApp();
    url = t.databaseUrl;
    const [me] = await t.signedIn((await aStaff(t.db, 1)).personIds);
    const a = (await me.ok(POST_IDEA, { input: { title: 'A', body: 'a' } })).postIdea.idea.id;
    await me.ok(BUILD_ON, { input: { parentIds: [a], title: 'B', body: 'b' } });
  });
  afterAll(() => t.close());

  it('credit:recompute rebuilds the stored credit to the same values', async () => {
    const before = await t.db.query(`SELECT idea_id, person_id, share FROM idea_upstream_credit ORDER BY 1, 2`);
    await t.db.query(`DELETE FROM idea_upstream_credit`);
    const result = await cli('credit-recompute', url);
    expect(result).toMatchObject({ code: 0, output: expect.stringMatching(/recomputed upstream credit of 2 ideas \(2 shares\)/) });
    expect(await t.db.query(`SELECT idea_id, person_id, share FROM idea_upstream_credit ORDER BY 1, 2`)).toEqual(before);
  });

  it('ledger:verify exits 0 on an intact ledger and 2 naming the first broken entry', async () => {
    expect(await cli('ledger-verify', url)).toMatchObject({ code: 0, output: expect.stringMatching(/ledger intact: 2 entries verified/) });
    await t.db.query(`UPDATE ledger_entries SET event_type = 'IDEA_POSTED' WHERE seq = 2`);
    expect(await cli('ledger-verify', url)).toMatchObject({ code: 2, output: expect.stringMatching(/ledger BROKEN at entry 2: entry 2 was altered/) });
  });
});
