import type { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { JobQueue, LiveHub, OutboxRelay, type OutboxConsumer, type OutboxEvent } from '@kindling/api/core';
import { type GraphQLClient, aDepartment, aPerson, errorCodes, errorReasons, eventually } from '@kindling/api/testing';
import { POST_IDEA } from './operations';
import { startTestApp, type TestApp } from './test-app';

const FAILED = `query($queue: String, $first: Int, $after: String) { failedJobs(queue: $queue, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id queue label consumer eventType eventSeq attempts maxAttempts createdAt failedAt lastError } } } }`;
const HEALTH = `{ deliveryHealth { queue queued retrying active failed oldestQueuedAt oldestQueuedSeconds } }`;
const RETRY = `mutation($input: RetryFailedJobsInput!) { retryFailedJobs(input: $input) { retried } }`;
const UNKNOWN_JOB = '00000000-0000-4000-8000-000000000000';

/** A consumer of the outbox for these tests only, run by a relay of its own over the app's real job queue and database. */
class RecordingConsumer implements OutboxConsumer {
  readonly seen: string[] = [];
  failing = false;
  constructor(readonly name: string) {}
  async handle(event: OutboxEvent): Promise<void> {
    if (this.failing) throw new Error(`cannot handle ${event.type} right now`);
    this.seen.push(event.seq);
  }
}

/** The app's own OutboxRelay class, relaying to `consumer` alone (what OUTBOX_CONSUMERS would give it). */
async function relayFor(t: TestApp, consumer: RecordingConsumer): Promise<OutboxRelay> {
  const moduleRef = { get: () => consumer } as unknown as ModuleRef;
  const relay = new OutboxRelay(t.app.get(DataSource), moduleRef, t.app.get(JobQueue), t.app.get(LiveHub), [RecordingConsumer]);
  await relay.onApplicationBootstrap();
  return relay;
}

const jobState = async (t: TestApp, id: string) =>
  (await t.db.query(`SELECT state, retry_count::int AS "retryCount" FROM pgboss.job WHERE id = $1`, [id]))[0] as { state: string; retryCount: number };

describe('delivery: dead letters, the relay, shutdown', () => {
  let t: TestApp;
  let jobs: JobQueue;
  let admin: GraphQLClient, member: GraphQLClient;
  let memberId: string;
  const relays: OutboxRelay[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    jobs = t.app.get(JobQueue);
    const dep = await aDepartment(t.db);
    memberId = await aPerson(t.db, dep, 'Mia');
    const adminId = await aPerson(t.db, dep, 'Ada', 'ADMIN');
    [admin, member] = await t.signedIn([adminId, memberId]);
  });
  afterAll(async () => {
    for (const relay of relays) await relay.beforeApplicationShutdown();
    await t.close();
  });

  describe('a job that keeps failing', () => {
    const attempts: number[] = [];
    let fixed = false;
    let jobId: string;

    beforeAll(async () => {
      await jobs.ensureQueue('test.flaky', { retryLimit: 1, retryDelay: 1, retryBackoff: true });
      await jobs.work<{ deliveryId: string }>('test.flaky', async () => {
        attempts.push(Date.now());
        if (!fixed) throw new Error(`receiver answered 503: ${'Service Unavailable '.repeat(30)}`);
      });
      const boss = await jobs.ready();
      jobId = (await boss.send('test.flaky', { deliveryId: '17', endpointId: '3', secret: 'whsec_do-not-show', body: 'a whole payload' })) as string;
    });

    it('is retried with backoff, then fails: a dead letter with its last error, attempts and times', async () => {
      await eventually(async () => expect((await jobState(t, jobId)).state).toBe('failed'));
      expect(attempts).toHaveLength(2);
      // retryDelay 1 s with backoff: the second attempt waits at least a second after the first failed
      expect(attempts[1] - attempts[0]).toBeGreaterThanOrEqual(900);

      const { failedJobs } = await admin.ok(FAILED, { queue: 'test.flaky' });
      expect(failedJobs.totalCount).toBe(1);
      const [{ node }] = failedJobs.edges;
      expect(node).toMatchObject({ id: jobId, queue: 'test.flaky', consumer: null, eventType: null, eventSeq: null, attempts: 2, maxAttempts: 2 });
      expect(node.label).toBe('test.flaky — deliveryId 17, endpointId 3');
      expect(node.lastError).toMatch(/^receiver answered 503: Service Unavailable/);
      expect(node.lastError).toHaveLength(300);
      expect(node.lastError.endsWith('…')).toBe(true);
      expect(new Date(node.failedAt).getTime()).toBeGreaterThanOrEqual(new Date(node.createdAt).getTime());
      // only the error's message and the data's ids leave: no stack, no secret, no payload
      expect(JSON.stringify(node)).not.toMatch(/whsec_|a whole payload|\n\s+at /);
    });

    it('shows in the queue’s health', async () => {
      const { deliveryHealth } = await admin.ok(HEALTH);
      expect(deliveryHealth.find((q: { queue: string }) => q.queue === 'test.flaky')).toEqual({
        queue: 'test.flaky', queued: 0, retrying: 0, active: 0, failed: 1, oldestQueuedAt: null, oldestQueuedSeconds: null,
      });
      expect(deliveryHealth.map((q: { queue: string }) => q.queue).filter((name: string) => name.startsWith('__pgboss'))).toEqual([]);
    });

    it('is refused to members: the list, the health and retrying', async () => {
      for (const [query, variables] of [[FAILED, {}], [HEALTH, {}], [RETRY, { input: { ids: [jobId] } }]] as const) {
        const response = await member.request(query, variables);
        expect([errorCodes(response), errorReasons(response), response.data ?? null]).toEqual([['FORBIDDEN'], ['ROLE_REQUIRED'], null]);
      }
      expect((await jobState(t, jobId)).state).toBe('failed');
    });

    it('refuses unknown, malformed and ambiguous retries and changes nothing', async () => {
      const unknown = await admin.request(RETRY, { input: { ids: [jobId, UNKNOWN_JOB] } });
      expect([errorCodes(unknown), errorReasons(unknown)]).toEqual([['NOT_FOUND'], ['FAILED_JOB_NOT_FOUND']]);
      const malformed = await admin.request(RETRY, { input: { ids: [jobId, 'not-a-job'] } });
      expect([errorCodes(malformed), errorReasons(malformed), malformed.errors?.[0].extensions?.field]).toEqual([['BAD_USER_INPUT'], ['JOB_ID_INVALID'], 'ids[1]']);
      for (const input of [{ ids: [jobId], all: true }, {}, { all: false }, { ids: [] }, { ids: [jobId], queue: 'test.flaky' }]) {
        expect({ input, reasons: errorReasons(await admin.request(RETRY, { input })) }).toEqual({ input, reasons: ['RETRY_TARGET'] });
      }
      expect(await jobState(t, jobId)).toEqual({ state: 'failed', retryCount: 1 });
      expect(attempts).toHaveLength(2);
    });

    it('is put back in its queue by retryFailedJobs and completes', async () => {
      fixed = true;
      expect((await admin.ok(RETRY, { input: { ids: [jobId] } })).retryFailedJobs.retried).toBe(1);
      await eventually(async () => expect((await jobState(t, jobId)).state).toBe('completed'));
      expect(attempts).toHaveLength(3);
      expect((await admin.ok(FAILED, { queue: 'test.flaky' })).failedJobs).toMatchObject({ totalCount: 0, edges: [] });
      // not failed any more: retrying it again is refused
      expect(errorReasons(await admin.request(RETRY, { input: { ids: [jobId] } }))).toEqual(['FAILED_JOB_NOT_FOUND']);
    });
  });

  describe('retrying all of a queue, and paging', () => {
    let doomed: string[];
    const handled: string[] = [];

    beforeAll(async () => {
      await jobs.ensureQueue('test.doomed', { retryLimit: 0 });
      await jobs.ensureQueue('test.other', { retryLimit: 0 });
      await jobs.work<{ n: number }>('test.doomed', async (job) => {
        handled.push(job.id);
        throw new Error('still broken');
      });
      await jobs.work('test.other', async () => {
        throw new Error('also broken');
      });
      const boss = await jobs.ready();
      doomed = [(await boss.send('test.doomed', { n: 1 })) as string, (await boss.send('test.doomed', { n: 2 })) as string, (await boss.send('test.doomed', { n: 3 })) as string];
      const other = (await boss.send('test.other', {})) as string;
      await eventually(async () => {
        for (const id of [...doomed, other]) expect((await jobState(t, id)).state).toBe('failed');
      });
    });

    it('pages through the failed jobs, the most recently failed first, each once', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 3; page += 1) {
        const { failedJobs }: { failedJobs: { totalCount: number; edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
          await admin.ok(FAILED, { queue: 'test.doomed', first: 1, after });
        expect(failedJobs.totalCount).toBe(3);
        seen.push(...failedJobs.edges.map((e) => e.node.id));
        expect(failedJobs.pageInfo.hasNextPage).toBe(page < 2);
        after = failedJobs.pageInfo.endCursor;
      }
      expect([...seen].sort()).toEqual([...doomed].sort());
      const times = await t.db.query(`SELECT id::text FROM pgboss.job WHERE id = ANY($1::uuid[]) ORDER BY completed_on DESC, id DESC`, [doomed]);
      expect(seen).toEqual(times.map((r: { id: string }) => r.id));
      const bad = await admin.request(FAILED, { first: 1, after: Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url') });
      expect(errorReasons(bad)).toEqual(['INVALID_CURSOR']);
    });

    it('retries every failed job of one queue and leaves the others', async () => {
      expect((await admin.ok(RETRY, { input: { all: true, queue: 'test.doomed' } })).retryFailedJobs.retried).toBe(3);
      await eventually(async () => expect(handled).toHaveLength(6));
      await eventually(async () => {
        const { failedJobs } = await admin.ok(FAILED, { queue: 'test.doomed' });
        expect(failedJobs.edges.map((e: { node: { attempts: number; maxAttempts: number } }) => [e.node.attempts, e.node.maxAttempts])).toEqual([[2, 2], [2, 2], [2, 2]]);
      });
      expect((await admin.ok(FAILED, { queue: 'test.other' })).failedJobs.totalCount).toBe(1);
      expect((await admin.ok(RETRY, { input: { all: true, queue: 'no.such.queue' } })).retryFailedJobs.retried).toBe(0);
    });
  });

  describe('the outbox relay', () => {
    it('queues each committed event once for a consumer; a consumer’s dead letter names its event and is retried', async () => {
      const consumer = new RecordingConsumer('test-recorder');
      relays.push(await relayFor(t, consumer));
      // a consumer's queue retries for about 17 minutes: this test's gives up at once
      const boss = await jobs.ready();
      await boss.updateQueue('outbox.test-recorder', { name: 'outbox.test-recorder', retryLimit: 0 });
      expect((await t.db.query(`SELECT expire_seconds FROM pgboss.queue WHERE name = 'outbox.test-recorder'`))[0].expire_seconds).toBe(120);

      consumer.failing = true;
      const idea = await member.ok(POST_IDEA, { input: { title: 'Bike racks by the back door', body: 'Two racks' } });
      expect(idea.postIdea.idea.id).toBeTruthy();
      await relays[0].drain();
      const [{ seq }] = await t.db.query(`SELECT max(seq)::text AS seq FROM outbox_events`);
      expect((await t.db.query(`SELECT last_seq::text FROM outbox_cursors WHERE name = 'test-recorder'`))[0].last_seq).toBe(seq);

      const failed = await eventually(async () => {
        const { failedJobs } = await admin.ok(FAILED, { queue: 'outbox.test-recorder' });
        expect(failedJobs.totalCount).toBe(1);
        return failedJobs.edges[0].node;
      });
      expect(failed).toMatchObject({ consumer: 'test-recorder', eventType: 'IDEA_POSTED', eventSeq: seq, label: `test-recorder: IDEA_POSTED #${seq}`, lastError: 'cannot handle IDEA_POSTED right now' });

      consumer.failing = false;
      expect((await admin.ok(RETRY, { input: { all: true } })).retryFailedJobs.retried).toBeGreaterThanOrEqual(1);
      await eventually(() => expect(consumer.seen).toEqual([seq]));
    });

    it('with two API processes relaying one database at once: one job per event, each handled once', async () => {
      const second = await startTestApp({}, { sharedWith: t });
      const [consumerA, consumerB] = [new RecordingConsumer('test-pair'), new RecordingConsumer('test-pair')];
      const relayA = await relayFor(t, consumerA);
      relays.push(relayA);
      const relayB = await relayFor(second, consumerB);
      try {
        const [{ start }] = await t.db.query(`SELECT last_seq::text AS start FROM outbox_cursors WHERE name = 'test-pair'`);
        const [fromSecond] = await second.signedIn([memberId]);
        const idea = (await member.ok(POST_IDEA, { input: { title: 'Ideas for the relay to carry', body: 'b' } })).postIdea.idea.id;
        // comments through both processes at once (no graph lock), each waking both relays (NOTIFY) while the other may be relaying
        for (let wave = 0; wave < 4; wave++) {
          await Promise.all(
            Array.from({ length: 10 }, (_, i) =>
              (i % 2 ? member : fromSecond).ok(`mutation($input: CommentInput!) { comment(input: $input) { comment { id } } }`, { input: { ideaId: idea, body: `Comment ${wave}.${i}` } }),
            ),
          );
        }
        const events: string[] = (await t.db.query(`SELECT e.seq::text FROM outbox_events e WHERE e.seq > $1 ORDER BY e.seq`, [start])).map((r: { seq: string }) => r.seq);
        expect(events).toHaveLength(41);
        await eventually(async () => {
          await Promise.all([relayA.drain(), relayB.drain()]);
          expect((await t.db.query(`SELECT last_seq::text FROM outbox_cursors WHERE name = 'test-pair'`))[0].last_seq).toBe(events[events.length - 1]);
        });
        const perEvent = await t.db.query(
          `SELECT data->>'seq' AS seq, count(*)::int AS n FROM pgboss.job WHERE name = 'outbox.test-pair' GROUP BY 1 ORDER BY (data->>'seq')::bigint`,
        );
        expect(perEvent).toEqual(events.map((seq) => ({ seq, n: 1 })));
        await eventually(() => expect([...consumerA.seen, ...consumerB.seen].sort((a, b) => Number(a) - Number(b))).toEqual(events));
      } finally {
        await relayB.beforeApplicationShutdown();
        await second.close();
      }
    });
  });

  describe('shutdown', () => {
    it('stores a queue’s expiry and retention in whatever unit its policy gives them (an attempt whose process died is retried after it)', async () => {
      await jobs.ensureQueue('test.minutes', { expireInMinutes: 2, retentionDays: 1 });
      await jobs.ensureQueue('test.hours', { expireInHours: 1 });
      const rows = await t.db.query(`SELECT name, expire_seconds AS "expireSeconds", retention_minutes AS "retentionMinutes" FROM pgboss.queue WHERE name LIKE 'test.%s' ORDER BY name`);
      expect(rows).toEqual([
        { name: 'test.hours', expireSeconds: 3600, retentionMinutes: null },
        { name: 'test.minutes', expireSeconds: 120, retentionMinutes: 1440 },
      ]);
    });

    it('lets a running job finish and leaves unstarted ones queued for the next start', async () => {
      const second = await startTestApp({}, { sharedWith: t });
      const secondJobs = second.app.get(JobQueue);
      let release: () => void = () => undefined;
      const running = new Promise<void>((resolve) => (release = resolve));
      await secondJobs.ensureQueue('test.slow', { retryLimit: 0 });
      await secondJobs.work('test.slow', () => running);
      const boss = await secondJobs.ready();
      const first = (await boss.send('test.slow', {})) as string;
      await eventually(async () => expect((await jobState(t, first)).state).toBe('active'));
      const next = (await boss.send('test.slow', {})) as string;
      const closing = second.close();
      // the job queue's shutdown has begun (it drops its pg-boss first, then stops the workers): now the job may end
      await eventually(() => expect(Reflect.get(secondJobs, 'boss')).toBeNull());
      await new Promise((resolve) => setImmediate(resolve));
      release();
      await closing;
      expect((await jobState(t, first)).state).toBe('completed');
      expect((await jobState(t, next)).state).toBe('created');
      const { deliveryHealth } = await admin.ok(HEALTH);
      const slow = deliveryHealth.find((q: { queue: string }) => q.queue === 'test.slow');
      expect(slow).toMatchObject({ queued: 1, active: 0, failed: 0 });
      expect(slow.oldestQueuedSeconds).toBeGreaterThanOrEqual(0);
      expect(new Date(slow.oldestQueuedAt).getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    });

    it('a job fetched while the app stops is run and marked done, not left "active" until it expires', async () => {
      const second = await startTestApp({}, { sharedWith: t });
      const secondJobs = second.app.get(JobQueue);
      await secondJobs.ensureQueue('test.fetching', { retryLimit: 0 });
      const handled: string[] = [];
      await secondJobs.work('test.fetching', async (job) => void handled.push(job.id));
      const [{ partition }] = await t.db.query(`SELECT partition_name AS partition FROM pgboss.queue WHERE name = 'test.fetching'`);
      // the queue's table is held while a job is queued in the same transaction: the worker's next fetch waits in PostgreSQL
      const holder = t.app.get(DataSource).createQueryRunner();
      await holder.startTransaction();
      await holder.query(`LOCK TABLE pgboss."${partition}" IN EXCLUSIVE MODE`);
      const [{ id }] = await holder.query(`INSERT INTO pgboss.job (name, data) VALUES ('test.fetching', '{}') RETURNING id::text`);
      secondJobs.nudge('test.fetching');
      await eventually(async () =>
        expect((await t.db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%SKIP LOCKED%'`))[0].n).toBe(1),
      );
      const closing = second.close();
      await eventually(() => expect(Reflect.get(secondJobs, 'boss')).toBeNull());
      await new Promise((resolve) => setTimeout(resolve, 300)); // the stop is under way while the fetch still waits
      await holder.commitTransaction();
      await holder.release();
      await closing;
      expect(handled).toEqual([id]);
      expect((await jobState(t, id)).state).toBe('completed');
    });
  });
});
