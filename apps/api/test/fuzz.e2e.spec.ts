/**
 * Issue 8 (item 12): thousands of seeded requests from the schema — valid and mutated documents, variables,
 * malformed HTTP — against the running app, as several signed-in people and anonymously. Every answer is
 * below 500, has no INTERNAL_SERVER_ERROR, stable codes with reasons and nothing internal; every refused
 * request leaves every table as it was; the server is healthy afterwards.
 *
 * KINDLING_FUZZ_SEED and KINDLING_FUZZ_RUNS override the seed and the number of requests.
 */
import fc from 'fast-check';
import { toGlobalId } from '@kindling/api/core';
import { aDepartment, aPerson, type GraphQLClient } from '@kindling/api/testing';
import { type Actor, type FuzzRequest, type Pools, fuzzRequest } from './fuzz/generator';
import { type Fingerprint, AFTER_COMMIT_TABLES, BOOKKEEPING_TABLES, changedTables, errorProblem, fingerprint, fingerprintQuery, internalLeak } from './fuzz/checks';
import { startTestApp, type TestApp } from './test-app';
import { ACCEPT, BUILD_ON, ENDORSE, INVITE, POST_IDEA } from './operations';

const SEED = Number(process.env.KINDLING_FUZZ_SEED ?? 20261201);
const RUNS = Number(process.env.KINDLING_FUZZ_RUNS ?? 2000);

/**
 * The test app's settings: limits that would refuse a burst of requests are lifted here, so the fuzz
 * measures answers rather than the rate limiter (which has its own tests).
 */
const FUZZ_APP_ENV: NodeJS.ProcessEnv = { KINDLING_RATE_LIMITS: 'off' };

interface Answer {
  status: number;
  text: string;
  body: { data?: unknown; errors?: Array<{ message?: unknown; extensions?: { code?: unknown; reason?: unknown } }> } | null;
  ms: number;
}

