import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface AppConfig {
  port: number;
  host: string;
  /** Set: use that PostgreSQL. Unset: start the embedded one. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  sessionSecret: string;
  devSignIn: boolean;
  loadDemo: boolean;
  secureCookies: boolean;
  webDir: string;
  /** The ledger's anchors (append-only, outside the database): `<dataDir>/ledger-anchors.jsonl`. */
  ledgerAnchorsFile: string;
  /** Minutes between anchorings of the ledger head (when it moved); 0: only at start and on shutdown. */
  ledgerAnchorMinutes: number;
}

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be a port number, got "${value}".`);
  return n;
}

function minutes(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 24 * 60) throw new Error(`${name} must be a number of minutes from 0 to 1440, got "${value}".`);
  return n;
}

/** The session secret: from the environment, or generated once and kept beside the embedded data. */
function sessionSecret(env: NodeJS.ProcessEnv, dataDir: string, embedded: boolean): string {
  if (env.SESSION_SECRET) return env.SESSION_SECRET;
  if (!embedded) return randomBytes(32).toString('hex'); // main.ts warns: sessions end at restart
  const file = path.join(dataDir, 'session-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  const embedded = databaseUrl === null;
  const dataDir = path.resolve(REPO_ROOT, env.KINDLING_DATA_DIR ?? '.data');
  return {
    port: integer('PORT', env.PORT, 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir,
    embeddedPgPort: integer('EMBEDDED_PG_PORT', env.EMBEDDED_PG_PORT, 54329),
    sessionSecret: sessionSecret(env, dataDir, embedded),
    devSignIn: flag(env.KINDLING_DEV_SIGN_IN, embedded),
    loadDemo: flag(env.KINDLING_DEMO_DATA, true),
    secureCookies: flag(env.KINDLING_SECURE_COOKIES, false),
    webDir: path.resolve(REPO_ROOT, env.KINDLING_WEB_DIR ?? 'dist/apps/web'),
    ledgerAnchorsFile: path.join(dataDir, 'ledger-anchors.jsonl'),
    ledgerAnchorMinutes: minutes('KINDLING_LEDGER_ANCHOR_MINUTES', env.KINDLING_LEDGER_ANCHOR_MINUTES, 5),
  };
}
