/** What the fuzz test asserts about every answer, and the database fingerprint it compares around refusals. */
import type { DataSource } from 'typeorm';
import { ErrorCode, REASON_CODES, isReason } from '@kindling/shared/errors';

/** Codes graphql-js / Apollo give malformed requests themselves; they carry no reason (docs/graphql.md#codes). */
export const GRAPHQL_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);
const DOMAIN_CODES = new Set<string>(Object.values(ErrorCode));

/** Signs of internals: stack frames, source paths, SQL and driver wording, PostgreSQL error codes. */
const INTERNALS: RegExp[] = [
  /\bat [\w$.<>[\] ]+ \(/, // a stack frame "at fn ("
  /\bat (file:|node:|\/)/,
  /\/src\//,
  /node_modules/,
  /\.(ts|js|mjs):\d/,
  /\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|RETURNING)\s/,
  /relation "/,
  /column "/,
  /violates/,
  /syntax error at/,
  /duplicate key/,
  /invalid input syntax/,
  /out of range for type/,
  /\b(QueryFailedError|TypeORMError|DatabaseError|TypeError|ReferenceError|RangeError|SyntaxError: Unexpected)\b/,
  /Cannot read properties of/,
  /\bundefined is not\b/,
  /\bpg_[a-z_]+/,
  /\b(22|23|40|42|53|57|XX)[0-9A-Z]\d{2}\b/, // SQLSTATE
];

/** The first internal-looking text in `text` that the request did not itself contain (echoed input is fine). */
export function internalLeak(text: string, request: string): string | null {
  for (const pattern of INTERNALS) {
    for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
      if (!request.includes(match[0])) return match[0];
    }
  }
  return null;
}

export interface ErrorShape {
  message?: unknown;
  extensions?: { code?: unknown; reason?: unknown; [key: string]: unknown };
}

/** Problems with one GraphQL error: an unstable or internal code, a domain code without its reason. */
export function errorProblem(error: ErrorShape): string | null {
  const code = error.extensions?.code;
  const reason = error.extensions?.reason;
  if (typeof error.message !== 'string') return 'no message';
  if (typeof code !== 'string') return 'no extensions.code';
  if (code === 'INTERNAL_SERVER_ERROR') return 'INTERNAL_SERVER_ERROR';
  if (GRAPHQL_CODES.has(code)) return null;
  if (!DOMAIN_CODES.has(code)) return `unknown code ${code}`;
  if (!isReason(reason)) return `code ${code} without a known reason (${String(reason)})`;
  if (REASON_CODES[reason] !== code) return `reason ${reason} belongs to ${REASON_CODES[reason]}, not ${code}`;
  return null;
}

/**
 * Tables a refused request may legitimately touch: bookkeeping, not data — rate-limit counters (`rate_limits`)
 * and session records (last seen; name it here as the sessions migration does). `migrations` never changes.
 */
export const BOOKKEEPING_TABLES = new Set(['migrations', 'rate_limits', 'sessions']);

/**
 * What the job queue writes after earlier writes committed (notifications, deliveries, their cursors), at any
 * moment beside the fuzz's requests: left out of a request's fingerprint, or only its rows a request writes
 * (explicit follows). The outbox those come from is hashed: a refused request that queued work would show there.
 */
export const AFTER_COMMIT_TABLES: ReadonlyMap<string, string | null> = new Map([
  ['outbox_cursors', null],
  ['notifications', null],
  ['notification_credit_shares', null],
  ['mail_cursors', null],
  ['mail_log', null],
  ['unsubscribe_tokens', null],
  ['webhook_deliveries', null],
  ['idea_follows', 'explicit'],
]);

/** One statement: md5 of every table's rows in a stable order (so any changed, added or removed row shows). */
export async function fingerprintQuery(db: DataSource): Promise<string> {
  const tables: Array<{ name: string }> = await db.query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const hashed = tables.filter((t) => !BOOKKEEPING_TABLES.has(t.name) && AFTER_COMMIT_TABLES.get(t.name) !== null);
  return hashed
    .map((t) => {
      const only = AFTER_COMMIT_TABLES.get(t.name);
      return `SELECT '${t.name}' AS name, md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) AS hash, count(*)::int AS rows FROM "${t.name}" r${only ? ` WHERE ${only}` : ''}`;
    })
    .join(' UNION ALL ');
}

export type Fingerprint = Record<string, string>;

export async function fingerprint(db: DataSource, sql: string): Promise<Fingerprint> {
  const rows: Array<{ name: string; hash: string; rows: number }> = await db.query(sql);
  return Object.fromEntries(rows.map((r) => [r.name, `${r.rows}:${r.hash}`]));
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}
