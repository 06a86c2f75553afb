import { CreditService } from '@kindling/api/credit';
import { toGlobalId } from '@kindling/api/core';
import { LedgerService } from '@kindling/api/ledger';
import { type GraphQLClient, aDepartment, aPerson, errorCodes, errorReasons } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';
import { BUILD_ON, POST_IDEA } from './operations';

const INVITE = `mutation($ideaId: ID!, $personId: ID!, $split: [AuthorShareInput!]) {
  inviteCoAuthor(input: { ideaId: $ideaId, personId: $personId, split: $split }) { idea { id } } }`;
const ACCEPT = `mutation($ideaId: ID!) { acceptCoAuthorship(input: { ideaId: $ideaId }) { idea { authors { id } } } }`;
const DECLINE = `mutation($ideaId: ID!) { declineCoAuthorship(input: { ideaId: $ideaId }) { idea { id } } }`;
const PROPOSE = `mutation($ideaId: ID!, $split: [AuthorShareInput!]!) { proposeAuthorSplit(input: { ideaId: $ideaId, split: $split }) { idea { id } } }`;
const RESPOND = `mutation($ideaId: ID!, $accept: Boolean!) { respondToAuthorSplit(input: { ideaId: $ideaId, accept: $accept }) { idea { id } } }`;
const LEAVE = `mutation($ideaId: ID!, $give: ShareRecipient) { leaveIdea(input: { ideaId: $ideaId, giveShareTo: $give }) { idea { authors { id } } } }`;
const PREVIEW = `query($ideaId: ID!, $personId: ID, $split: [AuthorShareInput!]) { coAuthorPreview(ideaId: $ideaId, personId: $personId, split: $split) {
  split { ppm person { id } } shares { ppm currentPpm person { id } } } }`;
const IDEA = `query($id: ID!) { node(id: $id) { ... on Idea {
  authors { id }
  authorSplit { ppm left person { id } }
  coAuthorInvitations { person { id } split { ppm person { id } } }
  authorSplitProposal { proposedBy { id } split { ppm person { id } } consentedBy { id } waitingFor { id } viewerMustAnswer }
  credit { shares { ppm person { id } } } } } }`;
const VERIFY = `{ verifyLedger { intact problems } }`;

const KEYS = ['ann', 'ben', 'cat', 'dan'] as const;
type Key = (typeof KEYS)[number];

