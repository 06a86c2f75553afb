import { Webhook } from 'standardwebhooks';
import { toGlobalId } from '@kindling/api/core';
import { type GraphQLClient, aDepartment, aPerson, eventually } from '@kindling/api/testing';
import { BUILD_ON, POST_IDEA } from './operations';
import { connect, subscribe } from './live-support';
import { MailSink } from './mail-sink';
import { type TestApp, startTestApp } from './test-app';
import { WebhookReceiver } from './webhook-receiver';

const PUBLIC_URL = 'http://kindling.test:8080';
const CHANGE = `mutation($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { idea { status } } }`;
const CREDIT = `query($id: ID!) { node(id: $id) { ... on Idea { credit { shares { ppm person { id } } } } } }`;
const CHANGES = `query($after: String) { changes(first: 100, after: $after) { edges { node { messageId payload } } pageInfo { endCursor hasNextPage } } }`;
const COMMENT = `mutation($input: CommentInput!) { comment(input: $input) { comment { id } } }`;
const DELIVERIES = `{ webhookEndpoints(first: 1) { edges { node { deliveries(first: 5) { edges { node { attempts status } } } } } } }`;
const NOTIFICATIONS = `{ notifications(first: 20) { edges { node { kind toStatus response share { ppm } idea { id } } } } }`;

/** Reads the change feed to its end: the integrator's nightly sync. */
async function syncChanges(client: GraphQLClient, after: string | null): Promise<{ events: Array<{ type: string; data: Record<string, unknown> }>; cursor: string | null }> {
  const events: Array<{ type: string; data: Record<string, unknown> }> = [];
  let cursor = after;
  for (;;) {
    const { changes } = await client.ok(CHANGES, { after: cursor });
    events.push(...changes.edges.map((e: { node: { payload: string } }) => JSON.parse(e.node.payload)));
    cursor = changes.pageInfo.endCursor ?? cursor;
    if (!changes.pageInfo.hasNextPage) return { events, cursor };
  }
}

/**
 * The "done when", end to end through the real parts: a reviewer answers an idea; everyone in its credit
 * trail sees the notification live with their share and gets an e-mail in their own language; a webhook receiver
 * that was down gets the event, verified, once it is back; the change feed shows exactly what happened since the
 * integrator's cursor.
 */
