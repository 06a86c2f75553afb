import { createHash } from 'node:crypto';
import { toGlobalId } from '@kindling/api/core';
import { aStaff, errorReasons } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const SIGN_IN = `mutation($id: ID!) { devSignIn(input: { personId: $id }) { viewer { id } } }`;

/** One request as a browser holding `cookie` would send it; returns who it acted as and the Set-Cookie header. */
async function asCookie(t: TestApp, cookie: string, query = '{ viewer { id } }', headers: Record<string, string> = {}) {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `kindling_session=${cookie}`, ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: { viewer?: { id: string } | null }; errors?: unknown[] };
  return { viewer: body.data?.viewer ?? null, setCookie: response.headers.get('set-cookie'), body };
}

/** Signs in with dev sign-in; returns the session cookie's value and the whole Set-Cookie header. */
async function signIn(t: TestApp, personId: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: SIGN_IN, variables: { id: personId } }),
  });
  expect(response.status).toBe(200);
  const setCookie = response.headers.get('set-cookie')!;
  return { cookie: /^kindling_session=([^;]*)/.exec(setCookie)![1], setCookie };
}

const session = async (t: TestApp, cookie: string) =>
  (await t.db.query(`SELECT id::text, created_at, last_seen_at, expires_at, revoked_at FROM sessions WHERE token_hash = $1`, [sha256(cookie)]))[0];