describe('fuzz: hostile requests from the schema', () => {
  let t: TestApp;
  let personIds: string[];
  /** Their global ids. */
  let people: string[];
  /** Cookie headers of the signed-in actors, kept fixed (a response's Set-Cookie does not replace them). */
  const cookies: string[] = [];
  let pools: Pools;

  async function cookieOf(personId: string): Promise<string> {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation($id: ID!) { devSignIn(input: { personId: $id }) { viewer { id } } }`, variables: { id: personId } }),
    });
    const cookie = response.headers.get('set-cookie');
    if (response.status !== 200 || !cookie) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
    return cookie.split(';')[0];
  }

  /** A small realistic graph: ideas, build-ons (one and two parents), co-authors (pending, accepted), endorsements, comments and replies. */
  async function seedGraph(clients: GraphQLClient[]): Promise<void> {
    const [alice, bob, carol, dan] = clients;
    const post = async (c: GraphQLClient, title: string, tags: string[] = []) => (await c.ok(POST_IDEA, { input: { title, body: `${title}, described.`, tags } })).postIdea.idea.id as string;
    const a = await post(alice, 'Shift swap board', ['rostering']);
    const b = await post(bob, 'Rota app', ['rostering', 'mobile']);
    const c = await post(carol, 'Shared van calendar', ['fleet']);
    const d = await post(dan, 'Fuel log');
    const ab = (await carol.ok(BUILD_ON, { input: { parentIds: [a, b], split: [70, 30], title: 'Rota app with swaps', body: 'Both.' } })).buildOn.idea.id;
    const cd = (await alice.ok(BUILD_ON, { input: { parentIds: [c], relation: 'REFINES', title: 'Van calendar with fuel', body: 'Refined.' } })).buildOn.idea.id;
    await dan.ok(BUILD_ON, { input: { parentIds: [ab, cd], title: 'Operations dashboard', body: 'All in one.' } });
    await alice.ok(INVITE, { ideaId: a, personId: people[1] });
    await bob.ok(ACCEPT, { ideaId: a });
    await alice.ok(INVITE, { ideaId: cd, personId: people[3] }); // left pending
    await bob.ok(ENDORSE, { ideaId: c });
    await dan.ok(ENDORSE, { ideaId: a });
    await carol.ok(ENDORSE, { ideaId: d });
    const comment = `mutation($input: CommentInput!) { comment(input: $input) { comment { id } } }`;
    const first = (await bob.ok(comment, { input: { ideaId: c, body: 'Who books on weekends?' } })).comment.comment.id;
    await carol.ok(comment, { input: { ideaId: c, body: 'The duty manager.', replyToId: first } });
    await dan.ok(comment, { input: { ideaId: ab, body: 'Nice.' } });
  }

  async function loadPools(): Promise<Pools> {
    const ids = async (table: string) => ((await t.db.query(`SELECT id::text AS id FROM ${table} ORDER BY id`)) as Array<{ id: string }>).map((r) => r.id);
    const [ideas, persons, departments, comments] = await Promise.all([ids('ideas'), ids('people'), ids('departments'), ids('comments')]);
    const reader = t.client();
    await reader.signInAs(people[0]);
    const pages = await reader.ok(`{ ideas(first: 5) { edges { cursor } } newest: ideas(first: 3, orderBy: MOST_ENDORSED) { edges { cursor } }
      people(first: 3) { edges { cursor } } viewer { credit(first: 2) { edges { cursor } } } }`);
    const cursors = [...pages.ideas.edges, ...pages.newest.edges, ...pages.people.edges, ...pages.viewer.credit.edges].map((e: { cursor: string }) => e.cursor);
    const crafted = [['garbage'], ['2020-13-45T00:00:00Z', '1'], ['2024-01-01T00:00:00Z', 'abc'], [1e308, '1'], [null], [], [{}], 'not an array', [-1, -1, -1]];
    const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
    return {
      Idea: ideas.map((id) => toGlobalId('Idea', id)),
      Person: persons.map((id) => toGlobalId('Person', id)),
      Department: departments.map((id) => toGlobalId('Department', id)),
      Comment: comments.map((id) => toGlobalId('Comment', id)),
      // ids of rows that do not exist: past the last one, and far past it
      missing: ['Idea', 'Person', 'Department', 'Comment'].flatMap((type) => [toGlobalId(type, '999999'), toGlobalId(type, '9223372036854775807')]),
      cursors: [...cursors, ...crafted.map((v) => b64(JSON.stringify(v))), b64('not json'), '%%%', ''],
    };
  }

  beforeAll(async () => {
    t = await startTestApp(FUZZ_APP_ENV);
    const departments = [await aDepartment(t.db, 'Operations'), await aDepartment(t.db, 'Nursing')];
    const ids = (personIds = [
      await aPerson(t.db, departments[0], 'Alice Admin', 'ADMIN'),
      await aPerson(t.db, departments[1], 'Bob Reviewer', 'REVIEWER'),
      await aPerson(t.db, departments[0], 'Carol Member'),
      await aPerson(t.db, departments[1], 'Dan Member'),
      await aPerson(t.db, departments[1], 'Erin Left'),
    ]);
    await t.db.query(`UPDATE people SET active = false WHERE id = $1`, [ids[4]]);
    people = ids.map((id) => toGlobalId('Person', id));
    await seedGraph(await t.signedIn(ids.slice(0, 4)));
    for (const id of people.slice(0, 4)) cookies.push(await cookieOf(id));
    pools = await loadPools();
  }, 120_000);
  afterAll(() => t?.close());

  function headersOf(request: FuzzRequest): Record<string, string> {
    const actor: Actor = request.actor;
    const headers = { ...request.headers };
    if (actor.kind === 'person') headers.cookie = cookies[actor.index];
    if (actor.kind === 'bad-bearer') headers.authorization = 'Bearer kdl_not-a-real-token';
    if (actor.kind === 'bad-cookie') headers.cookie = 'kindling_session=s%3Aforged.signature';
    return headers;
  }

  async function send(request: FuzzRequest): Promise<Answer> {
    const started = performance.now();
    // a hang fails this request with its description instead of timing out the whole file
    const response = await fetch(`${t.url}${request.path}`, { method: request.method, headers: headersOf(request), body: request.body, signal: AbortSignal.timeout(60_000) });
    const text = await response.text();
    const ms = performance.now() - started;
    let body: Answer['body'] = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    return { status: response.status, text, body: body && typeof body === 'object' ? body : null, ms };
  }

  it(`answers ${RUNS} hostile requests without a server error, a leak or a half-done write (seed ${SEED})`, async () => {
    const fingerprintSql = await fingerprintQuery(t.db);
    const stats = {
      sent: 0,
      byKind: {} as Record<string, number>,
      byActor: {} as Record<string, number>,
      outcome: { accepted: 0, partial: 0, refused: 0 },
      refusals: {} as Record<string, number>,
      acceptedMutations: {} as Record<string, number>,
      refusedMutationsChecked: 0,
      durations: [] as number[],
    };
    const bump = (map: Record<string, number>, key: string) => (map[key] = (map[key] ?? 0) + 1);
    let before: Fingerprint = await fingerprint(t.db, fingerprintSql);
    let index = 0;
    // every failing request is kept (the run goes on), so one run lists every kind of problem
    const failures: string[] = [];

    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const run = index++;
        const request = fuzzRequest(g, pools, cookies.length);
        const answer = await send(request);
        const fail = (problem: string) => {
          failures.push(
            `fuzz run ${run} (seed ${SEED}): ${problem}\n` +
              `request: ${request.method} ${request.path} as ${JSON.stringify(request.actor)}\n` +
              `headers: ${JSON.stringify(request.headers)}\nbody: ${request.body?.slice(0, 4000)}\n` +
              `answer: ${answer.status} ${answer.text.slice(0, 2000)}`,
          );
        };
        stats.sent++;
        bump(stats.byKind, request.kind === 'http' ? `http: ${request.label}` : `${request.kind} ${request.transport} ${request.mutated ? 'mutated' : 'valid'}`);
        bump(stats.byActor, request.actor.kind);
        stats.durations.push(answer.ms);

        if (answer.status >= 500) fail(`HTTP ${answer.status}`);
        const errors = answer.body?.errors ?? [];
        for (const error of errors) {
          const problem = errorProblem(error);
          if (problem) fail(problem);
          const leak = internalLeak(String(error.message), request.body ?? request.path);
          if (leak) fail(`internal detail in a message: "${leak}"`);
        }
        if (!answer.body) {
          const leak = internalLeak(answer.text, request.body ?? request.path);
          if (leak) fail(`internal detail in a non-JSON answer: "${leak}"`);
        }

        const data = answer.body?.data;
        const refused = answer.status >= 400 || (errors.length > 0 && (data === null || data === undefined));
        if (refused) {
          stats.outcome.refused++;
          const first = errors[0]?.extensions;
          bump(stats.refusals, first ? `${String(first.code)}${first.reason ? ` / ${String(first.reason)}` : ''}` : `HTTP ${answer.status}`);
        } else if (errors.length) stats.outcome.partial++;
        else stats.outcome.accepted++;

        // a sign-in or sign-out may end or replace the actor's session: sign them in again afterwards
        const touchesSession = request.kind === 'mutation' && /devSignIn|signOut/.test(request.label) && !refused;
        if (request.kind === 'mutation' && !refused) bump(stats.acceptedMutations, request.label);
        const after = await fingerprint(t.db, fingerprintSql);
        const changed = changedTables(before, after);
        if (changed.length && (refused || request.kind !== 'mutation')) {
          fail(`${refused ? 'a refused request' : 'a query'} changed ${changed.join(', ')}`);
        }
        if (refused && request.kind === 'mutation') stats.refusedMutationsChecked++;
        before = after;
        if (touchesSession && request.actor.kind === 'person') {
          cookies[request.actor.index] = await cookieOf(people[request.actor.index]);
          before = await fingerprint(t.db, fingerprintSql);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );

    const sorted = [...stats.durations].sort((a, b) => a - b);
    const report = {
      seed: SEED,
      sent: stats.sent,
      byKind: stats.byKind,
      byActor: stats.byActor,
      outcome: stats.outcome,
      refusals: Object.fromEntries(Object.entries(stats.refusals).sort((a, b) => b[1] - a[1])),
      acceptedMutations: stats.acceptedMutations,
      refusedMutationsChecked: stats.refusedMutationsChecked,
      tablesHashed: `all public tables but ${[...BOOKKEEPING_TABLES].join(', ')} and the after-commit ${[...AFTER_COMMIT_TABLES.keys()].join(', ')}`,
      ms: { p50: sorted[Math.floor(sorted.length * 0.5)], p99: sorted[Math.floor(sorted.length * 0.99)], max: sorted[sorted.length - 1] },
    };
    console.log(`fuzz report\n${JSON.stringify(report, null, 2)}`);
    expect(stats.sent).toBe(RUNS);
    expect({ failures: failures.length, first: failures.slice(0, 15) }).toEqual({ failures: 0, first: [] });
  }, 900_000);

  it('refuses a mutation whose payload has an argument its resolver would refuse, before it writes (found by the fuzz)', async () => {
    const [client] = await t.signedIn([personIds[2]]);
    const before = await fingerprint(t.db, await fingerprintQuery(t.db));
    const payloads: Array<[string, string, string]> = [
      ['children(first: 1, last: 1) { totalCount }', 'FIRST_AND_LAST', 'last'],
      ['children(after: "!!") { totalCount }', 'INVALID_CURSOR', 'cursor'],
      // a people cursor (name, id) where a person's ideas (newest first) are paged: its name would reach SQL as a time
      [`postedBy { ideas(after: "${Buffer.from(JSON.stringify(['Alice Admin', '1'])).toString('base64url')}") { totalCount } }`, 'INVALID_CURSOR', 'cursor'],
      ['credit { trail(personId: "SWRlYTox") { ppm } }', 'WRONG_ID_TYPE', 'personId'],
      ['lineage(maxDepth: 0) { ancestorCount }', 'OUT_OF_RANGE', 'maxDepth'],
      ['postedBy { creditHistory(periods: 61) { total } }', 'OUT_OF_RANGE', 'periods'],
    ];
    for (const [selection, reason, field] of payloads) {
      const response = await client.request(`mutation { postIdea(input: { title: "Twice?", body: "b" }) { idea { ${selection} } } }`);
      expect({ status: response.status, errors: response.errors?.map((e) => e.extensions) }).toEqual({ status: 400, errors: [{ code: 'BAD_USER_INPUT', reason, field }] });
    }
    expect(changedTables(before, await fingerprint(t.db, await fingerprintQuery(t.db)))).toEqual([]);
  });

  it('refuses a cursor of another list or order, or with an impossible date, as INVALID_CURSOR (found by the fuzz)', async () => {
    const client = t.client();
    await client.signInAs(people[0]);
    const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const [query, values] of [
      ['ideas', ['2020-13-45 00:00:00+00', '1']],
      ['ideas', ['Alice Admin', '1']],
      ['ideas(orderBy: MOST_ENDORSED)', ['2024-01-01 00:00:00+00', '1']],
      ['people', [5, 'x']],
    ] as const) {
      const response = await client.request(`{ ${query.replace(/^(\w+)(\((.*)\))?$/, (_, name, __, args) => `${name}(${args ? `${args}, ` : ''}after: "${cursor([...values])}")`)} { pageInfo { hasNextPage } } }`);
      expect(response.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR', field: 'cursor' }]);
    }
    const first = await client.ok(`{ ideas(first: 1) { pageInfo { endCursor } } people(first: 1) { pageInfo { endCursor } } }`);
    const next = await client.request(`query($a: String, $b: String) { ideas(first: 1, after: $a) { totalCount } people(first: 1, after: $b) { pageInfo { hasNextPage } } }`, { a: first.ideas.pageInfo.endCursor, b: first.people.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
  });

  it('refuses a document with several operations and no operation name (or an unknown one) as a client error (found by the fuzz)', async () => {
    const client = t.client();
    await client.signInAs(people[0]);
    for (const operationName of [undefined, 'C']) {
      const response = await client.request(`query A { viewer { id } } query B { authSettings { devSignIn } }`, {}, operationName);
      expect({ status: response.status, codes: response.errors?.map((e) => e.extensions?.code) }).toEqual({ status: 400, codes: ['OPERATION_RESOLUTION_FAILURE'] });
    }
  });

  it('is healthy afterwards: a simple query answers correctly and the ledger is intact', async () => {
    const client = t.client();
    await client.signInAs(people[2]);
    // the feed leaves out withdrawn ideas (the fuzz withdraws some)
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM ideas i WHERE i.hidden_at IS NULL AND NOT EXISTS (SELECT 1 FROM idea_withdrawals w WHERE w.idea_id = i.id)`);
    const answer = await client.ok(`{ ideas(first: 1) { totalCount } verifyLedger { intact } viewer { id } }`);
    expect(answer).toEqual({ ideas: { totalCount: count }, verifyLedger: { intact: true }, viewer: { id: people[2] } });
  });
});
