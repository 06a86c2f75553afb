import { BlockList, isIP } from 'node:net';
import path from 'node:path';
import type { ReviewSettings } from '@kindling/api/review';
import type { MailSettings } from '@kindling/api/mail';
import type { WebhookSettings } from '@kindling/api/webhooks';
import { INTROSPECTION_POLICIES, type IntrospectionPolicy, type RateLimitSettings, rateLimitSettingsFrom } from '@kindling/api/core';

export interface AppConfig {
  port: number;
  host: string;
  /** Set: use that PostgreSQL. Unset: start the embedded one. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  devSignIn: boolean;
  /** Dev sign-in is on and the server listens beyond loopback (only when KINDLING_DEV_SIGN_IN=true says so). */
  devSignInExposed: boolean;
  loadDemo: boolean;
  /** Always mark the session cookie Secure; otherwise only requests that arrived over HTTPS get it. */
  secureCookies: boolean;
  /** Express's `trust proxy`: which proxies' X-Forwarded-* headers to believe (HTTPS, client address). */
  trustProxy: boolean | number | string;
  sessions: SessionSettings;
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
  /** The response promise and how long a reviewer's claim lasts (KINDLING_RESPONSE_DAYS, KINDLING_CLAIM_HOURS). */
  review: ReviewSettings;
  /** SMTP, the sender, links in mail and when digests go out (SMTP_URL unset: e-mail off, in-app only). */
  mail: MailSettings;
  /** The webhooks' SSRF guard switch and retry knob (KINDLING_WEBHOOK_ALLOW_PRIVATE, KINDLING_WEBHOOK_RETRY_DELAY_SECONDS). */
  webhooks: WebhookSettings;
}

