import { jest } from '@jest/globals';
import http from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { toGlobalId } from '@kindling/api/core';
import { GraphQLClient, type GraphQLResponse, aStaff, listeningPort } from '@kindling/api/testing';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { startTestApp, type TestApp } from './test-app';

const SIGN_IN = `mutation($id: ID!) { devSignIn(input: { personId: $id }) { viewer { id } } }`;
const POST = `mutation($title: String!) { postIdea(input: { title: $title, body: "A body." }) { idea { id } } }`;
const LINEAGE = `query($id: ID!) { node(id: $id) { ... on Idea { lineage(direction: BOTH) { ancestorCount } } } }`;

/** What a refused response must carry: 429, Retry-After, the RateLimit headers, code, reason and retryAfter. */
function expectRefused(response: GraphQLResponse, reason: string, limit: number): void {
  expect(response.status).toBe(429);
  expect(response.data).toBeUndefined();
  expect(response.errors).toHaveLength(1);
  const extensions = response.errors![0].extensions!;
  expect(extensions).toEqual({ code: 'RATE_LIMITED', reason, retryAfter: expect.any(Number) });
  const retryAfter = extensions.retryAfter as number;
  expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
  expect(response.headers.get('retry-after')).toBe(String(retryAfter));
  expect(response.headers.get('ratelimit-limit')).toBe(String(limit));
  expect(response.headers.get('ratelimit-remaining')).toBe('0');
  expect(Number(response.headers.get('ratelimit-reset'))).toBeGreaterThanOrEqual(1);
}

