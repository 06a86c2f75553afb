import { toGlobalId } from '@kindling/api/core';
import { aStaff, errorReasons } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';

const IDEA = toGlobalId('Idea', '999999');
const PERSON = toGlobalId('Person', '999999');

/**
 * Every mutation, as sent by a client that is signed out and by one that is signed in. A new mutation must be
 * listed here with who may send it, or the first test fails.
 */
const MUTATIONS: Record<string, { access: 'anyone' | 'signed-in'; send: [string, Record<string, unknown>] }> = {
  devSignIn: { access: 'anyone', send: [`mutation($id: ID!) { devSignIn(input: { personId: $id }) { viewer { id } } }`, { id: PERSON }] },
  signOut: { access: 'anyone', send: [`mutation { signOut { signedOut } }`, {}] },
  signOutEverywhere: { access: 'signed-in', send: [`mutation { signOutEverywhere { sessionsEnded } }`, {}] },
  revokeApiToken: { access: 'signed-in', send: [`mutation($id: ID!) { revokeApiToken(input: { tokenId: $id }) { apiToken { id } } }`, { id: toGlobalId('ApiToken', '999999') }] },
  createApiToken: { access: 'signed-in', send: [`mutation { createApiToken(input: { name: "script" }) { token } }`, {}] },
  postIdea: { access: 'signed-in', send: [`mutation { postIdea(input: { title: "t", body: "b" }) { idea { id } } }`, {}] },
  buildOn: { access: 'signed-in', send: [`mutation($id: ID!) { buildOn(input: { parentIds: [$id], title: "t", body: "b" }) { idea { id } } }`, { id: IDEA }] },
  linkParent: { access: 'signed-in', send: [`mutation($id: ID!) { linkParent(input: { ideaId: $id, parentId: $id }) { idea { id } } }`, { id: IDEA }] },
  inviteCoAuthor: {
    access: 'signed-in',
    send: [`mutation($id: ID!, $p: ID!) { inviteCoAuthor(input: { ideaId: $id, personId: $p }) { idea { id } } }`, { id: IDEA, p: PERSON }],
  },
  acceptCoAuthorship: { access: 'signed-in', send: [`mutation($id: ID!) { acceptCoAuthorship(input: { ideaId: $id }) { idea { id } } }`, { id: IDEA }] },
  declineCoAuthorship: { access: 'signed-in', send: [`mutation($id: ID!) { declineCoAuthorship(input: { ideaId: $id }) { idea { id } } }`, { id: IDEA }] },
  endorse: { access: 'signed-in', send: [`mutation($id: ID!) { endorse(input: { ideaId: $id }) { idea { id } } }`, { id: IDEA }] },
  unendorse: { access: 'signed-in', send: [`mutation($id: ID!) { unendorse(input: { ideaId: $id }) { idea { id } } }`, { id: IDEA }] },
  comment: { access: 'signed-in', send: [`mutation($id: ID!) { comment(input: { ideaId: $id, body: "b" }) { comment { id } } }`, { id: IDEA }] },
  // campaigns: reviewers and admins only (ROLE_REQUIRED for members, asserted in campaigns.e2e.spec.ts)
  openCampaign: {
    access: 'signed-in',
    send: [`mutation { openCampaign(input: { question: "A question", description: "", deadline: "2099-01-01T00:00:00Z", departmentIds: [] }) { campaign { id } } }`, {}],
  },
  closeCampaign: { access: 'signed-in', send: [`mutation($id: ID!) { closeCampaign(input: { campaignId: $id }) { campaign { id } } }`, { id: toGlobalId('Campaign', '999999') }] },
};

/**
 * Every root query field, as sent signed out and signed in. Signed out, only what the sign-in screen needs is
 * answered (the access gate); a new query must be listed here with who may read it, or the first test fails.
 */
