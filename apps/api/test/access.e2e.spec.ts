import { toGlobalId } from '@kindling/api/core';
import { aPerson, aStaff, errorReasons } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';
import { connect, subscribe } from './live-support';

const IDEA = toGlobalId('Idea', '999999');
const PERSON = toGlobalId('Person', '999999');
const CRITERION = toGlobalId('ScoreCriterion', '999999');
const COMMENT = toGlobalId('Comment', '999999');
const WEBHOOK = toGlobalId('WebhookEndpoint', '999999');

/**
 * Every mutation, as sent by a client that is signed out and by one that is signed in. A new mutation must be
 * listed here with who may send it, or the first test fails.
 */
type Access = 'anyone' | 'signed-in' | 'reviewer' | 'admin';

const MUTATIONS: Record<string, { access: Access; send: [string, Record<string, unknown>] }> = {
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
  proposeAuthorSplit: {
    access: 'signed-in',
    send: [`mutation($id: ID!, $p: ID!) { proposeAuthorSplit(input: { ideaId: $id, split: [{ personId: $p, ppm: 1000000 }] }) { idea { id } } }`, { id: IDEA, p: PERSON }],
  },
  respondToAuthorSplit: { access: 'signed-in', send: [`mutation($id: ID!) { respondToAuthorSplit(input: { ideaId: $id, accept: true }) { idea { id } } }`, { id: IDEA }] },
  leaveIdea: { access: 'signed-in', send: [`mutation($id: ID!) { leaveIdea(input: { ideaId: $id }) { idea { id } } }`, { id: IDEA }] },
  endorse: { access: 'signed-in', send: [`mutation($id: ID!) { endorse(input: { ideaId: $id }) { idea { id } } }`, { id: IDEA }] },
  unendorse: { access: 'signed-in', send: [`mutation($id: ID!) { unendorse(input: { ideaId: $id }) { idea { id } } }`, { id: IDEA }] },
  comment: { access: 'signed-in', send: [`mutation($id: ID!) { comment(input: { ideaId: $id, body: "b" }) { comment { id } } }`, { id: IDEA }] },
  // scoring: admins define criteria, reviewers score
  createScoreCriterion: { access: 'admin', send: [`mutation { createScoreCriterion(input: { nameEn: "n", nameNl: "n" }) { criterion { id } } }`, {}] },
  updateScoreCriterion: { access: 'admin', send: [`mutation($id: ID!) { updateScoreCriterion(input: { criterionId: $id, weight: 2 }) { criterion { id } } }`, { id: CRITERION }] },
  retireScoreCriterion: { access: 'admin', send: [`mutation($id: ID!) { retireScoreCriterion(input: { criterionId: $id }) { criterion { id } } }`, { id: CRITERION }] },
  scoreIdea: { access: 'reviewer', send: [`mutation($id: ID!) { scoreIdea(input: { ideaId: $id, scores: [] }) { scorecard { id } } }`, { id: IDEA }] },
  setRetention: {
    access: 'reviewer',
    send: [`mutation($id: ID!) { setRetention(input: { ideaId: $id, retention: 0.5, reason: "r" }) { idea { id } } }`, { id: IDEA }],
  },
  mergeIdeas: {
    access: 'reviewer',
    send: [`mutation($id: ID!) { mergeIdeas(input: { duplicateId: $id, intoId: $id, reason: "r" }) { into { id } } }`, { id: IDEA }],
  },
  unmergeIdea: { access: 'reviewer', send: [`mutation($id: ID!) { unmergeIdea(input: { ideaId: $id }) { idea { id } } }`, { id: IDEA }] },
  changeIdeaStatus: {
    access: 'reviewer',
    send: [`mutation($id: ID!) { changeIdeaStatus(input: { ideaId: $id, status: ACCEPTED, response: "r" }) { idea { id } } }`, { id: IDEA }],
  },
  claimIdea: { access: 'reviewer', send: [`mutation($id: ID!) { claimIdea(input: { ideaId: $id }) { idea { id } } }`, { id: IDEA }] },
  releaseClaim: { access: 'reviewer', send: [`mutation($id: ID!) { releaseClaim(input: { ideaId: $id }) { idea { id } } }`, { id: IDEA }] },
  editIdea: { access: 'signed-in', send: [`mutation($id: ID!) { editIdea(input: { ideaId: $id, title: "t" }) { idea { id } } }`, { id: IDEA }] },
  withdrawIdea: { access: 'signed-in', send: [`mutation($id: ID!) { withdrawIdea(input: { ideaId: $id, reason: "r" }) { idea { id } } }`, { id: IDEA }] },
  editComment: { access: 'signed-in', send: [`mutation($id: ID!) { editComment(input: { commentId: $id, body: "b" }) { comment { id } } }`, { id: COMMENT }] },
  removeComment: { access: 'signed-in', send: [`mutation($id: ID!) { removeComment(input: { commentId: $id }) { comment { id } } }`, { id: COMMENT }] },
  flagContent: { access: 'signed-in', send: [`mutation($id: ID!) { flagContent(input: { ideaId: $id, reason: SPAM }) { idea { id } } }`, { id: IDEA }] },
  hideContent: { access: 'admin', send: [`mutation($id: ID!) { hideContent(input: { ideaId: $id, reason: "r" }) { idea { id } } }`, { id: IDEA }] },
  unhideContent: { access: 'admin', send: [`mutation($id: ID!) { unhideContent(input: { ideaId: $id, reason: "r" }) { idea { id } } }`, { id: IDEA }] },
  dismissFlags: { access: 'admin', send: [`mutation($id: ID!) { dismissFlags(input: { ideaId: $id, reason: "r" }) { idea { id } } }`, { id: IDEA }] },
  openCampaign: {
    access: 'reviewer',
    send: [`mutation { openCampaign(input: { question: "A question", description: "", deadline: "2099-01-01T00:00:00Z", departmentIds: [] }) { campaign { id } } }`, {}],
  },
  updateViewerLanguage: { access: 'signed-in', send: [`mutation { updateViewerLanguage(input: { language: NL }) { viewer { id } } }`, {}] },
  retryFailedJobs: { access: 'admin', send: [`mutation { retryFailedJobs(input: { all: true, queue: "none" }) { retried } }`, {}] },
  markNotificationsRead: { access: 'signed-in', send: [`mutation { markNotificationsRead(input: { all: true }) { unreadNotificationCount } }`, {}] },
  followIdea: { access: 'signed-in', send: [`mutation($id: ID!) { followIdea(input: { ideaId: $id }) { idea { id } } }`, { id: IDEA }] },
  unfollowIdea: { access: 'signed-in', send: [`mutation($id: ID!) { unfollowIdea(input: { ideaId: $id }) { idea { id } } }`, { id: IDEA }] },
  updateNotificationPreferences: { access: 'signed-in', send: [`mutation { updateNotificationPreferences(input: {}) { notificationPreferences { emailFrequency } } }`, {}] },
  closeCampaign: { access: 'reviewer', send: [`mutation($id: ID!) { closeCampaign(input: { campaignId: $id }) { campaign { id } } }`, { id: toGlobalId('Campaign', '999999') }] },
  // webhooks: admins only
  createWebhookEndpoint: { access: 'admin', send: [`mutation { createWebhookEndpoint(input: { url: "https://example.com/hook", events: ["idea.posted"] }) { secret } }`, {}] },
  updateWebhookEndpoint: { access: 'admin', send: [`mutation($id: ID!) { updateWebhookEndpoint(input: { id: $id, enabled: false }) { endpoint { id } } }`, { id: WEBHOOK }] },
  deleteWebhookEndpoint: { access: 'admin', send: [`mutation($id: ID!) { deleteWebhookEndpoint(input: { id: $id }) { deletedId } }`, { id: WEBHOOK }] },
  rotateWebhookSecret: { access: 'admin', send: [`mutation($id: ID!) { rotateWebhookSecret(input: { id: $id }) { secret } }`, { id: WEBHOOK }] },
  redeliverWebhook: {
    access: 'admin',
    send: [`mutation($id: ID!) { redeliverWebhook(input: { deliveryId: $id }) { delivery { id } } }`, { id: toGlobalId('WebhookDelivery', '999999') }],
  },
};