describe('sessions', () => {
  let t: TestApp;
  let people: string[];

  beforeAll(async () => {
    t = await startTestApp();
    people = (await aStaff(t.db, 3)).personIds.map((id) => toGlobalId('Person', id));
  });
  afterAll(() => t.close());

  it('start at sign-in with an httpOnly, SameSite=Lax cookie holding a random secret whose hash alone is stored', async () => {
    const { cookie, setCookie } = await signIn(t, people[0]);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/i); // plain http, no proxy trusted
    expect(cookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie).not.toContain(people[0]);
    const stored = await t.db.query(`SELECT token_hash, expires_at - created_at AS lifetime FROM sessions WHERE token_hash = $1`, [sha256(cookie)]);
    expect(stored).toHaveLength(1);
    expect(stored[0].lifetime.days).toBe(30);
    expect(await t.db.query(`SELECT 1 FROM sessions WHERE token_hash = $1`, [cookie])).toHaveLength(0);
    expect((await asCookie(t, cookie)).viewer).toEqual({ id: people[0] });
  });

  it('get a new id at every sign-in; the session signed in from ends', async () => {
    const first = await signIn(t, people[0]);
    const again = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `kindling_session=${first.cookie}` },
      body: JSON.stringify({ query: SIGN_IN, variables: { id: people[1] } }),
    });
    const second = /^kindling_session=([^;]*)/.exec(again.headers.get('set-cookie')!)![1];
    expect(second).not.toBe(first.cookie);
    expect((await asCookie(t, second)).viewer).toEqual({ id: people[1] });
    expect((await asCookie(t, first.cookie)).viewer).toBeNull();
  });

  it('end at sign-out on the server: the old cookie no longer acts, wherever it was copied', async () => {
    const { cookie } = await signIn(t, people[0]);
    const out = await asCookie(t, cookie, `mutation { signOut { signedOut } }`);
    expect(out.setCookie).toMatch(/kindling_session=;.*Expires=Thu, 01 Jan 1970/);
    const replayed = await asCookie(t, cookie);
    expect(replayed.viewer).toBeNull();
    expect(replayed.setCookie).toMatch(/kindling_session=;/); // a dead cookie is cleared
    expect((await session(t, cookie)).revoked_at).not.toBeNull();
  });

  it('end everywhere at once with signOutEverywhere, and only that person’s', async () => {
    const laptop = await signIn(t, people[2]);
    const phone = await signIn(t, people[2]);
    const colleague = await signIn(t, people[1]);
    const { body } = await asCookie(t, phone.cookie, `mutation { signOutEverywhere { signedOut sessionsEnded } }`);
    expect(body.data).toEqual({ signOutEverywhere: { signedOut: true, sessionsEnded: 2 } });
    expect((await asCookie(t, laptop.cookie)).viewer).toBeNull();
    expect((await asCookie(t, phone.cookie)).viewer).toBeNull();
    expect((await asCookie(t, colleague.cookie)).viewer).toEqual({ id: people[1] });
  });

  it('end when idle for longer than the idle limit (7 days by default), and at the absolute expiry however busy', async () => {
    const idle = await signIn(t, people[0]);
    await t.db.query(`UPDATE sessions SET last_seen_at = now() - interval '7 days 1 minute' WHERE token_hash = $1`, [sha256(idle.cookie)]);
    const idleResult = await asCookie(t, idle.cookie);
    expect(idleResult.viewer).toBeNull();
    expect(idleResult.setCookie).toMatch(/kindling_session=;/);

    const busy = await signIn(t, people[0]);
    await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [sha256(busy.cookie)]);
    expect((await asCookie(t, busy.cookie)).viewer).toBeNull();
  });

  it('record when they were last seen without a write per request (at most once a minute)', async () => {
    const { cookie } = await signIn(t, people[0]);
    const before = await session(t, cookie);
    await asCookie(t, cookie);
    await asCookie(t, cookie);
    expect((await session(t, cookie)).last_seen_at).toEqual(before.last_seen_at);
    await t.db.query(`UPDATE sessions SET last_seen_at = now() - interval '2 minutes' WHERE token_hash = $1`, [sha256(cookie)]);
    const [{ stale }] = await t.db.query(`SELECT last_seen_at AS stale FROM sessions WHERE token_hash = $1`, [sha256(cookie)]);
    await asCookie(t, cookie);
    expect((await session(t, cookie)).last_seen_at.getTime()).toBeGreaterThan(stale.getTime());
  });

  it('rotate after a day: the cookie is re-issued with a new secret, the old one stops after a short grace, the expiry stays', async () => {
    const { cookie } = await signIn(t, people[0]);
    await t.db.query(`UPDATE sessions SET created_at = now() - interval '25 hours' WHERE token_hash = $1`, [sha256(cookie)]);
    const old = await session(t, cookie);
    const rotated = await asCookie(t, cookie);
    expect(rotated.viewer).toEqual({ id: people[0] });
    const fresh = /^kindling_session=([^;]+)/.exec(rotated.setCookie ?? '')?.[1];
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(cookie);
    const next = await session(t, fresh!);
    expect(next.id).not.toBe(old.id);
    expect(next.expires_at).toEqual(old.expires_at);
    // a request already in flight with the old cookie still acts during the grace, without rotating again
    const inFlight = await asCookie(t, cookie);
    expect(inFlight.viewer).toEqual({ id: people[0] });
    expect(inFlight.setCookie).toBeNull();
    await t.db.query(`UPDATE sessions SET revoked_at = now() - interval '1 second' WHERE id = $1`, [old.id]); // the grace is over
    expect((await asCookie(t, cookie)).viewer).toBeNull();
    expect((await asCookie(t, fresh!)).viewer).toEqual({ id: people[0] });
  });

  it('treat a forged or unknown cookie as signed out and clear it', async () => {
    const forged = await asCookie(t, `1.${Date.now() + 1e9}.forged`);
    expect(forged.viewer).toBeNull();
    expect(forged.body.errors).toBeUndefined();
    expect(forged.setCookie).toMatch(/kindling_session=;/);
  });

  it('cannot be ended everywhere by a signed-out client', async () => {
    expect(errorReasons(await t.client().request(`mutation { signOutEverywhere { sessionsEnded } }`))).toEqual(['SIGN_IN_REQUIRED']);
  });
});

describe('a server behind an HTTPS proxy, reachable from other machines with dev sign-in on purpose', () => {
  let t: TestApp;
  let person: string;

  beforeAll(async () => {
    t = await startTestApp({ KINDLING_TRUST_PROXY: 'loopback', HOST: '0.0.0.0', KINDLING_DEV_SIGN_IN: 'true' });
    person = toGlobalId('Person', (await aStaff(t.db, 1)).personIds[0]);
  });
  afterAll(() => t.close());

  it('marks the cookie Secure when the trusted proxy says the request came over HTTPS', async () => {
    expect((await signIn(t, person, { 'x-forwarded-proto': 'https' })).setCookie).toMatch(/; Secure/i);
    expect((await signIn(t, person)).setCookie).not.toMatch(/Secure/i);
  });

  it('tells the web app that dev sign-in is exposed, so it can warn on every page', async () => {
    expect((await t.client().ok(`{ authSettings { devSignIn devSignInExposed } }`)).authSettings).toEqual({ devSignIn: true, devSignInExposed: true });
  });
});