describe('everyone in the trail hears back', () => {
  const sink = new MailSink();
  const receiver = new WebhookReceiver();
  let t: TestApp;
  let paul: string; // posted the parent (English)
  let nora: string; // posted the idea (Dutch)
  let eva: string; // built on the idea (English)
  let rita: string; // the reviewer who answers
  let ideaId: string;

  beforeAll(async () => {
    await sink.start();
    await receiver.open();
    t = await startTestApp({
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      MAIL_FROM: 'Kindling <kindling@example.test>',
      KINDLING_PUBLIC_URL: PUBLIC_URL,
      KINDLING_WEBHOOK_ALLOW_PRIVATE: 'true',
      KINDLING_WEBHOOK_RETRY_DELAY_SECONDS: '1',
    });
  });

  afterAll(async () => {
    await t?.close();
    await receiver.close();
    await sink.stop();
  });

  it('notifies every credit holder live and by e-mail in their language, delivers the webhook after an outage, and feeds the change', async () => {
    const department = await aDepartment(t.db);
    [paul, nora, eva] = [await aPerson(t.db, department, 'Paul Parent'), await aPerson(t.db, department, 'Nora Nieuw'), await aPerson(t.db, department, 'Eva Extender')];
    rita = await aPerson(t.db, department, 'Rita Reviewer', 'REVIEWER');
    const ada = await aPerson(t.db, department, 'Ada Admin', 'ADMIN');
    const [paulC, noraC, evaC, ritaC, adaC] = await t.signedIn([paul, nora, eva, rita, ada]);
    await noraC.ok(`mutation { updateViewerLanguage(input: { language: NL }) { viewer { id } } }`);

    const parent = (await paulC.ok(POST_IDEA, { input: { title: 'Shared vans between sites', body: 'Pool the vans.' } })).postIdea.idea.id;
    ideaId = (await noraC.ok(BUILD_ON, { input: { parentIds: [parent], title: 'Electric shared vans', body: 'Make the pool electric.' } })).buildOn.idea.id;
    const evasIdea = (await evaC.ok(BUILD_ON, { input: { parentIds: [ideaId], title: 'Charging points for the vans', body: 'Chargers at each site.' } })).buildOn.idea.id;

    const { createWebhookEndpoint } = await adaC.ok(
      `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
      { input: { url: receiver.url, events: ['idea.status_changed'], description: 'Intranet sync' } },
    );
    const credit = (await paulC.ok(CREDIT, { id: ideaId })).node.credit.shares as Array<{ ppm: number; person: { id: string } }>;
    const shareOf = (person: string) => credit.find((s) => s.person.id === toGlobalId('Person', person))!.ppm;
    expect([paul, nora, eva].map(shareOf).every((ppm) => ppm > 0)).toBe(true);

    // Eva watches her bell live (a first comment on her idea shows the subscription is running); the intranet's receiver is down
    const socket = connect(t, { cookie: evaC.cookieHeader });
    await socket.connected;
    const live = subscribe<{ notificationAdded: { kind: string; toStatus: string | null } }>(socket.client, `subscription { notificationAdded { kind toStatus } }`);
    await eventually(async () => {
      await paulC.ok(COMMENT, { input: { ideaId: evasIdea, body: `Good one (${live.results.length}).` } });
      expect(live.results.map((r) => r.data?.notificationAdded.kind)).toContain('COMMENTED');
    }, 20_000, 1_000);
    await receiver.close();
    const { cursor } = await syncChanges(adaC, null); // the integrator's last sync

    await ritaC.ok(CHANGE, { input: { ideaId, status: 'ACCEPTED', response: 'We will pilot this in **Q1**.' } });

    // in the app, with each person's own share; the reviewer is not told of her own answer
    for (const [person, client] of [[paul, paulC], [nora, noraC], [eva, evaC]] as const) {
      await eventually(async () => {
        const nodes = (await client.ok(NOTIFICATIONS)).notifications.edges.map((e: { node: unknown }) => e.node);
        expect(nodes).toContainEqual({ kind: 'STATUS_CHANGED', toStatus: 'ACCEPTED', response: 'We will pilot this in **Q1**.', share: { ppm: shareOf(person) }, idea: { id: ideaId } });
      });
    }
    expect((await ritaC.ok(NOTIFICATIONS)).notifications.edges).toEqual([]);
    await eventually(() => expect(live.results.map((r) => r.data?.notificationAdded)).toContainEqual({ kind: 'STATUS_CHANGED', toStatus: 'ACCEPTED' }));
    live.stop();
    await socket.client.dispose();

    // by e-mail, each in their own language, linking to the idea
    const emailOf = async (person: string) => (await t.db.query(`SELECT email FROM people WHERE id = $1`, [person]))[0].email as string;
    const ideaLink = `${PUBLIC_URL}/ideas/${ideaId}`;
    for (const [person, words] of [[paul, 'was accepted'], [eva, 'was accepted'], [nora, 'is aangenomen']] as const) {
      const address = await emailOf(person);
      const mail = await eventually(() => {
        const found = sink.to(address).filter((m) => m.subject?.includes('Electric shared vans') && m.subject.includes(words));
        expect(found).toHaveLength(1);
        return found[0];
      });
      expect(mail.text).toContain(ideaLink);
    }
    expect(sink.to(await emailOf(rita))).toEqual([]);

    // the receiver comes back after a failed attempt: the retried delivery arrives, verified, once
    await eventually(async () => {
      const [delivery] = (await adaC.ok(DELIVERIES)).webhookEndpoints.edges[0].node.deliveries.edges;
      expect(delivery.node.attempts).toBeGreaterThanOrEqual(1);
      expect(delivery.node.status).not.toBe('DELIVERED');
    });
    await receiver.open();
    const delivered = await eventually(() => {
      const ok = receiver.delivered();
      expect(ok).toHaveLength(1);
      return ok[0];
    });
    const event = new Webhook(createWebhookEndpoint.secret).verify(delivered.body, delivered.headers) as { type: string; data: { idea: { id: string }; to: string } };
    expect(event).toMatchObject({ type: 'idea.status_changed', data: { idea: { id: ideaId }, to: 'ACCEPTED' } });

    // the change feed: exactly what happened since the integrator's cursor
    const since = await syncChanges(adaC, cursor);
    expect(since.events.map((e) => e.type)).toEqual(['idea.status_changed']);
    expect(since.events[0].data).toMatchObject({ idea: { id: ideaId }, from: 'NEW', to: 'ACCEPTED' });
  });
});
