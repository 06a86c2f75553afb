import { Webhook } from 'standardwebhooks';
import { toGlobalId } from '@kindling/api/core';
import { type GraphQLClient, aDepartment, aPerson, errorCodes, errorReasons, eventually } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';
import { BUILD_ON, POST_IDEA } from './operations';
import { type Received, WebhookReceiver } from './webhook-receiver';

const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id url events enabled description } } }`;
const UPDATE = `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { endpoint { id url events enabled disabledReason } } }`;
const DELETE = `mutation($id: ID!) { deleteWebhookEndpoint(input: { id: $id }) { deletedId } }`;
const ROTATE = `mutation($id: ID!, $hours: Int) { rotateWebhookSecret(input: { id: $id, overlapHours: $hours }) { secret endpoint { previousSecretUntil } } }`;
const REDELIVER = `mutation($id: ID!) { redeliverWebhook(input: { deliveryId: $id }) { delivery { id status messageId } } }`;
const ENDPOINT = `query($id: ID!) { webhookEndpoint(id: $id) { id enabled disabledReason disabledAt
  deliveries(first: 100) { edges { node { id eventType messageId status attempts lastResponseCode lastError createdAt lastAttemptAt deliveredAt } } } } }`;
const ENDPOINTS = `query($after: String) { webhookEndpoints(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id url } } } }`;
const COMMENT = `mutation($input: CommentInput!) { comment(input: $input) { comment { id } } }`;
const CHANGE_STATUS = `mutation($input: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $input) { idea { status } } }`;
const MERGE = `mutation($d: ID!, $k: ID!) { mergeIdeas(input: { duplicateId: $d, intoId: $k, reason: "The same idea" }) { into { id } } }`;
const HIDE = `mutation($id: ID!) { hideContent(input: { ideaId: $id, reason: "Personal data" }) { idea { hidden } } }`;

/** The first request `match` accepts; throws until there is one (for `eventually`). */
function arrived(requests: Received[], match: (r: Received) => boolean): Received {
  const found = requests.find((r) => {
    try {
      return match(r);
    } catch {
      return false;
    }
  });
  if (!found) throw new Error('not arrived yet');
  return found;
}

const ALL_EVENTS = ['idea.posted', 'idea.built_on', 'idea.status_changed', 'idea.merged', 'comment.created', 'credit.changed'];

/** Verifies a request as an integrator would, with the standardwebhooks library; returns the parsed body. */
function verified(secret: string, r: Received): { type: string; timestamp: string; data: Record<string, any> } {
  return new Webhook(secret).verify(r.body, r.headers) as never;
}

function verifies(secret: string, r: Received): boolean {
  try {
    new Webhook(secret).verify(r.body, r.headers);
    return true;
  } catch {
    return false;
  }
}

describe('webhooks', () => {
  let t: TestApp;
  let alice: GraphQLClient, bob: GraphQLClient, rita: GraphQLClient, admin: GraphQLClient;
  const receivers: WebhookReceiver[] = [];
  const receiver = async () => {
    const r = await new WebhookReceiver().open();
    receivers.push(r);
    return r;
  };
  const create = async (url: string, events: string[]) => (await admin.ok(CREATE, { input: { url, events, description: 'Intranet sync' } })).createWebhookEndpoint;
  const log = async (id: string) => (await admin.ok(ENDPOINT, { id })).webhookEndpoint;
  const post = async (client: GraphQLClient, title: string) => (await client.ok(POST_IDEA, { input: { title, body: 'Body of the idea' } })).postIdea.idea.id as string;

  beforeAll(async () => {
    t = await startTestApp({ KINDLING_WEBHOOK_ALLOW_PRIVATE: 'true', KINDLING_WEBHOOK_RETRY_DELAY_SECONDS: '1' });
    const dep = await aDepartment(t.db);
    const ids = [await aPerson(t.db, dep, 'Alice'), await aPerson(t.db, dep, 'Bob'), await aPerson(t.db, dep, 'Rita', 'REVIEWER'), await aPerson(t.db, dep, 'Ada', 'ADMIN')];
    [alice, bob, rita, admin] = await t.signedIn(ids);
  });
  afterAll(async () => {
    await t.close();
    for (const r of receivers) await r.close();
  });

  describe('endpoints', () => {
    it('gives an admin the whsec_ secret once, and never again through the API', async () => {
      const r = await receiver();
      const { secret, endpoint } = await create(r.url, ['comment.created', 'idea.posted']);
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
      expect(endpoint).toMatchObject({ url: r.url, events: ['idea.posted', 'comment.created'], enabled: true, description: 'Intranet sync' });
      const { __type } = await admin.ok(`{ __type(name: "WebhookEndpoint") { fields { name } } }`);
      expect(__type.fields.map((f: { name: string }) => f.name)).not.toContain('secret');
      const other = await create(r.url, ['idea.posted']);
      expect(other.secret).not.toBe(secret);
      await admin.ok(DELETE, { id: endpoint.id });
      await admin.ok(DELETE, { id: other.endpoint.id });
    });

    it('refuses bad URLs, unknown or no events and long descriptions with a stable reason', async () => {
      const refused = async (input: Record<string, unknown>) => {
        const res = await admin.request(CREATE, { input: { url: 'https://127.0.0.1/x', events: ['idea.posted'], ...input } });
        return [errorCodes(res)[0], errorReasons(res)[0], res.errors?.[0].extensions?.field];
      };
      expect(await refused({ url: 'ftp://127.0.0.1/x' })).toEqual(['BAD_USER_INPUT', 'WEBHOOK_URL_INVALID', 'url']);
      expect(await refused({ url: 'not a url' })).toEqual(['BAD_USER_INPUT', 'WEBHOOK_URL_INVALID', 'url']);
      expect(await refused({ url: `https://127.0.0.1/${'x'.repeat(2000)}` })).toEqual(['BAD_USER_INPUT', 'WEBHOOK_URL_INVALID', 'url']);
      expect(await refused({ url: 'https://no-such-host.invalid/x' })).toEqual(['BAD_USER_INPUT', 'WEBHOOK_URL_UNRESOLVED', 'url']);
      expect(await refused({ events: [] })).toEqual(['BAD_USER_INPUT', 'WEBHOOK_EVENTS_INVALID', 'events']);
      expect(await refused({ events: ['idea.posted', 'idea.deleted'] })).toEqual(['BAD_USER_INPUT', 'WEBHOOK_EVENTS_INVALID', 'events']);
      expect(await refused({ description: 'x'.repeat(501) })).toEqual(['BAD_USER_INPUT', 'WEBHOOK_DESCRIPTION_TOO_LONG', 'description']);
      const missing = await admin.request(UPDATE, { input: { id: toGlobalId('WebhookEndpoint', '999999'), enabled: false } });
      expect([errorCodes(missing), errorReasons(missing)]).toEqual([['NOT_FOUND'], ['WEBHOOK_NOT_FOUND']]);
      const rotate = await admin.request(ROTATE, { id: toGlobalId('WebhookEndpoint', '999999'), hours: 500 });
      expect(errorReasons(rotate)).toEqual(['WEBHOOK_OVERLAP_OUT_OF_RANGE']);
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM webhook_endpoints`);
      expect(n).toBe(0);
    });

    it('lists endpoints newest first, page by page', async () => {
      const r = await receiver();
      const made = [await create(r.url, ['idea.posted']), await create(r.url, ['idea.posted']), await create(r.url, ['idea.posted'])].map((e) => e.endpoint.id);
      const first = (await admin.ok(ENDPOINTS, {})).webhookEndpoints;
      expect(first.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([made[2], made[1]]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await admin.ok(ENDPOINTS, { after: first.pageInfo.endCursor })).webhookEndpoints;
      expect(second.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([made[0]]);
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect(errorReasons(await admin.request(ENDPOINTS, { after: 'bogus' }))).toEqual(['INVALID_CURSOR']);
      for (const id of made) await admin.ok(DELETE, { id });
    });
  });

  describe('deliveries', () => {
    it('POSTs every public event signed by the Standard Webhooks scheme, with global ids, titles, statuses and the response', async () => {
      const r = await receiver();
      const { secret, endpoint } = await create(r.url, ALL_EVENTS);
      const root = await post(alice, 'Shared vans between sites');
      const child = (await bob.ok(BUILD_ON, { input: { parentIds: [root], title: 'Electric shared vans', body: 'Charge at night' } })).buildOn.idea.id;
      await rita.ok(CHANGE_STATUS, { input: { ideaId: root, status: 'UNDER_REVIEW', response: 'We are **pricing** vans.' } });
      const comment = (await bob.ok(COMMENT, { input: { ideaId: root, body: 'The Utrecht site has chargers' } })).comment.comment.id;
      const duplicate = await post(bob, 'Vans shared by the sites');
      await rita.ok(MERGE, { d: duplicate, k: root });

      const byType = await eventually(() => {
        const bodies = r.delivered().map((x) => verified(secret, x));
        const types = bodies.map((b) => b.type);
        for (const type of ALL_EVENTS) expect(types).toContain(type);
        expect(types.filter((x) => x === 'idea.posted')).toHaveLength(2);
        return new Map(bodies.map((b) => [b.type, b]));
      });
      const posted = r.delivered().map((x) => verified(secret, x)).filter((b) => b.type === 'idea.posted');
      // titles and statuses as they are when the delivery is made (the root may be under review by then)
      expect(posted.map((b) => b.data.idea)).toMatchObject([
        { id: root, title: 'Shared vans between sites' },
        { id: duplicate, title: 'Vans shared by the sites' },
      ]);
      expect(posted[0].data.author).toEqual({ id: expect.any(String), name: 'Alice' });
      expect(byType.get('idea.built_on')!.data).toMatchObject({
        idea: { id: child, title: 'Electric shared vans', status: 'NEW' },
        parents: [{ id: root, title: 'Shared vans between sites' }],
        relation: 'EXTENDS',
        author: { name: 'Bob' },
      });
      expect(byType.get('idea.status_changed')!.data).toMatchObject({ idea: { id: root }, from: 'NEW', to: 'UNDER_REVIEW', response: 'We are **pricing** vans.', changedBy: { name: 'Rita' } });
      expect(byType.get('comment.created')!.data).toMatchObject({ comment: { id: comment, body: 'The Utrecht site has chargers', replyToId: null }, idea: { id: root }, author: { name: 'Bob' } });
      expect(byType.get('idea.merged')!.data).toMatchObject({ duplicate: { id: duplicate }, into: { id: root } });
      const credit = [...r.delivered().map((x) => verified(secret, x))].find((b) => b.type === 'credit.changed' && b.data.cause === 'BUILT_ON')!;
      expect(credit.data.ideas[0].idea.id).toBe(root);
      expect(credit.data.ideas[0].holders.reduce((sum: number, h: { ppm: number }) => sum + h.ppm, 0)).toBe(1_000_000);
      expect(credit.data.ideas[0].holderCount).toBe(2);

      for (const x of r.received) {
        expect(x.headers['content-type']).toBe('application/json');
        expect(x.headers['user-agent']).toMatch(/^Kindling-Webhooks\//);
        expect(x.headers['webhook-id']).toMatch(/^msg_\d+_\d$/);
        expect(Math.abs(Number(x.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(300);
        expect(verifies(`whsec_${Buffer.alloc(32, 7).toString('base64')}`, x)).toBe(false);
      }
      const ids = r.received.map((x) => x.headers['webhook-id']);
      expect(new Set(ids).size).toBe(ids.length);
      await eventually(async () => {
        const edges = (await log(endpoint.id)).deliveries.edges.map((e: { node: Record<string, unknown> }) => e.node);
        for (const d of edges) expect(d).toMatchObject({ status: 'DELIVERED', attempts: 1, lastResponseCode: 200 });
      });
      await admin.ok(DELETE, { id: endpoint.id });
    });

    it('never sends hidden content: not for a hidden idea, and not when the idea is hidden before the delivery goes out', async () => {
      const r = await receiver();
      const { secret, endpoint } = await create(r.url, ['comment.created']);
      const hidden = await post(alice, 'Parking for my cousin');
      await admin.ok(HIDE, { id: hidden });
      await bob.ok(COMMENT, { input: { ideaId: hidden, body: 'Call 06-12345678' } });
      const visible = await post(alice, 'Bike sheds');
      await bob.ok(COMMENT, { input: { ideaId: visible, body: 'Yes please' } });
      await eventually(() => expect(r.delivered().map((x) => verified(secret, x).data.idea.id)).toEqual([visible]));

      r.status = 503;
      await bob.ok(COMMENT, { input: { ideaId: visible, body: 'Roofed ones' } });
      const refused = await eventually(() => arrived(r.received, (x) => x.body.includes('Roofed ones')));
      // hidden while its retries wait: the next attempt is withheld (one already in flight still meets a 503)
      await admin.ok(HIDE, { id: visible });
      const status = async () =>
        (await log(endpoint.id)).deliveries.edges.map((e: { node: { messageId: string; status: string } }) => e.node).find((d: { messageId: string }) => d.messageId === refused.headers['webhook-id'])?.status;
      await eventually(async () => expect(await status()).toBe('WITHHELD'));
      expect(r.delivered().filter((x) => x.body.includes('Roofed ones'))).toEqual([]);
      expect(r.received.some((x) => x.body.includes('06-12345678'))).toBe(false);
      await admin.ok(DELETE, { id: endpoint.id });
    });

    it('signs with both secrets during a rotation’s overlap, and only with the new one after', async () => {
      const r = await receiver();
      const { secret: first, endpoint } = await create(r.url, ['idea.posted']);
      const rotated = (await admin.ok(ROTATE, { id: endpoint.id, hours: 1 })).rotateWebhookSecret;
      expect(rotated.secret).toMatch(/^whsec_/);
      expect(new Date(rotated.endpoint.previousSecretUntil).getTime()).toBeGreaterThan(Date.now() + 59 * 60_000);
      await post(alice, 'Overlap one');
      const during = await eventually(() => arrived(r.delivered(), (x) => verified(rotated.secret, x).data.idea.title === 'Overlap one'));
      expect(during.headers['webhook-signature'].split(' ')).toHaveLength(2);
      expect([verifies(first, during), verifies(rotated.secret, during)]).toEqual([true, true]);

      const again = (await admin.ok(ROTATE, { id: endpoint.id, hours: 0 })).rotateWebhookSecret;
      expect(again.endpoint.previousSecretUntil).toBeNull();
      await post(alice, 'Overlap two');
      const after = await eventually(() => arrived(r.delivered(), (x) => verified(again.secret, x).data.idea.title === 'Overlap two'));
      expect([verifies(first, after), verifies(rotated.secret, after), verifies(again.secret, after)]).toEqual([false, false, true]);
      await admin.ok(DELETE, { id: endpoint.id });
    });

    it('retries a receiver that answers 503 until it recovers: every event arrives once, under the same webhook-id, re-signed', async () => {
      const r = await receiver();
      r.status = 503;
      const { secret, endpoint } = await create(r.url, ['idea.posted']);
      const titles = ['Retry one', 'Retry two', 'Retry three'];
      for (const title of titles) await post(alice, title);
      await eventually(() => expect(new Set(r.received.map((x) => x.headers['webhook-id'])).size).toBe(3));
      await eventually(() => expect(r.received.length).toBeGreaterThanOrEqual(6)); // each retried at least once
      r.status = 200;
      await eventually(async () => {
        const edges = (await log(endpoint.id)).deliveries.edges;
        expect(edges.map((e: { node: { status: string } }) => e.node.status)).toEqual(['DELIVERED', 'DELIVERED', 'DELIVERED']);
      });
      const delivered = r.delivered();
      expect(delivered.map((x) => verified(secret, x).data.idea.title).sort()).toEqual([...titles].sort());
      expect(new Set(delivered.map((x) => x.headers['webhook-id'])).size).toBe(3);
      for (const x of r.received) expect(verifies(secret, x)).toBe(true);
      const edges = (await log(endpoint.id)).deliveries.edges.map((e: { node: Record<string, unknown> }) => e.node);
      for (const d of edges) {
        expect(d.attempts).toBe(r.received.filter((x) => x.headers['webhook-id'] === d.messageId).length);
        expect(d.lastResponseCode).toBe(200);
      }
      await admin.ok(DELETE, { id: endpoint.id });
    });

    it('disables an endpoint that answers 410 Gone at once, and tells the admins through a domain event', async () => {
      const r = await receiver();
      r.status = 410;
      const { endpoint } = await create(r.url, ['idea.posted']);
      await post(alice, 'Gone one');
      await eventually(async () => expect(await log(endpoint.id)).toMatchObject({ enabled: false, disabledReason: 'GONE' }));
      const logged = await log(endpoint.id);
      expect(logged.deliveries.edges[0].node).toMatchObject({ status: 'FAILED', attempts: 1, lastResponseCode: 410, lastError: 'HTTP 410' });
      const events = await t.db.query(`SELECT payload FROM outbox_events WHERE type = 'WEBHOOK_ENDPOINT_DISABLED'`);
      expect(events.map((e: { payload: unknown }) => e.payload)).toContainEqual({ endpointId: expect.any(String), url: r.url, reason: 'GONE' });
      await post(alice, 'Gone two');
      await post(alice, 'Gone three');
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id WHERE e.url = $1`, [r.url]);
      expect(r.received).toHaveLength(1);
      expect(n).toBe(1);
      await admin.ok(DELETE, { id: endpoint.id });
    });

    it('fails a delivery past its last retry, disables the endpoint, and redelivers it once the admin turns it back on', async () => {
      const down = await receiver();
      await down.close(); // nothing listens on its port
      const { secret, endpoint } = await create(down.url, ['idea.posted']);
      await post(alice, 'Never heard');
      await eventually(async () => expect(await log(endpoint.id)).toMatchObject({ enabled: false, disabledReason: 'FAILING' }), 60_000);
      const failed = (await log(endpoint.id)).deliveries.edges[0].node;
      expect(failed).toMatchObject({ status: 'FAILED', attempts: 10, lastResponseCode: null, lastError: 'connection refused' });
      const [disabled] = await t.db.query(`SELECT payload FROM outbox_events WHERE type = 'WEBHOOK_ENDPOINT_DISABLED' AND payload->>'reason' = 'FAILING'`);
      expect(disabled.payload.url).toBe(down.url);

      await down.open(); // back on the same port
      await admin.ok(UPDATE, { input: { id: endpoint.id, enabled: true } });
      const again = (await admin.ok(REDELIVER, { id: failed.id })).redeliverWebhook.delivery;
      expect(again).toMatchObject({ id: failed.id, status: 'PENDING', messageId: failed.messageId });
      await eventually(() => expect(down.delivered()).toHaveLength(1));
      expect(down.delivered()[0].headers['webhook-id']).toBe(failed.messageId);
      expect(verified(secret, down.delivered()[0]).data.idea.title).toBe('Never heard');
      await eventually(async () => expect((await log(endpoint.id)).deliveries.edges[0].node).toMatchObject({ status: 'DELIVERED', attempts: 11 }));
      expect(errorReasons(await admin.request(REDELIVER, { id: toGlobalId('WebhookDelivery', '999999') }))).toEqual(['WEBHOOK_DELIVERY_NOT_FOUND']);
      await admin.ok(DELETE, { id: endpoint.id });
    }, 90_000);
  });
});

