import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { IdeaFeed } from '@kindling/api/live';
import { eventually } from '@kindling/api/testing';
import type { TestApp } from './test-app';

export interface LiveConnection {
  client: Client;
  /** Resolves with the close code once the server closes the socket. */
  closed: Promise<number>;
  /** Resolves when the server acknowledged the connection; rejects if it closed it first. */
  connected: Promise<void>;
}

/** A graphql-ws client as an integrator's would be: `ws`, a session cookie on the upgrade or a bearer token in the connection params. */
export function connect(t: Pick<TestApp, 'url'>, auth: { cookie?: string | null; authorization?: string } = {}): LiveConnection {
  const headers = auth.cookie ? { cookie: auth.cookie } : {};
  class CookieSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  let closedWith: (code: number) => void = () => undefined;
  let connectedOk: () => void = () => undefined;
  let refused: (error: Error) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (closedWith = resolve));
  const connected = new Promise<void>((resolve, reject) => {
    connectedOk = resolve;
    refused = reject;
  });
  connected.catch(() => undefined);
  const client = createClient({
    url: `${t.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: CookieSocket,
    connectionParams: auth.authorization ? { authorization: auth.authorization } : undefined,
    lazy: false,
    retryAttempts: 0,
    // a refused connection is what some tests expect: `closed` reports it
    onNonLazyError: () => undefined,
    on: {
      connected: () => connectedOk(),
      closed: (event) => {
        const code = (event as { code: number }).code;
        refused(new Error(`closed with ${code}`));
        closedWith(code);
      },
    },
  });
  return { client, closed, connected };
}

export interface Subscribed<T> {
  /** Every `next` message's payload, in order. */
  results: Array<{ data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
  /** Resolves when the server ends the operation (complete or error), with the errors if any. */
  ended: Promise<unknown>;
  stop(): void;
}

export function subscribe<T = any>(client: Client, query: string, variables: Record<string, unknown> = {}): Subscribed<T> {
  const results: Subscribed<T>['results'] = [];
  let stop: () => void = () => undefined;
  const ended = new Promise<unknown>((resolve) => {
    stop = client.subscribe<T>(
      { query, variables },
      { next: (value) => void results.push(value as Subscribed<T>['results'][number]), error: (error) => resolve(error), complete: () => resolve(null) },
    );
  });
  return { results, ended, stop: () => stop() };
}

/** Waits until `count` subscribers in `t`'s process follow the idea (its database id), so nothing written after is missed. */
export function following(t: Pick<TestApp, 'app'>, ideaId: string, count = 1): Promise<void> {
  const feed = t.app.get(IdeaFeed, { strict: false });
  return eventually(() => expect(feed.watching(ideaId)).toBe(count));
}

export const local = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];

export const IDEA_UPDATED = `subscription($id: ID!) { ideaUpdated(id: $id) {
  change comment { body author { name } } idea { id title status endorsementCount buildOnCount updatedAt } } }`;