async function ideasBy(t: TestApp, personId: string): Promise<number> {
  const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM ideas WHERE posted_by = $1`, [personId]);
  return n;
}

describe('rate limits', () => {
  describe('sign-in, per client address', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp({ KINDLING_RATE_LIMITS: 'on', KINDLING_RATE_LIMIT_SIGN_IN: '3/60' })));
    afterAll(() => t.close());

    it('lets the first sign-ins through with the RateLimit headers, then refuses with 429 and writes nothing', async () => {
      const { personIds } = await aStaff(t.db, 5);
      const ids = personIds.map((id) => toGlobalId('Person', id));
      const signedIn: GraphQLClient[] = [];
      for (const [i, id] of ids.slice(0, 3).entries()) {
        signedIn.push(t.client());
        const response = await signedIn[i].request(SIGN_IN, { id });
        expect(response.status).toBe(200);
        expect(response.data.devSignIn.viewer.id).toBe(id);
        expect(response.headers.get('ratelimit-limit')).toBe('3');
        expect(response.headers.get('ratelimit-remaining')).toBe(String(2 - i));
      }
      const client = t.client();
      const refused = await client.request(SIGN_IN, { id: ids[3] });
      expectRefused(refused, 'TOO_MANY_SIGN_INS', 3);
      expect(refused.errors![0].message).not.toMatch(/sql|stack|postgres/i);
      // no session was issued: the client is still signed out
      expect(refused.headers.get('set-cookie')).toBeNull();
      expect((await client.ok(`{ viewer { id } }`)).viewer).toBeNull();
      // plain reads are not counted and carry no RateLimit headers
      const read = await signedIn[0].request(`{ ideas(first: 1) { totalCount } }`);
      expect(read.status).toBe(200);
      expect(read.headers.get('ratelimit-limit')).toBeNull();
    });
  });

  describe('writes and expensive reads, per person', () => {
    let t: TestApp;
    let alice: GraphQLClient;
    let bob: GraphQLClient;
    let people: string[];
    beforeAll(async () => {
      t = await startTestApp({ KINDLING_RATE_LIMITS: 'on', KINDLING_RATE_LIMIT_WRITES: '5/60', KINDLING_RATE_LIMIT_EXPENSIVE_READS: '2/60' });
      people = (await aStaff(t.db, 2)).personIds;
      [alice, bob] = await t.signedIn(people);
    });
    afterAll(() => t.close());

    it('refuses a burst of postIdea after the limit: exactly the limit is posted, and another person is not affected', async () => {
      const burst = await Promise.all(Array.from({ length: 9 }, (_, i) => alice.request(POST, { title: `Burst ${i}` })));
      const posted = burst.filter((r) => r.status === 200 && r.data?.postIdea);
      const refused = burst.filter((r) => r.status === 429);
      expect(posted).toHaveLength(5);
      expect(refused).toHaveLength(4);
      for (const r of refused) expectRefused(r, 'TOO_MANY_WRITES', 5);
      expect(await ideasBy(t, people[0])).toBe(5);

      const other = await bob.request(POST, { title: 'Not affected' });
      expect(other.status).toBe(200);
      expect(other.data.postIdea.idea.id).toEqual(expect.any(String));
      expect(other.headers.get('ratelimit-limit')).toBe('5');
      expect(other.headers.get('ratelimit-remaining')).toBe('4');
      expect(await ideasBy(t, people[1])).toBe(1);
    });

    it('counts several root mutations in one document as several writes, and refuses the whole document', async () => {
      const five = `mutation { ${Array.from({ length: 5 }, (_, i) => `p${i}: postIdea(input: { title: "Many ${i}", body: "b" }) { idea { id } }`).join(' ')} }`;
      expectRefused(await bob.request(five), 'TOO_MANY_WRITES', 5);
      expect(await ideasBy(t, people[1])).toBe(1);
    });

    it('limits expensive reads such as lineage, but not plain reads', async () => {
      const [{ id }] = await t.db.query(`SELECT id::text AS id FROM ideas WHERE posted_by = $1 LIMIT 1`, [people[1]]);
      const idea = toGlobalId('Idea', id);
      for (let i = 0; i < 2; i++) expect((await bob.request(LINEAGE, { id: idea })).status).toBe(200);
      expectRefused(await bob.request(LINEAGE, { id: idea }), 'TOO_MANY_EXPENSIVE_READS', 2);
      const plain = await bob.request(`query($id: ID!) { node(id: $id) { ... on Idea { title } } }`, { id: idea });
      expect(plain.status).toBe(200);
      expect(plain.data.node.title).toBe('Not affected');
      // search is an expensive read too; another person has their own budget
      const search = await alice.request(`{ ideas(first: 5, filter: { text: "burst" }) { edges { node { id } } } }`);
      expect(search.status).toBe(200);
      expect(search.headers.get('ratelimit-remaining')).toBe('1');
    });
  });

  describe('two API instances on one database', () => {
    let t: TestApp;
    let second: NestExpressApplication;
    let secondUrl: string;
    const env = { KINDLING_RATE_LIMITS: 'on', KINDLING_RATE_LIMIT_SIGN_IN: '4/60' };
    beforeAll(async () => {
      t = await startTestApp(env);
      const config = loadConfig({ DATABASE_URL: t.databaseUrl, KINDLING_DEV_SIGN_IN: 'true', KINDLING_WEB_DIR: '/nonexistent', ...env });
      second = await createApp(config, t.databaseUrl);
      await second.listen(0, '127.0.0.1');
      secondUrl = `http://127.0.0.1:${listeningPort(second.getHttpServer())}`;
    });
    afterAll(async () => {
      await second.close();
      await t.close();
    });

    it('share the counters', async () => {
      const ids = (await aStaff(t.db, 6)).personIds.map((id) => toGlobalId('Person', id));
      const first = (): GraphQLClient => t.client();
      const other = (): GraphQLClient => new GraphQLClient(secondUrl);
      expect((await first().request(SIGN_IN, { id: ids[0] })).status).toBe(200);
      expect((await other().request(SIGN_IN, { id: ids[1] })).status).toBe(200);
      expect((await first().request(SIGN_IN, { id: ids[2] })).status).toBe(200);
      const fourth = await other().request(SIGN_IN, { id: ids[3] });
      expect(fourth.status).toBe(200);
      expect(fourth.headers.get('ratelimit-remaining')).toBe('0');
      expectRefused(await first().request(SIGN_IN, { id: ids[4] }), 'TOO_MANY_SIGN_INS', 4);
      expectRefused(await other().request(SIGN_IN, { id: ids[5] }), 'TOO_MANY_SIGN_INS', 4);
    });
  });

  describe('switched off', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp({ KINDLING_RATE_LIMITS: 'off', KINDLING_RATE_LIMIT_SIGN_IN: '1/60', KINDLING_RATE_LIMIT_WRITES: '1/60' })));
    afterAll(() => t.close());

    it('refuses nothing and sends no RateLimit headers', async () => {
      const { personIds } = await aStaff(t.db, 4);
      const clients = await t.signedIn(personIds);
      const posts = await Promise.all(clients.flatMap((c, i) => [c.request(POST, { title: `Off ${i}a` }), c.request(POST, { title: `Off ${i}b` })]));
      expect(posts.map((r) => r.status)).toEqual(Array(8).fill(200));
      expect(posts.some((r) => r.headers.has('ratelimit-limit'))).toBe(false);
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM ideas`);
      expect(n).toBe(8);
    });
  });

  describe('when PostgreSQL cannot keep the counters', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp({ KINDLING_RATE_LIMITS: 'on', KINDLING_RATE_LIMIT_SIGN_IN: '2/60' })));
    afterAll(() => t.close());

    it('counts in this process instead, with the same limits, and logs a warning', async () => {
      const ids = (await aStaff(t.db, 3)).personIds.map((id) => toGlobalId('Person', id));
      await t.db.query(`DROP TABLE rate_limits`);
      const warned = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
      try {
        expect((await t.client().request(SIGN_IN, { id: ids[0] })).status).toBe(200);
        expect((await t.client().request(SIGN_IN, { id: ids[1] })).status).toBe(200);
        expectRefused(await t.client().request(SIGN_IN, { id: ids[2] }), 'TOO_MANY_SIGN_INS', 2);
        expect(warned).toHaveBeenCalledWith(expect.stringMatching(/rate limits: PostgreSQL is unreachable/));
      } finally {
        warned.mockRestore();
      }
    });
  });

  describe('requests in flight from one address', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startTestApp({ KINDLING_RATE_LIMITS: 'on', KINDLING_MAX_CONCURRENT_PER_ADDRESS: '2' })));
    afterAll(() => t.close());

    /** A request whose body is still on its way: it holds its place until `finish` sends the rest. */
    function slowRequest(): { finish(): Promise<number> } {
      const body = JSON.stringify({ query: '{ __typename }' });
      const { port } = new URL(t.url);
      const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
      const status = new Promise<number>((resolve, reject) => {
        req.on('response', (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
      });
      req.write(body.slice(0, 5));
      req.flushHeaders();
      return {
        finish: async () => {
          req.end(body.slice(5));
          return status;
        },
      };
    }

    it('refuses a request beyond the cap with TOO_MANY_REQUESTS, and serves again once the others are answered', async () => {
      const held = [slowRequest(), slowRequest()];
      // until the server has read both held requests' headers, a third one still fits
      let refused = await t.client().request(`{ __typename }`);
      for (let tries = 0; refused.status === 200 && tries < 50; tries++) refused = await t.client().request(`{ __typename }`);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
      expect(refused.errors?.map((e) => e.extensions)).toEqual([{ code: 'RATE_LIMITED', reason: 'TOO_MANY_REQUESTS', retryAfter: 1 }]);
      expect(await Promise.all(held.map((h) => h.finish()))).toEqual([200, 200]);
      expect((await t.client().request(`{ __typename }`)).status).toBe(200);
    });
  });
});