describe('webhooks with the SSRF guard on', () => {
  let t: TestApp;
  let admin: GraphQLClient, alice: GraphQLClient;
  const r = new WebhookReceiver();

  beforeAll(async () => {
    t = await startTestApp({ KINDLING_WEBHOOK_RETRY_DELAY_SECONDS: '1' });
    const dep = await aDepartment(t.db);
    [admin, alice] = await t.signedIn([await aPerson(t.db, dep, 'Ada', 'ADMIN'), await aPerson(t.db, dep, 'Alice')]);
    await r.open();
  });
  afterAll(async () => {
    await t.close();
    await r.close();
  });

  it('refuses loopback, private, link-local, unspecified, multicast and shared targets, also behind a host name', async () => {
    for (const url of [
      'http://127.0.0.1/hook', 'http://10.1.2.3/hook', 'http://172.16.0.1/', 'http://192.168.1.1/', 'http://169.254.169.254/latest/meta-data/',
      'http://100.64.0.1/', 'http://0.0.0.0/', 'http://224.0.0.1/', 'http://[::1]/hook', 'http://[fe80::1]/', 'http://[fd00::1]/', 'http://[::ffff:10.0.0.1]/',
      'http://localhost:8080/hook',
    ]) {
      const res = await admin.request(CREATE, { input: { url, events: ['idea.posted'] } });
      expect({ url, reasons: errorReasons(res), codes: errorCodes(res) }).toEqual({ url, reasons: ['WEBHOOK_URL_NOT_ALLOWED'], codes: ['BAD_USER_INPUT'] });
    }
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM webhook_endpoints`);
    expect(n).toBe(0);
  });

  it('checks again at every delivery: an endpoint that points inside is never connected to', async () => {
    // as if it had been registered while the guard was off, or its host name had been re-pointed since
    const [admin0] = await t.db.query(`SELECT id FROM people WHERE role = 'ADMIN' LIMIT 1`);
    const [row] = await t.db.query(
      `INSERT INTO webhook_endpoints (url, events, secret, created_by) VALUES ($1, '{idea.posted}', 'whsec_AAAA', $2) RETURNING id::text AS id`,
      [r.url, admin0.id],
    );
    await alice.ok(POST_IDEA, { input: { title: 'Inside job', body: 'b' } });
    const id = toGlobalId('WebhookEndpoint', row.id);
    await eventually(async () => expect((await admin.ok(ENDPOINT, { id })).webhookEndpoint).toMatchObject({ enabled: false, disabledReason: 'FAILING' }), 60_000);
    const [delivery] = (await admin.ok(ENDPOINT, { id })).webhookEndpoint.deliveries.edges;
    expect(delivery.node).toMatchObject({ status: 'FAILED', lastError: 'address not allowed', lastResponseCode: null });
    expect(r.received).toHaveLength(0);
  }, 90_000);
});
