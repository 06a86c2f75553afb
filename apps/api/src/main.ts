import { OutboxRelay } from '@kindling/api/core';
import { loadDemoOrganisationOnce } from '@kindling/api/demo';
import { LedgerAnchorer } from '@kindling/api/ledger';
import { DataSource } from 'typeorm';
import { createApp, listen } from './app';
import { type AppConfig, loadConfig } from './config';
import { openDatabase } from './database/open-database';
import type { RunningDatabase } from './database/embedded-postgres';

/** `npm start`: database (embedded unless DATABASE_URL), migrations, demo data on first start, API + web on one port. */
async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(`[kindling] ${(error as Error).message}`);
    process.exit(1);
  }
  let database: RunningDatabase | undefined;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // Ctrl-C reaches the whole process group: PostgreSQL may already be going down while the app closes, and a
    // background connection (job queue, live updates) failing now is expected, not a crash
    const expected = (error: unknown) => console.warn(`[kindling] while stopping: ${(error as Error)?.message ?? String(error)}`);
    process.on('unhandledRejection', expected).on('uncaughtException', expected);
    await app?.close().catch(() => undefined);
    await database?.stop().catch(() => undefined);
    process.exit(code);
  };
  // embedded-postgres stops PostgreSQL on these signals at once; we stop in order instead — the app first (its
  // shutdown anchors the ledger and needs the database), then PostgreSQL
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(0));
  }

  try {
    database = await openDatabase(config);
    app = await createApp(config, database.url);
    if (config.loadDemo) {
      const loaded = await app.get(OutboxRelay).holding(() =>
        loadDemoOrganisationOnce(app!.get(DataSource), app!, () => console.log('[kindling] first start: loading the demo organisation (about half a minute)…')),
      );
      if (loaded) console.log(`[kindling] loaded the demo organisation: ${loaded.people} people, ${loaded.ideas} ideas.`);
    }
    await listen(app, config.port, config.host);
    // the ledger head is anchored outside the database from now on, periodically and when the app closes
    await app.get(LedgerAnchorer).start();
  } catch (error) {
    console.error(`[kindling] ${describeStartupError(error, config.port)}`);
    await stop(1);
    return;
  }
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  console.log(
    config.mail.smtpUrl
      ? `[kindling] e-mail is on (from ${config.mail.from}); digests at ${config.mail.digestHour}:00 ${config.mail.timeZone}, links to ${config.mail.publicUrl}.`
      : '[kindling] e-mail is off (SMTP_URL is not set): notifications stay in the app.',
  );
  console.log(`[kindling] ready: http://${shown}:${config.port}/  (GraphQL and GraphiQL: http://${shown}:${config.port}/graphql)`);
  if (config.devSignInExposed) {
    const line = '!'.repeat(100);
    console.warn(`[kindling] ${line}\n[kindling] WARNING: dev sign-in is on and the server listens on ${config.host}: anyone who can reach port ${config.port} can act as any person, admins included.\n[kindling] ${line}`);
  } else if (config.devSignIn) console.log('[kindling] dev sign-in is on: choose any demo person in the web app or with the devSignIn mutation.');
}

/** One clear line instead of a stack trace for the failures a newcomer can fix. */
export function describeStartupError(error: unknown, port: number): string {
  const e = error as { code?: string; message?: string };
  if (e?.code === 'EADDRINUSE') return `port ${port} is already in use: stop the other process or set PORT to a free port.`;
  return e?.message ?? String(error);
}

void main();
