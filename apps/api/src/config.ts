import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { INTROSPECTION_POLICIES, type IntrospectionPolicy, type RateLimitSettings, rateLimitSettingsFrom } from '@kindling/api/core';

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
  /** Origins allowed to frame the app (CSP frame-ancestors); none by default. */
  frameAncestors: string[];
  webDir: string;
  /** The ledger's anchors (append-only, outside the database): `<dataDir>/ledger-anchors.jsonl`. */
  ledgerAnchorsFile: string;
  /** Minutes between anchorings of the ledger head (when it moved); 0: only at start and on shutdown. */
  ledgerAnchorMinutes: number;
  /** Who may introspect the schema: `signed-in` (default), `on` (anyone) or `off`. */
  introspection: IntrospectionPolicy;
  /** Null: rate limits off (`KINDLING_RATE_LIMITS=off`). */
  rateLimits: RateLimitSettings | null;
  /** Wall-clock budget of one GraphQL request (ms); past it, the rest of a query is refused with REQUEST_TOO_SLOW. */
  requestBudgetMs: number;
  /** PostgreSQL statement_timeout on the API's connections (ms). */
  statementTimeoutMs: number;
  /** Connections in the API's pool. */
  dbPoolSize: number;
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

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number above 0, got "${value}".`);
  return n;
}

/** Space-separated origins such as `https://intranet.example.com`; anything else is a configuration error. */
function origins(name: string, value: string | undefined): string[] {
  const list = (value ?? '').split(/\s+/).filter(Boolean);
  for (const origin of list) {
    if (!/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin)) throw new Error(`${name} must list origins like https://intranet.example.com, got "${origin}".`);
  }
  return list;
}

function introspection(value: string | undefined): IntrospectionPolicy {
  if (value === undefined || value === '') return 'signed-in';
  const policy = INTROSPECTION_POLICIES.find((p) => p === value.trim().toLowerCase());
  if (!policy) throw new Error(`KINDLING_INTROSPECTION must be one of ${INTROSPECTION_POLICIES.join(', ')}, got "${value}".`);
  return policy;
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
    frameAncestors: origins('KINDLING_FRAME_ANCESTORS', env.KINDLING_FRAME_ANCESTORS),
    webDir: path.resolve(REPO_ROOT, env.KINDLING_WEB_DIR ?? 'dist/apps/web'),
    ledgerAnchorsFile: path.join(dataDir, 'ledger-anchors.jsonl'),
    ledgerAnchorMinutes: minutes('KINDLING_LEDGER_ANCHOR_MINUTES', env.KINDLING_LEDGER_ANCHOR_MINUTES, 5),
    introspection: introspection(env.KINDLING_INTROSPECTION),
    rateLimits: rateLimitSettingsFrom(env),
    requestBudgetMs: positive('KINDLING_REQUEST_BUDGET_MS', env.KINDLING_REQUEST_BUDGET_MS, 10_000),
    statementTimeoutMs: positive('KINDLING_STATEMENT_TIMEOUT_MS', env.KINDLING_STATEMENT_TIMEOUT_MS, 5_000),
    dbPoolSize: positive('KINDLING_DB_POOL_SIZE', env.KINDLING_DB_POOL_SIZE, 10),
  };
}