describe('co-authorship with consent and a split', () => {
  let t: TestApp;
  const as = {} as Record<Key, GraphQLClient>;
  const id = {} as Record<Key, string>;
  const gid = (k: Key) => toGlobalId('Person', id[k]);
  const keyOf = (globalId: string) => KEYS.find((k) => gid(k) === globalId) ?? globalId;
  /** A split as the API takes it, from ppm by person key. */
  const split = (shares: Partial<Record<Key, number>>) => Object.entries(shares).map(([k, ppm]) => ({ personId: gid(k as Key), ppm }));
  const byKey = (list: Array<{ ppm: number; person: { id: string } }>) => Object.fromEntries(list.map((s) => [keyOf(s.person.id), s.ppm]));
  const idea = async (ideaId: string, who: Key = 'ann') => (await as[who].ok(IDEA, { id: ideaId })).node;
  const creditOf = async (ideaId: string) => byKey((await idea(ideaId)).credit.shares);

  /** The ledger verifies, stored u equals a full recompute, and credit replayed from the ledger alone equals live credit. */
  async function expectConsistent(ideaIds: string[]) {
    expect(await as.ann.ok(VERIFY)).toEqual({ verifyLedger: { intact: true, problems: [] } });
    expect(await t.app.get(CreditService).findUpstreamDrift()).toEqual([]);
    const replayed = t.app.get(CreditService).creditFrom((await t.app.get(LedgerService).replay()).ideas.values());
    for (const ideaId of ideaIds) {
      const local = Buffer.from(ideaId, 'base64url').toString().split(':')[1];
      const live = (await as.ann.ok(`query($id: ID!) { node(id: $id) { ... on Idea { credit { shares { share person { id } } } } } }`, { id: ideaId })).node.credit.shares;
      const fromLedger = Object.fromEntries([...replayed.get(local)!].map(([person, share]) => [toGlobalId('Person', person), share]));
      expect(fromLedger).toEqual(Object.fromEntries(live.map((s: { share: number; person: { id: string } }) => [s.person.id, s.share])));
    }
  }

  let parent: string;
  let y: string;
  let z: string;

  beforeAll(async () => {
    t = await startTestApp();
    const department = await aDepartment(t.db);
    for (const k of KEYS) id[k] = await aPerson(t.db, department);
    const clients = await t.signedIn(KEYS.map((k) => id[k]));
    KEYS.forEach((k, i) => (as[k] = clients[i]));
    // Ben posts X; Ann builds Y on it (keeps 60 %, 40 % flows to X); Ann posts the root Z
    parent = (await as.ben.ok(POST_IDEA, { input: { title: 'Winter jackets', body: 'x' } })).postIdea.idea.id;
    y = (await as.ann.ok(BUILD_ON, { input: { parentIds: [parent], title: 'Jackets for drivers', body: 'y' } })).buildOn.idea.id;
    z = (await as.ann.ok(POST_IDEA, { input: { title: 'Night shuttle', body: 'z' } })).postIdea.idea.id;
  }, 120_000);

  afterAll(() => t?.close());

  it('previews what a split does to everyone’s credit, computed by the engine, before anything is sent', async () => {
    expect(await creditOf(y)).toEqual({ ann: 600_000, ben: 400_000 });
    // the default: an equal split; Ben also holds 40 % through X, so he would pass Ann
    const equal = (await as.ann.ok(PREVIEW, { ideaId: y, personId: gid('ben') })).coAuthorPreview;
    expect(byKey(equal.split)).toEqual({ ann: 500_000, ben: 500_000 });
    expect(equal.shares.map((s: { ppm: number; currentPpm: number; person: { id: string } }) => [keyOf(s.person.id), s.currentPpm, s.ppm])).toEqual([
      ['ben', 400_000, 700_000],
      ['ann', 600_000, 300_000],
    ]);
    // 80/20: u_Y = 0.6 · a + 0.4 · u_X
    const chosen = (await as.ann.ok(PREVIEW, { ideaId: y, personId: gid('ben'), split: split({ ann: 800_000, ben: 200_000 }) })).coAuthorPreview;
    expect(byKey(chosen.shares)).toEqual({ ann: 480_000, ben: 520_000 });
    expect(await creditOf(y)).toEqual({ ann: 600_000, ben: 400_000 });
  });

  it('refuses a split that does not fit, with its own reasons, and changes nothing', async () => {
    const bad: Array<[Partial<Record<Key, number>> | Array<{ personId: string; ppm: number }>, string]> = [
      [{ ann: 1_000_000 }, 'SPLIT_AUTHORS'],
      [{ ann: 500_000, ben: 300_000, cat: 200_000 }, 'SPLIT_AUTHORS'],
      [[...split({ ann: 500_000, ben: 250_000 }), ...split({ ben: 250_000 })], 'SPLIT_AUTHORS'],
      [{ ann: 1_000_000, ben: 0 }, 'SPLIT_SHARE_NOT_POSITIVE'],
      [{ ann: 1_200_000, ben: -200_000 }, 'SPLIT_SHARE_NOT_POSITIVE'],
      [{ ann: 800_000, ben: 199_999 }, 'SPLIT_SUM'],
    ];
    for (const [shares, reason] of bad) {
      const sent = Array.isArray(shares) ? shares : split(shares);
      const refused = await as.ann.request(INVITE, { ideaId: y, personId: gid('ben'), split: sent });
      expect({ reason: errorReasons(refused), code: errorCodes(refused) }).toEqual({ reason: [reason], code: ['BAD_USER_INPUT'] });
      const preview = await as.ann.request(PREVIEW, { ideaId: y, personId: gid('ben'), split: sent });
      expect(errorReasons(preview)).toEqual([reason]);
    }
    expect(await idea(y)).toMatchObject({ coAuthorInvitations: [], authors: [{ id: toGlobalId('Person', id.ann) }] });
    expect(await creditOf(y)).toEqual({ ann: 600_000, ben: 400_000 });
    // only an author invites
    expect(errorReasons(await as.cat.request(INVITE, { ideaId: y, personId: gid('dan') }))).toEqual(['NOT_AN_AUTHOR']);
  });

  it('shows the invitee their share before they accept; declining changes nothing; accepting applies the split, ledgered', async () => {
    await as.ann.ok(INVITE, { ideaId: y, personId: gid('ben'), split: split({ ann: 800_000, ben: 200_000 }) });
    const seen = await idea(y, 'ben');
    expect(seen.coAuthorInvitations.map((i: { split: Array<{ ppm: number; person: { id: string } }> }) => byKey(i.split))).toEqual([{ ann: 800_000, ben: 200_000 }]);
    expect((await idea(y, 'cat')).coAuthorInvitations).toEqual([]);
    // the invitee's preview without a split is their invitation's
    expect(byKey((await as.ben.ok(PREVIEW, { ideaId: y, personId: gid('ben') })).coAuthorPreview.shares)).toEqual({ ann: 480_000, ben: 520_000 });

    await as.ben.ok(DECLINE, { ideaId: y });
    expect(await creditOf(y)).toEqual({ ann: 600_000, ben: 400_000 });
    expect(byKey((await idea(y)).authorSplit)).toEqual({ ann: 1_000_000 });

    await as.ann.ok(INVITE, { ideaId: y, personId: gid('ben'), split: split({ ann: 800_000, ben: 200_000 }) });
    await as.ben.ok(ACCEPT, { ideaId: y });
    const after = await idea(y);
    expect(after.authors.map((a: { id: string }) => keyOf(a.id))).toEqual(['ann', 'ben']);
    expect(byKey(after.authorSplit)).toEqual({ ann: 800_000, ben: 200_000 });
    expect(await creditOf(y)).toEqual({ ann: 480_000, ben: 520_000 });
    await expectConsistent([parent, y]);
  });

  it('lets an inviter give from their own share, but not lower another author beyond making room', async () => {
    await as.ann.ok(INVITE, { ideaId: z, personId: gid('ben') });
    await as.ben.ok(ACCEPT, { ideaId: z });
    expect(byKey((await idea(z)).authorSplit)).toEqual({ ann: 500_000, ben: 500_000 });
    // Ben at 50 % may go down to 50 % × (1 − 40 %) = 30 % when Cat gets 40 %, not below
    const lowered = await as.ann.request(INVITE, { ideaId: z, personId: gid('cat'), split: split({ ann: 400_000, ben: 200_000, cat: 400_000 }) });
    expect(errorReasons(lowered)).toEqual(['SPLIT_LOWERS_OTHER_AUTHOR']);
    await as.ann.ok(INVITE, { ideaId: z, personId: gid('cat'), split: split({ ann: 300_000, ben: 300_000, cat: 400_000 }) });
    await as.cat.ok(ACCEPT, { ideaId: z });
    expect(await creditOf(z)).toEqual({ ann: 300_000, ben: 300_000, cat: 400_000 });
    await expectConsistent([z]);
  });

  it('changes the split only when every author consented; a refusal or withdrawal leaves it', async () => {
    const proposed = split({ ann: 500_000, ben: 300_000, cat: 200_000 });
    expect(errorReasons(await as.ann.request(PROPOSE, { ideaId: z, split: split({ ann: 300_000, ben: 300_000, cat: 400_000 }) }))).toEqual(['SPLIT_UNCHANGED']);
    expect(errorReasons(await as.ann.request(PROPOSE, { ideaId: z, split: split({ ann: 500_000, ben: 300_000 }) }))).toEqual(['SPLIT_AUTHORS']);
    expect(errorReasons(await as.dan.request(PROPOSE, { ideaId: z, split: proposed }))).toEqual(['NOT_AN_AUTHOR']);
    await as.ann.ok(PROPOSE, { ideaId: z, split: proposed });
    const second = await as.ben.request(PROPOSE, { ideaId: z, split: split({ ann: 400_000, ben: 400_000, cat: 200_000 }) });
    expect({ reason: errorReasons(second), code: errorCodes(second) }).toEqual({ reason: ['SPLIT_PROPOSAL_PENDING'], code: ['CONFLICT'] });

    const pending = (await idea(z, 'ben')).authorSplitProposal;
    expect({ by: keyOf(pending.proposedBy.id), split: byKey(pending.split), waiting: pending.waitingFor.map((p: { id: string }) => keyOf(p.id)), mine: pending.viewerMustAnswer }).toEqual({
      by: 'ann',
      split: { ann: 500_000, ben: 300_000, cat: 200_000 },
      waiting: ['ben', 'cat'],
      mine: true,
    });
    expect((await idea(z, 'dan')).authorSplitProposal).toBeNull();
    expect(errorReasons(await as.ann.request(RESPOND, { ideaId: z, accept: true }))).toEqual(['SPLIT_ALREADY_ANSWERED']);
    await as.ben.ok(RESPOND, { ideaId: z, accept: true });
    expect(await creditOf(z)).toEqual({ ann: 300_000, ben: 300_000, cat: 400_000 });
    await as.cat.ok(RESPOND, { ideaId: z, accept: true });
    expect(await creditOf(z)).toEqual({ ann: 500_000, ben: 300_000, cat: 200_000 });
    expect((await idea(z)).authorSplitProposal).toBeNull();
    await expectConsistent([z]);

    // refused by one author: nothing changes; withdrawn by its proposer: the same
    await as.ben.ok(PROPOSE, { ideaId: z, split: split({ ann: 400_000, ben: 400_000, cat: 200_000 }) });
    await as.cat.ok(RESPOND, { ideaId: z, accept: false });
    expect(errorReasons(await as.ann.request(RESPOND, { ideaId: z, accept: true }))).toEqual(['NO_SPLIT_PROPOSAL']);
    await as.ben.ok(PROPOSE, { ideaId: z, split: split({ ann: 400_000, ben: 400_000, cat: 200_000 }) });
    await as.ben.ok(RESPOND, { ideaId: z, accept: false });
    expect((await idea(z)).authorSplitProposal).toBeNull();
    expect(await creditOf(z)).toEqual({ ann: 500_000, ben: 300_000, cat: 200_000 });
    await expectConsistent([z]);
  });

  it('lets a co-author leave keeping their credit, or giving it to the authors who stay', async () => {
    // Ben leaves Y: his share stays his (he is no longer an author)
    await as.ben.ok(LEAVE, { ideaId: y });
    const left = await idea(y);
    expect(left.authors.map((a: { id: string }) => keyOf(a.id))).toEqual(['ann']);
    expect(left.authorSplit.map((s: { ppm: number; left: boolean; person: { id: string } }) => [keyOf(s.person.id), s.ppm, s.left])).toEqual([
      ['ann', 800_000, false],
      ['ben', 200_000, true],
    ]);
    expect(await creditOf(y)).toEqual({ ann: 480_000, ben: 520_000 });
    expect(errorReasons(await as.ann.request(LEAVE, { ideaId: y }))).toEqual(['LAST_AUTHOR']);
    expect(errorReasons(await as.ben.request(LEAVE, { ideaId: y }))).toEqual(['NOT_AN_AUTHOR']);
    await expectConsistent([parent, y]);

    // a pending proposal no longer fits once someone leaves: it is closed
    await as.ann.ok(PROPOSE, { ideaId: z, split: split({ ann: 400_000, ben: 400_000, cat: 200_000 }) });
    // Cat leaves Z giving her share to Ann and Ben, in proportion to theirs (50 : 30)
    await as.cat.ok(LEAVE, { ideaId: z, give: 'REMAINING_AUTHORS' });
    const gave = await idea(z);
    expect(byKey(gave.authorSplit)).toEqual({ ann: 625_000, ben: 375_000 });
    expect(gave.authorSplitProposal).toBeNull();
    expect(await creditOf(z)).toEqual({ ann: 625_000, ben: 375_000 });
    await expectConsistent([parent, y, z]);
  });
});