/**
 * Every root query field, as sent signed out and signed in. Signed out, only what the sign-in screen needs is
 * answered (the access gate); a new query must be listed here with who may read it, or the first test fails.
 */
const QUERIES: Record<string, { access: Access; send: [string, Record<string, unknown>] }> = {
  viewer: { access: 'anyone', send: [`{ viewer { id } }`, {}] },
  authSettings: { access: 'anyone', send: [`{ authSettings { devSignIn } }`, {}] },
  apiTokens: { access: 'signed-in', send: [`{ apiTokens { id } }`, {}] },
  devSignInPeople: { access: 'anyone', send: [`{ devSignInPeople(first: 1) { edges { cursor } } }`, {}] },
  creditModel: { access: 'signed-in', send: [`{ creditModel { __typename } }`, {}] },
  coAuthorPreview: { access: 'signed-in', send: [`query($id: ID!) { coAuthorPreview(ideaId: $id) { __typename } }`, { id: IDEA }] },
  departments: { access: 'signed-in', send: [`{ departments { id } }`, {}] },
  ideas: { access: 'signed-in', send: [`{ ideas(first: 1) { totalCount } }`, {}] },
  leaderboard: { access: 'signed-in', send: [`{ leaderboard(first: 1) { rank } }`, {}] },
  node: { access: 'signed-in', send: [`query($id: ID!) { node(id: $id) { id } }`, { id: IDEA }] },
  nodes: { access: 'signed-in', send: [`query($id: ID!) { nodes(ids: [$id]) { id } }`, { id: IDEA }] },
  people: { access: 'signed-in', send: [`{ people(first: 1) { edges { cursor } } }`, {}] },
  reviewMetrics: { access: 'reviewer', send: [`{ reviewMetrics { promiseDays } }`, {}] },
  siloMap: { access: 'reviewer', send: [`{ siloMap { buildOns } }`, {}] },
  similarIdeas: { access: 'signed-in', send: [`{ similarIdeas(title: "vans") { score } }`, {}] },
  tags: { access: 'signed-in', send: [`{ tags(first: 1) { __typename } }`, {}] },
  verifyLedger: { access: 'signed-in', send: [`{ verifyLedger { intact } }`, {}] },
  scoreCriteria: { access: 'signed-in', send: [`{ scoreCriteria(includeRetired: true) { id } }`, {}] },
  reviewQueue: { access: 'reviewer', send: [`{ reviewQueue(first: 1) { totalCount } }`, {}] },
  moderationQueue: { access: 'admin', send: [`{ moderationQueue(first: 1) { totalCount } }`, {}] },
  campaigns: { access: 'signed-in', send: [`{ campaigns(first: 1) { edges { cursor } } }`, {}] },
  failedJobs: { access: 'admin', send: [`{ failedJobs(first: 1) { totalCount } }`, {}] },
  deliveryHealth: { access: 'admin', send: [`{ deliveryHealth { queue } }`, {}] },
  notifications: { access: 'signed-in', send: [`{ notifications(first: 1) { edges { cursor } } }`, {}] },
  notificationPreferences: { access: 'signed-in', send: [`{ notificationPreferences { emailFrequency } }`, {}] },
  webhookEndpoints: { access: 'admin', send: [`{ webhookEndpoints(first: 1) { edges { cursor } } }`, {}] },
  webhookEndpoint: { access: 'admin', send: [`query($id: ID!) { webhookEndpoint(id: $id) { id } }`, { id: WEBHOOK }] },
  changes: { access: 'signed-in', send: [`{ changes(first: 1) { pageInfo { endCursor } } }`, {}] },
};

