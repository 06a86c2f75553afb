import { Webhook } from 'standardwebhooks';
import { createTestDatabase, aDepartment, aPerson, eventually } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';
import { POST_IDEA } from './operations';
import { WebhookReceiver } from './webhook-receiver';

const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id } } }`;

/**
 * Deliveries are durable: the API stops while they wait for a receiver that is down; a new process on the
 * same database makes every one of them once the receiver is back, each exactly once.
 */
describe('webhooks across a restart', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let first: TestApp | null = null;
  let second: TestApp | null = null;
  const receiver = new WebhookReceiver();
  const env = { KINDLING_WEBHOOK_ALLOW_PRIVATE: 'true', KINDLING_WEBHOOK_RETRY_DELAY_SECONDS: '2' };

  beforeAll(async () => {
    database = await createTestDatabase();
    await receiver.open();
    await receiver.close(); // down: its port refuses connections
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await receiver.close();
    await database.drop();
  });

  it('makes every pending delivery once after the API restarts and the receiver comes back', async () => {
    first = await startTestApp(env, { sharedWith: { databaseUrl: database.url } });
    const dep = await aDepartment(first.db);
    const [aliceId, adminId] = [await aPerson(first.db, dep, 'Alice'), await aPerson(first.db, dep, 'Ada', 'ADMIN')];
    const [alice, admin] = await first.signedIn([aliceId, adminId]);
    const { secret } = (await admin.ok(CREATE, { input: { url: receiver.url, events: ['idea.posted'] } })).createWebhookEndpoint;
    const titles = ['Before the restart 1', 'Before the restart 2', 'Before the restart 3'];
    for (const title of titles) await alice.ok(POST_IDEA, { input: { title, body: 'b' } });
    await eventually(async () => {
      const rows = await first!.db.query(`SELECT status, attempts FROM webhook_deliveries`);
      expect(rows).toHaveLength(3);
      for (const row of rows) expect(row.status === 'PENDING' && row.attempts >= 1).toBe(true);
    });
    await first.close();
    first = null;

    await receiver.open(); // back, on the same port
    second = await startTestApp(env, { sharedWith: { databaseUrl: database.url } });
    await eventually(async () => {
      const rows = await second!.db.query(`SELECT status FROM webhook_deliveries`);
      expect(rows.map((r: { status: string }) => r.status)).toEqual(['DELIVERED', 'DELIVERED', 'DELIVERED']);
    }, 60_000);
    const delivered = receiver.delivered();
    expect(delivered).toHaveLength(3);
    expect(new Set(delivered.map((r) => r.headers['webhook-id'])).size).toBe(3);
    const bodies = delivered.map((r) => new Webhook(secret).verify(r.body, r.headers) as { data: { idea: { title: string } } });
    expect(bodies.map((b) => b.data.idea.title).sort()).toEqual(titles);
  }, 120_000);
});
