import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { toGlobalId } from '@kindling/api/core';
import { GraphQLClient, createTestDatabase, listeningPort } from '@kindling/api/testing';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';

export interface TestApp {
  app: NestExpressApplication;
  db: DataSource;
  url: string;
  databaseUrl: string;
  /** Its data directory (a fresh temporary one unless `env` names one): the ledger's anchors live there. */
  dataDir: string;
  /** A new client (own cookie jar). */
  client(): GraphQLClient;
  /** One client per person, each signed in as that person (database ids). */
  signedIn(personIds: string[]): Promise<GraphQLClient[]>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /**
   * Serve the database of another test app instead of a fresh one: a second API process on one database
   * (LISTEN/NOTIFY, job queue), or a restart (close the first, start again). This app never drops it.
   */
  sharedWith?: Pick<TestApp, 'databaseUrl'>;
}

/** The real app on a random port, over its own freshly migrated database, rate limits off; `env` adds or overrides settings. */
export async function startTestApp(env: NodeJS.ProcessEnv = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.sharedWith
    ? { url: options.sharedWith.databaseUrl, drop: async () => undefined }
    : await createTestDatabase();
  // never the repository's .data: its anchors belong to the database `npm start` uses
  const ownDataDir = env.KINDLING_DATA_DIR ? null : mkdtempSync(path.join(tmpdir(), 'kindling-test-'));
  const config = loadConfig({
    KINDLING_DATA_DIR: ownDataDir ?? undefined,
    DATABASE_URL: database.url,
    KINDLING_DEV_SIGN_IN: 'true',
    KINDLING_WEB_DIR: '/nonexistent',
    // the suite is a script at machine speed from one address (dozens of sign-ins and writes a second);
    // rate-limits.e2e.spec.ts switches them on with its own limits
    KINDLING_RATE_LIMITS: 'off',
    ...env,
  });
  const app = await createApp(config, database.url);
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${listeningPort(app.getHttpServer())}`;
  return {
    app,
    db: app.get(DataSource),
    url,
    databaseUrl: database.url,
    dataDir: config.dataDir,
    client: () => new GraphQLClient(url),
    signedIn: (personIds) =>
      Promise.all(
        personIds.map(async (id) => {
          const client = new GraphQLClient(url);
          await client.signInAs(toGlobalId('Person', id));
          return client;
        }),
      ),
    close: async () => {
      await app.close();
      await database.drop();
      if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
    },
  };
}