export interface SessionSettings {
  /** A session not used for this long ends. */
  idleHours: number;
  /** A session ends this long after sign-in, however busy. */
  maxDays: number;
}

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** A setting the server cannot start with; main.ts prints the message as one line. */
export class ConfigError extends Error {}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function integer(name: string, value: string | undefined, fallback: number, [min, max, what]: [number, number, string] = [0, 65535, 'a port number']): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be ${what}, got "${value}".`);
  return n;
}

function minutes(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 24 * 60) throw new Error(`${name} must be a number of minutes from 0 to 1440, got "${value}".`);
  return n;
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');
LOOPBACK.addSubnet('::ffff:127.0.0.0', 104, 'ipv6');

/** Whether only this machine can reach a server listening on `host`. */
export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  const family = isIP(host);
  return family !== 0 && LOOPBACK.check(host, family === 4 ? 'ipv4' : 'ipv6');
}

function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '' || value.toLowerCase() === 'false') return false;
  if (value.toLowerCase() === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value; // a hop count, or addresses/subnets/"loopback" as Express reads them
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

/** SMTP_URL (unset: no e-mail), MAIL_FROM (then required), KINDLING_PUBLIC_URL, KINDLING_DIGEST_HOUR, KINDLING_TIME_ZONE. */
function mailSettings(env: NodeJS.ProcessEnv, port: number): MailSettings {
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\/[^\s]+$/i.test(smtpUrl)) throw new ConfigError(`SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465, got "${smtpUrl.replace(/\/\/[^@/]*@/, '//…@')}".`);
  const from = env.MAIL_FROM?.trim() || null;
  if (smtpUrl && !from) throw new ConfigError('MAIL_FROM is required when SMTP_URL is set, e.g. MAIL_FROM="Kindling <kindling@example.com>".');
  const publicUrl = (env.KINDLING_PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+(\/[^\s]*)?$/i.test(publicUrl)) throw new ConfigError(`KINDLING_PUBLIC_URL must be an http(s) address like https://kindling.example.com, got "${publicUrl}".`);
  const timeZone = env.KINDLING_TIME_ZONE?.trim() || 'Europe/Amsterdam';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new ConfigError(`KINDLING_TIME_ZONE must be an IANA time zone such as Europe/Amsterdam, got "${timeZone}".`);
  }
  return {
    smtpUrl,
    from: from ?? '',
    publicUrl,
    digestHour: integer('KINDLING_DIGEST_HOUR', env.KINDLING_DIGEST_HOUR, 8, [0, 23, 'an hour from 0 to 23']),
    timeZone,
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  const embedded = databaseUrl === null;
  const host = env.HOST?.trim() || '127.0.0.1';
  const dataDir = path.resolve(REPO_ROOT, env.KINDLING_DATA_DIR ?? '.data');
  const devSignIn = flag(env.KINDLING_DEV_SIGN_IN, embedded);
  const devSignInExposed = devSignIn && !isLoopback(host);
  // Anyone who reaches the port could act as any person, admins included: only on purpose.
  if (devSignInExposed && !flag(env.KINDLING_DEV_SIGN_IN, false)) {
    throw new ConfigError(
      `dev sign-in is on and HOST=${host} lets other machines reach this server: set HOST=127.0.0.1, or KINDLING_DEV_SIGN_IN=false, or KINDLING_DEV_SIGN_IN=true to let anyone who can reach it act as any person.`,
    );
  }
  const port = integer('PORT', env.PORT, 3000);
  return {
    port,
    host,
    databaseUrl,
    dataDir,
    embeddedPgPort: integer('EMBEDDED_PG_PORT', env.EMBEDDED_PG_PORT, 54329),
    devSignIn,
    devSignInExposed,
    loadDemo: flag(env.KINDLING_DEMO_DATA, true),
    secureCookies: flag(env.KINDLING_SECURE_COOKIES, false),
    trustProxy: trustProxy(env.KINDLING_TRUST_PROXY?.trim()),
    sessions: {
      idleHours: integer('KINDLING_SESSION_IDLE_HOURS', env.KINDLING_SESSION_IDLE_HOURS, 7 * 24, [1, 24 * 365, 'a number of hours (1–8760)']),
      maxDays: integer('KINDLING_SESSION_MAX_DAYS', env.KINDLING_SESSION_MAX_DAYS, 30, [1, 365, 'a number of days (1–365)']),
    },
    frameAncestors: origins('KINDLING_FRAME_ANCESTORS', env.KINDLING_FRAME_ANCESTORS),
    webDir: path.resolve(REPO_ROOT, env.KINDLING_WEB_DIR ?? 'dist/apps/web'),
    ledgerAnchorsFile: path.join(dataDir, 'ledger-anchors.jsonl'),
    ledgerAnchorMinutes: minutes('KINDLING_LEDGER_ANCHOR_MINUTES', env.KINDLING_LEDGER_ANCHOR_MINUTES, 5),
    introspection: introspection(env.KINDLING_INTROSPECTION),
    rateLimits: rateLimitSettingsFrom(env),
    requestBudgetMs: positive('KINDLING_REQUEST_BUDGET_MS', env.KINDLING_REQUEST_BUDGET_MS, 10_000),
    statementTimeoutMs: positive('KINDLING_STATEMENT_TIMEOUT_MS', env.KINDLING_STATEMENT_TIMEOUT_MS, 5_000),
    dbPoolSize: positive('KINDLING_DB_POOL_SIZE', env.KINDLING_DB_POOL_SIZE, 10),
    review: {
      responseDays: integer('KINDLING_RESPONSE_DAYS', env.KINDLING_RESPONSE_DAYS, 14, [1, 365, 'a number of days (1–365)']),
      claimHours: integer('KINDLING_CLAIM_HOURS', env.KINDLING_CLAIM_HOURS, 24, [1, 24 * 30, 'a number of hours (1–720)']),
    },
    mail: mailSettings(env, port),
    webhooks: {
      allowPrivate: flag(env.KINDLING_WEBHOOK_ALLOW_PRIVATE, false),
      retryDelaySeconds: env.KINDLING_WEBHOOK_RETRY_DELAY_SECONDS
        ? integer('KINDLING_WEBHOOK_RETRY_DELAY_SECONDS', env.KINDLING_WEBHOOK_RETRY_DELAY_SECONDS, 0, [1, 86_400, 'a number of seconds (1–86400)'])
        : null,
    },
  };
}
