import { createHash } from 'node:crypto';
import { fromGlobalId, toGlobalId } from '@kindling/api/core';
import { aStaff, errorCodes, errorReasons, GraphQLClient, type GraphQLResponse } from '@kindling/api/testing';
import { startTestApp, type TestApp } from './test-app';
import { POST_IDEA } from './operations';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const CREATE = `mutation($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { token apiToken { id name scopes createdAt lastUsedAt expiresAt revokedAt } }
}`;
const LIST = `{ apiTokens { id name scopes createdAt lastUsedAt expiresAt revokedAt } }`;
const REVOKE = `mutation($id: ID!) { revokeApiToken(input: { tokenId: $id }) { apiToken { id revokedAt } } }`;
const DAY = 86_400_000;

/** A request with a raw Authorization header (as a misconfigured script would send it). */
async function withAuthorization(t: TestApp, authorization: string, query = '{ viewer { id } }'): Promise<GraphQLResponse> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse, 'status' | 'headers'>;
  return { ...body, status: response.status, headers: response.headers };
}

describe('API tokens', () => {
  let t: TestApp;
  let owner: GraphQLClient;
  let other: GraphQLClient;
  let ownerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const ids = (await aStaff(t.db, 2)).personIds;
    ownerId = toGlobalId('Person', ids[0]);
    [owner, other] = await t.signedIn(ids);
  });
  afterAll(() => t.close());

  const create = async (input: Record<string, unknown>) => (await owner.ok(CREATE, { input })).createApiToken;

  it('are created read-only for 90 days by default, shown once, stored as a hash and listed with their times', async () => {
    const before = Date.now();
    const { token, apiToken } = await create({ name: '  Intranet widget ' });
    expect(token).toMatch(/^kdl_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({ name: 'Intranet widget', scopes: ['READ'], lastUsedAt: null, revokedAt: null });
    expect(fromGlobalId(apiToken.id).type).toBe('ApiToken');
    const lifetime = Date.parse(apiToken.expiresAt) - Date.parse(apiToken.createdAt);
    expect(lifetime).toBe(90 * DAY);
    expect(Date.parse(apiToken.createdAt)).toBeGreaterThanOrEqual(before - 5000);
    expect(await t.db.query(`SELECT 1 FROM api_tokens WHERE token_hash = $1`, [sha256(token)])).toHaveLength(1);
    expect(await t.db.query(`SELECT 1 FROM api_tokens WHERE token_hash = $1 OR name = $1`, [token])).toHaveLength(0);
    const { apiTokens } = await owner.ok(LIST);
    expect(apiTokens[0]).toEqual(apiToken);
    expect((await other.ok(LIST)).apiTokens).toEqual([]);
  });

  it('read with READ, are refused every mutation without WRITE (403, TOKEN_SCOPE), and write with WRITE', async () => {
    const reader = new GraphQLClient(t.url, (await create({ name: 'Dashboard' })).token);
    expect((await reader.ok(`{ viewer { id } }`)).viewer).toEqual({ id: ownerId });
    const ideasBefore = (await t.db.query(`SELECT count(*)::int AS n FROM ideas`))[0].n;
    const refused = await reader.request(POST_IDEA, { input: { title: 'From a read-only token', body: 'Must not be posted.' } });
    expect(refused.status).toBe(403);
    expect(refused.data).toBeUndefined();
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(errorReasons(refused)).toEqual(['TOKEN_SCOPE']);
    expect(errorReasons(await reader.request(`mutation { signOut { signedOut } }`))).toEqual(['TOKEN_SCOPE']);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM ideas`))[0].n).toBe(ideasBefore);

    const writer = new GraphQLClient(t.url, (await create({ name: 'Importer', scopes: ['WRITE', 'READ', 'WRITE'], expiresInDays: 365 })).token);
    const posted = (await writer.ok(POST_IDEA, { input: { title: 'From the intranet', body: 'Posted by a script.' } })).postIdea.idea;
    expect(posted.authors).toEqual([{ id: ownerId }]);
    const listed = (await owner.ok(LIST)).apiTokens.find((k: { name: string }) => k.name === 'Importer');
    expect(listed.scopes).toEqual(['READ', 'WRITE']);
    expect(Date.parse(listed.expiresAt) - Date.parse(listed.createdAt)).toBe(365 * DAY);
  });

  it('cannot create tokens or sign out everywhere: those need a browser session', async () => {
    const writer = new GraphQLClient(t.url, (await create({ name: 'Bot', scopes: ['READ', 'WRITE'] })).token);
    const count = async () => (await t.db.query(`SELECT count(*)::int AS n FROM api_tokens`))[0].n;
    const before = await count();
    const minted = await writer.request(CREATE, { input: { name: 'Another', scopes: ['WRITE'] } });
    expect(errorCodes(minted)).toEqual(['FORBIDDEN']);
    expect(errorReasons(minted)).toEqual(['SESSION_REQUIRED']);
    expect(await count()).toBe(before);
    expect(errorReasons(await writer.request(`mutation { signOutEverywhere { sessionsEnded } }`))).toEqual(['SESSION_REQUIRED']);
    expect((await owner.ok(`{ viewer { id } }`)).viewer).toEqual({ id: ownerId }); // the owner's session lives on
  });

  it('refuse an expiry beyond 365 days or under 1, no scopes, and a bad name, with reasons and fields', async () => {
    const refusal = async (input: Record<string, unknown>) => {
      const response = await owner.request(CREATE, { input });
      return response.errors?.map((e) => [e.extensions?.code, e.extensions?.reason, e.extensions?.field]);
    };
    expect(await refusal({ name: 'Long', expiresInDays: 366 })).toEqual([['BAD_USER_INPUT', 'TOKEN_EXPIRY', 'expiresInDays']]);
    expect(await refusal({ name: 'Short', expiresInDays: 0 })).toEqual([['BAD_USER_INPUT', 'TOKEN_EXPIRY', 'expiresInDays']]);
    expect(await refusal({ name: 'None', scopes: [] })).toEqual([['BAD_USER_INPUT', 'TOKEN_SCOPES', 'scopes']]);
    expect(await refusal({ name: '   ' })).toEqual([['BAD_USER_INPUT', 'TOKEN_NAME', 'name']]);
    expect((await owner.request(CREATE, { input: { name: 'x', scopes: ['ADMIN'] } })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('record their last use, at most once a minute', async () => {
    const { token, apiToken } = await create({ name: 'Poller' });
    const poller = new GraphQLClient(t.url, token);
    await poller.ok(`{ viewer { id } }`);
    const used = (await owner.ok(LIST)).apiTokens.find((k: { id: string }) => k.id === apiToken.id).lastUsedAt;
    expect(used).not.toBeNull();
    await poller.ok(`{ viewer { id } }`);
    expect((await owner.ok(LIST)).apiTokens.find((k: { id: string }) => k.id === apiToken.id).lastUsedAt).toBe(used);
  });

  it('are revoked by their owner only; a revoked token is refused with REVOKED_TOKEN', async () => {
    const { token, apiToken } = await create({ name: 'Old script' });
    const notTheirs = await other.request(REVOKE, { id: apiToken.id });
    expect(errorCodes(notTheirs)).toEqual(['NOT_FOUND']);
    expect(errorReasons(notTheirs)).toEqual(['TOKEN_NOT_FOUND']);
    expect((await new GraphQLClient(t.url, token).ok(`{ viewer { id } }`)).viewer).toEqual({ id: ownerId });

    const revoked = (await owner.ok(REVOKE, { id: apiToken.id })).revokeApiToken.apiToken;
    expect(revoked.revokedAt).not.toBeNull();
    expect((await owner.ok(REVOKE, { id: apiToken.id })).revokeApiToken.apiToken.revokedAt).toBe(revoked.revokedAt);
    const refused = await new GraphQLClient(t.url, token).request(`{ viewer { id } }`);
    expect(refused.status).toBe(401);
    expect(refused.errors?.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([['UNAUTHENTICATED', 'REVOKED_TOKEN']]);
    expect(errorCodes(await owner.request(REVOKE, { id: toGlobalId('Idea', '1') }))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuse every request, queries included, when the token is unknown, malformed or expired (401), never as signed out', async () => {
    const { token } = await create({ name: 'Expiring' });
    for (const [authorization, reason] of [
      ['Bearer kdl_unknown', 'INVALID_TOKEN'],
      [`Bearer ${token}x`, 'INVALID_TOKEN'],
      ['Bearer', 'INVALID_TOKEN'],
      ['Bearer ', 'INVALID_TOKEN'],
      [`Bearer ${token} extra`, 'INVALID_TOKEN'],
      ['Basic dXNlcjpwYXNz', 'INVALID_TOKEN'],
      ['', 'INVALID_TOKEN'],
    ]) {
      for (const query of ['{ viewer { id } }', '{ __typename }', `{ authSettings { devSignIn } }`]) {
        const response = await withAuthorization(t, authorization, query);
        expect({ authorization, query, status: response.status, data: response.data, errors: response.errors?.map((e) => [e.extensions?.code, e.extensions?.reason]) }).toEqual({
          authorization,
          query,
          status: 401,
          data: undefined,
          errors: [['UNAUTHENTICATED', reason]],
        });
      }
    }
    await t.db.query(`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [sha256(token)]);
    const expired = await withAuthorization(t, `Bearer ${token}`);
    expect([expired.status, errorReasons(expired)]).toEqual([401, ['EXPIRED_TOKEN']]);
    expect(expired.errors?.[0].message).toBe('The bearer token has expired; create a new one.');
  });
});
