import type { AppConfig } from '../config';
import { type RunningDatabase, startEmbeddedPostgres } from './embedded-postgres';
import { migrate } from './data-source';

/**
 * The one path to a ready database for the server and the CLIs: the configured PostgreSQL, or the
 * embedded one; migrations applied. Failures become one readable line (no stack, no password).
 */
export async function openDatabase(config: AppConfig): Promise<RunningDatabase> {
  let database: RunningDatabase;
  if (config.databaseUrl) {
    database = { url: config.databaseUrl, stop: async () => undefined };
  } else {
    try {
      database = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort);
    } catch (error) {
      throw failure(`could not start the embedded PostgreSQL in ${config.dataDir} on port ${config.embeddedPgPort} (${reason(error)}). Set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use your own server.`);
    }
  }
  try {
    await migrate(database.url);
  } catch (error) {
    await database.stop().catch(() => undefined);
    throw failure(`cannot use the database at ${redact(database.url)}: ${reason(error)}. Check DATABASE_URL.`);
  }
  return database;
}

function failure(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

function reason(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return (e?.message || e?.code || String(error)).split('\n')[0];
}

export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured URL (it does not parse as a URL)';
  }
}