const QUERIES: Record<string, { access: 'anyone' | 'signed-in'; send: [string, Record<string, unknown>] }> = {
  viewer: { access: 'anyone', send: [`{ viewer { id } }`, {}] },
  authSettings: { access: 'anyone', send: [`{ authSettings { devSignIn } }`, {}] },
  apiTokens: { access: 'signed-in', send: [`{ apiTokens { id } }`, {}] },
  devSignInPeople: { access: 'anyone', send: [`{ devSignInPeople(first: 1) { edges { cursor } } }`, {}] },
  creditModel: { access: 'signed-in', send: [`{ creditModel { __typename } }`, {}] },
  departments: { access: 'signed-in', send: [`{ departments { id } }`, {}] },
  ideas: { access: 'signed-in', send: [`{ ideas(first: 1) { totalCount } }`, {}] },
  leaderboard: { access: 'signed-in', send: [`{ leaderboard(first: 1) { rank } }`, {}] },
  node: { access: 'signed-in', send: [`query($id: ID!) { node(id: $id) { id } }`, { id: IDEA }] },
  nodes: { access: 'signed-in', send: [`query($id: ID!) { nodes(ids: [$id]) { id } }`, { id: IDEA }] },
  people: { access: 'signed-in', send: [`{ people(first: 1) { edges { cursor } } }`, {}] },
  similarIdeas: { access: 'signed-in', send: [`{ similarIdeas(title: "vans") { score } }`, {}] },
  tags: { access: 'signed-in', send: [`{ tags(first: 1) { __typename } }`, {}] },
  verifyLedger: { access: 'signed-in', send: [`{ verifyLedger { intact } }`, {}] },
  campaigns: { access: 'signed-in', send: [`{ campaigns(first: 1) { edges { cursor } } }`, {}] },
};

describe('access', () => {
  let t: TestApp;
  let personId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [personId] = (await aStaff(t.db, 1)).personIds;
  });
  afterAll(() => t.close());

  describe('who may send which mutation', () => {
    const writes = async () => (await t.db.query(`SELECT (SELECT count(*) FROM outbox_events)::int + (SELECT count(*) FROM api_tokens)::int + (SELECT count(*) FROM sessions)::int AS n`))[0].n;

    it('lists every mutation of the schema', async () => {
      const [client] = await t.signedIn([personId]);
      const { __schema } = await client.ok(`{ __schema { mutationType { fields { name } } } }`);
      expect(__schema.mutationType.fields.map((f: { name: string }) => f.name).sort()).toEqual(Object.keys(MUTATIONS).sort());
    });

    it('refuses every signed-in mutation to a signed-out client, and changes nothing', async () => {
      const before = await writes();
      for (const [name, { access, send }] of Object.entries(MUTATIONS)) {
        const reasons = errorReasons(await t.client().request(...send));
        if (access === 'signed-in') expect({ name, reasons }).toEqual({ name, reasons: ['SIGN_IN_REQUIRED'] });
        else expect({ name, refusedForSignIn: reasons.includes('SIGN_IN_REQUIRED') }).toEqual({ name, refusedForSignIn: false });
      }
      expect(await writes()).toBe(before);
    });

    it('lets a signed-in client past the sign-in check of every mutation (the domain decides the rest)', async () => {
      for (const [name, { send }] of Object.entries(MUTATIONS)) {
        const client = t.client();
        await client.signInAs(toGlobalId('Person', personId));
        const reasons = errorReasons(await client.request(...send));
        expect({ name, refusedForSignIn: reasons.includes('SIGN_IN_REQUIRED') }).toEqual({ name, refusedForSignIn: false });
      }
    });
  });

  describe('who may read which query', () => {
    it('lists every query of the schema', async () => {
      const [client] = await t.signedIn([personId]);
      const { __schema } = await client.ok(`{ __schema { queryType { fields { name } } } }`);
      expect(__schema.queryType.fields.map((f: { name: string }) => f.name).sort()).toEqual(Object.keys(QUERIES).sort());
    });

    it('answers a signed-out client only the queries anyone may read', async () => {
      for (const [name, { access, send }] of Object.entries(QUERIES)) {
        const response = await t.client().request(...send);
        if (access === 'signed-in') expect({ name, reasons: errorReasons(response), data: response.data }).toEqual({ name, reasons: ['SIGN_IN_REQUIRED'], data: undefined });
        else expect({ name, errors: response.errors }).toEqual({ name, errors: undefined });
      }
    });

    it('answers a signed-in client every query', async () => {
      const [client] = await t.signedIn([personId]);
      for (const [name, { send }] of Object.entries(QUERIES)) {
        expect({ name, errors: (await client.request(...send)).errors }).toEqual({ name, errors: undefined });
      }
    });
  });
});
