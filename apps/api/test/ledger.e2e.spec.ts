import { aStaff } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';
import { BUILD_ON, LINK_PARENT, POST_IDEA } from './operations';

const VERIFY = `{ verifyLedger { intact checkedEntries firstBrokenSeq problem } }`;

describe('the credit ledger', () => {
  let t: TestApp;
  let me: Awaited<ReturnType<TestApp['signedIn']>>[number];

  beforeAll(async () => {
    t = await startTestApp();
    [me] = await t.signedIn((await aStaff(t.db, 1)).personIds);
    const post = async (title: string) => (await me.ok(POST_IDEA, { input: { title, body: `${title}.` } })).postIdea.idea.id as string;
    const [a, b] = [await post('A'), await post('B')];
    const c = (await me.ok(BUILD_ON, { input: { parentIds: [a], title: 'C', body: 'c' } })).buildOn.idea.id;
    await me.ok(LINK_PARENT, { input: { ideaId: c, parentId: b } });
    await post('D');
  });
  afterAll(() => t.close());

  it('chains every credit event in the ledger, and verify finds an edited or deleted row', async () => {
    const { verifyLedger } = await me.ok(VERIFY);
    expect(verifyLedger).toEqual({ intact: true, checkedEntries: expect.any(Number), firstBrokenSeq: null, problem: null });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM ledger_entries`);
    expect(verifyLedger.checkedEntries).toBe(n);
    const types = (await t.db.query(`SELECT DISTINCT event_type FROM ledger_entries ORDER BY 1`)).map((r: { event_type: string }) => r.event_type);
    expect(types).toEqual(['BUILT_ON', 'IDEA_POSTED', 'PARENT_LINKED']);

    const [{ payload }] = await t.db.query(`SELECT payload FROM ledger_entries WHERE seq = 3`);
    await t.db.query(`UPDATE ledger_entries SET payload = jsonb_set(payload, '{authorId}', '"999"') WHERE seq = 3`);
    expect((await me.ok(VERIFY)).verifyLedger).toMatchObject({ intact: false, firstBrokenSeq: 3, problem: expect.stringMatching(/altered/) });
    await t.db.query(`UPDATE ledger_entries SET payload = $1 WHERE seq = 3`, [payload]);
    expect((await me.ok(VERIFY)).verifyLedger.intact).toBe(true);
  });

  it('detects a deleted ledger row', async () => {
    await t.db.query(`DELETE FROM ledger_entries WHERE seq = 4`);
    expect((await me.ok(VERIFY)).verifyLedger).toMatchObject({ intact: false, firstBrokenSeq: 4, problem: expect.stringMatching(/missing/) });
  });
});