/**
 * Every subscription (graphql-ws on /graphql; a signed-out connection is refused 4403 before any of them). Each
 * is sent so that its domain refuses it (e.g. an unknown id), so the operation ends with a reason to read.
 */
const SUBSCRIPTIONS: Record<string, { access: Access; send: [string, Record<string, unknown>] | 'stream' }> = {
  ideaUpdated: { access: 'signed-in', send: [`subscription($id: ID!) { ideaUpdated(id: $id) { change } }`, { id: IDEA }] },
  // no argument to refuse: it streams the connection person's own notifications (notifications.e2e.spec.ts)
  notificationAdded: { access: 'signed-in', send: 'stream' },
};

describe('access', () => {
  let t: TestApp;
  let personId: string;
  let reviewerId: string;
  let adminId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const staff = await aStaff(t.db, 1);
    [personId] = staff.personIds;
    reviewerId = await aPerson(t.db, staff.departmentIds[0], 'Reviewer', 'REVIEWER');
    adminId = await aPerson(t.db, staff.departmentIds[0], 'Admin', 'ADMIN');
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
        if (access !== 'anyone') expect({ name, reasons }).toEqual({ name, reasons: ['SIGN_IN_REQUIRED'] });
        else expect({ name, refusedForSignIn: reasons.includes('SIGN_IN_REQUIRED') }).toEqual({ name, refusedForSignIn: false });
      }
      expect(await writes()).toBe(before);
    });

    it('lets a signed-in client past the sign-in check of every mutation (the domain decides the rest)', async () => {
      for (const [name, { access, send }] of Object.entries(MUTATIONS)) {
        const client = t.client();
        await client.signInAs(toGlobalId('Person', personId));
        const reasons = errorReasons(await client.request(...send));
        expect({ name, refusedForSignIn: reasons.includes('SIGN_IN_REQUIRED') }).toEqual({ name, refusedForSignIn: false });
        if (access === 'reviewer' || access === 'admin') expect({ name, reasons }).toEqual({ name, reasons: ['ROLE_REQUIRED'] });
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
        if (access !== 'anyone') expect({ name, reasons: errorReasons(response), data: response.data }).toEqual({ name, reasons: ['SIGN_IN_REQUIRED'], data: undefined });
        else expect({ name, errors: response.errors }).toEqual({ name, errors: undefined });
      }
    });

    it('answers a signed-in client every query, reviewers’ queries only to reviewers and admins’ only to admins', async () => {
      const [member, reviewer, admin] = await t.signedIn([personId, reviewerId, adminId]);
      for (const [name, { access, send }] of Object.entries(QUERIES)) {
        if (access === 'reviewer' || access === 'admin') expect({ name, reasons: errorReasons(await member.request(...send)) }).toEqual({ name, reasons: ['ROLE_REQUIRED'] });
        if (access === 'admin') expect({ name, reasons: errorReasons(await reviewer.request(...send)) }).toEqual({ name, reasons: ['ROLE_REQUIRED'] });
        const allowed = access === 'admin' ? admin : access === 'reviewer' ? reviewer : member;
        expect({ name, errors: (await allowed.request(...send)).errors }).toEqual({ name, errors: undefined });
      }
    });
  });

  describe('who may send which subscription', () => {
    it('lists every subscription of the schema', async () => {
      const [client] = await t.signedIn([personId]);
      const { __schema } = await client.ok(`{ __schema { subscriptionType { fields { name } } } }`);
      expect(__schema.subscriptionType.fields.map((f: { name: string }) => f.name).sort()).toEqual(Object.keys(SUBSCRIPTIONS).sort());
    });

    it('refuses a signed-out connection, and lets a signed-in one past the sign-in check of every subscription', async () => {
      await expect(connect(t).closed).resolves.toBe(4403);
      const [member] = await t.signedIn([personId]);
      const connection = connect(t, { cookie: member.cookieHeader });
      for (const [name, { access, send }] of Object.entries(SUBSCRIPTIONS)) {
        if (send === 'stream') continue;
        const sent = subscribe(connection.client, ...send);
        await sent.ended;
        const reasons = sent.results.flatMap((r) => (r.errors ?? []).map((e) => e.extensions?.reason));
        expect({ name, refusedForSignIn: reasons.includes('SIGN_IN_REQUIRED') }).toEqual({ name, refusedForSignIn: false });
        if (access === 'reviewer' || access === 'admin') expect({ name, reasons }).toEqual({ name, reasons: ['ROLE_REQUIRED'] });
      }
      await connection.client.dispose();
    });
  });
});
