import { type DynamicModule, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { type DocumentNode, type FieldNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';
import pg from 'pg';
import rateLimiterFlexible, { type RateLimiterAbstract, type RateLimiterRes } from 'rate-limiter-flexible';
import { ErrorCode, RateLimitReason } from '@kindling/shared/errors';
import { rootFields } from './access-gate';
import type { RequestContext } from './context';

const { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes: LimiterRes } = rateLimiterFlexible;

/** At most `points` in `seconds` (a fixed window that starts with the first request). */
export interface RateLimit {
  points: number;
  seconds: number;
}

export interface RateLimitSettings {
  /** `devSignIn` (and later SSO sign-ins), per client address. */
  signInPerAddress: RateLimit;
  /** Any other mutation: one point per root field, per person (a burst, and a longer window). */
  writesPerPerson: RateLimit;
  writesPerPersonSustained: RateLimit;
  /** Looser: several people may share one address (an office behind NAT). */
  writesPerAddress: RateLimit;
  /** Reads that do real work (see EXPENSIVE_FIELDS): one point per such field in the document. */
  expensiveReadsPerPerson: RateLimit;
  expensiveReadsPerAddress: RateLimit;
  /** Requests in flight at once from one address, in this process (0: no cap). */
  maxConcurrentPerAddress: number;
}

/**
 * Defaults a person using the app never meets: nobody signs in ten times a minute, writes 30 things in 10 seconds
 * or 300 in an hour (a busy contributor writes tens), or opens 120 lineages, trails and searches a minute (the
 * compose page's similar-ideas lookup, debounced, fires at most twice a second while typing). They stop a script
 * flooding the feed, guessing sign-ins or looping over the expensive reads.
 */
export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  signInPerAddress: { points: 10, seconds: 60 },
  writesPerPerson: { points: 30, seconds: 10 },
  writesPerPersonSustained: { points: 300, seconds: 3600 },
  writesPerAddress: { points: 300, seconds: 60 },
  expensiveReadsPerPerson: { points: 120, seconds: 60 },
  expensiveReadsPerAddress: { points: 600, seconds: 60 },
  maxConcurrentPerAddress: 50,
};

const LIMIT_SETTINGS: ReadonlyArray<[Exclude<keyof RateLimitSettings, 'maxConcurrentPerAddress'>, string]> = [
  ['signInPerAddress', 'KINDLING_RATE_LIMIT_SIGN_IN'],
  ['writesPerPerson', 'KINDLING_RATE_LIMIT_WRITES'],
  ['writesPerPersonSustained', 'KINDLING_RATE_LIMIT_WRITES_SUSTAINED'],
  ['writesPerAddress', 'KINDLING_RATE_LIMIT_WRITES_PER_ADDRESS'],
  ['expensiveReadsPerPerson', 'KINDLING_RATE_LIMIT_EXPENSIVE_READS'],
  ['expensiveReadsPerAddress', 'KINDLING_RATE_LIMIT_EXPENSIVE_READS_PER_ADDRESS'],
];

function parseLimit(name: string, value: string): RateLimit {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*s?\s*$/.exec(value);
  const points = Number(match?.[1]);
  const seconds = Number(match?.[2]);
  if (!match || points < 1 || seconds < 1) throw new Error(`${name} must be "<count>/<seconds>", e.g. "30/10", got "${value}".`);
  return { points, seconds };
}

/** The rate limits from the environment; null when switched off (`KINDLING_RATE_LIMITS=off`, e.g. for benchmarks). */
export function rateLimitSettingsFrom(env: NodeJS.ProcessEnv): RateLimitSettings | null {
  const switch_ = env.KINDLING_RATE_LIMITS?.trim().toLowerCase();
  if (switch_ && ['off', 'false', '0', 'no'].includes(switch_)) return null;
  if (switch_ && !['on', 'true', '1', 'yes'].includes(switch_)) throw new Error(`KINDLING_RATE_LIMITS must be "on" or "off", got "${env.KINDLING_RATE_LIMITS}".`);
  const settings: RateLimitSettings = { ...DEFAULT_RATE_LIMITS };
  for (const [key, name] of LIMIT_SETTINGS) {
    const value = env[name];
    if (value !== undefined && value !== '') settings[key] = parseLimit(name, value);
  }
  const concurrent = env.KINDLING_MAX_CONCURRENT_PER_ADDRESS;
  if (concurrent !== undefined && concurrent !== '') {
    const n = Number(concurrent);
    if (!Number.isInteger(n) || n < 0) throw new Error(`KINDLING_MAX_CONCURRENT_PER_ADDRESS must be a whole number (0: no cap), got "${concurrent}".`);
    settings.maxConcurrentPerAddress = n;
  }
  return settings;
}

/** Mutations that sign a client in: limited per address, before anyone is known. */
const SIGN_IN_FIELDS = new Set(['devSignIn']);
/** Never refused: a person can always sign out. */
const FREE_MUTATIONS = new Set(['signOut', '__typename']);
/**
 * Reads that do real work per call, whatever their page size: a whole family (lineage), re-evaluating credit per
 * period (creditHistory) or per trail, a text-similarity scan (similarIdeas), re-hashing the ledger (verifyLedger),
 * the dashboard's aggregates over every idea of a period (reviewMetrics, siloMap), and full-text search
 * (`ideas(filter: { text })`, see isSearch).
 */
const EXPENSIVE_FIELDS = new Set(['lineage', 'creditHistory', 'trail', 'similarIdeas', 'coAuthorPreview', 'verifyLedger', 'reviewMetrics', 'siloMap']);
/** More points than any limit: a document is refused once it passes its limit, however much further. */
const MAX_POINTS = 10_000;

export interface OperationCost {
  signIns: number;
  writes: number;
  expensiveReads: number;
}

/** Whether `ideas(filter: { text })` asks for a full-text search. */
function isSearch(field: FieldNode, variables: Record<string, unknown>): boolean {
  if (field.name.value !== 'ideas') return false;
  const filter = field.arguments?.find((a) => a.name.value === 'filter')?.value;
  const present = (value: ValueNode | undefined): boolean =>
    value !== undefined &&
    (value.kind === Kind.STRING ? value.value.trim() !== '' : value.kind === Kind.VARIABLE ? typeof variables[value.name.value] === 'string' && (variables[value.name.value] as string).trim() !== '' : false);
  if (filter?.kind === Kind.OBJECT) return present(filter.fields.find((f) => f.name.value === 'text')?.value);
  if (filter?.kind === Kind.VARIABLE) {
    const text = (variables[filter.name.value] as { text?: unknown } | null | undefined)?.text;
    return typeof text === 'string' && text.trim() !== '';
  }
  return false;
}

/**
 * What an operation costs in rate-limit points: each root mutation field is one sign-in or one write (several in
 * one document count as several), each expensive field anywhere in a query is one expensive read. Fragments are
 * counted once and reused, so this is linear in the document.
 */
export function operationCost(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): OperationCost {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const cost: OperationCost = { signIns: 0, writes: 0, expensiveReads: 0 };

  if (operation.operation === 'mutation') {
    for (const field of rootFields(document, operation)) {
      if (SIGN_IN_FIELDS.has(field)) cost.signIns++;
      else if (!FREE_MUTATIONS.has(field)) cost.writes++;
    }
  }

  const memo = new Map<string, number>();
  const expensive = (set: SelectionSetNode): number => {
    let n = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (EXPENSIVE_FIELDS.has(s.name.value) || isSearch(s, variables)) n++;
        if (s.selectionSet) n += expensive(s.selectionSet);
      } else if (s.kind === Kind.INLINE_FRAGMENT) n += expensive(s.selectionSet);
      else {
        const name = s.name.value;
        if (!memo.has(name)) {
          memo.set(name, 0); // cycles are refused by validation; this only guards the walk
          const fragment = fragments.get(name);
          memo.set(name, fragment ? expensive(fragment.selectionSet) : 0);
        }
        n += memo.get(name)!;
      }
      if (n > MAX_POINTS) return MAX_POINTS;
    }
    return n;
  };
  cost.expensiveReads = expensive(operation.selectionSet);
  cost.signIns = Math.min(cost.signIns, MAX_POINTS);
  cost.writes = Math.min(cost.writes, MAX_POINTS);
  return cost;
}

/** The client address as Express sees it (`req.ip` follows the app's trust-proxy setting). */
export function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

interface Check {
  limiter: RateLimiterAbstract;
  limit: RateLimit;
  reason: RateLimitReason;
  key: string;
  points: number;
}

export interface RateLimitOutcome {
  /** Set when the operation is refused. */
  refused: { reason: RateLimitReason; retryAfter: number } | null;
  /** The tightest limit the operation counted against (for the RateLimit-* headers); null when it counted against none. */
  tightest: { limit: number; remaining: number; reset: number } | null;
}

const REFUSAL_ORDER = [RateLimitReason.TOO_MANY_SIGN_INS, RateLimitReason.TOO_MANY_WRITES, RateLimitReason.TOO_MANY_EXPENSIVE_READS];

const MESSAGES: Record<RateLimitReason, string> = {
  [RateLimitReason.TOO_MANY_SIGN_INS]: 'Too many sign-ins from this address.',
  [RateLimitReason.TOO_MANY_WRITES]: 'Too many changes in a short while.',
  [RateLimitReason.TOO_MANY_EXPENSIVE_READS]: 'Too many expensive reads (lineage, credit trails and history, similar ideas, search, ledger checks) in a short while.',
  [RateLimitReason.TOO_MANY_REQUESTS]: 'Too many requests at once from this address.',
};

export const RATE_LIMIT_OPTIONS = Symbol('RATE_LIMIT_OPTIONS');

const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';

export interface RateLimitOptions {
  /** Null: rate limits are off. */
  settings: RateLimitSettings | null;
  databaseUrl: string;
}

/**
 * Rate limits shared by every API instance on one database: counters are rows of `rate_limits` (created by a
 * migration), kept by rate-limiter-flexible's RateLimiterPostgres over a small pool of its own, so limiting
 * still answers while the app's pool is busy and adds no statement to the app's connections.
 *
 * If PostgreSQL cannot be reached for a counter, the library's insurance limiter takes over: the same limits,
 * counted in this process's memory (per instance, not shared), and a warning is logged. Requests are neither
 * refused wholesale nor let through unlimited.
 */
@Injectable()
export class RateLimits implements OnApplicationShutdown {
  readonly settings: RateLimitSettings | null;
  private readonly pool: pg.Pool | null;
  private readonly limiters = new Map<keyof RateLimitSettings, RateLimiterAbstract>();
  private readonly inFlight = new Map<string, number>();
  private lastWarning = 0;

  constructor(@Inject(RATE_LIMIT_OPTIONS) options: RateLimitOptions) {
    this.settings = options.settings;
    // the pool connects on first use, so building the schema without a database never connects
    this.pool = this.settings ? new pg.Pool({ connectionString: options.databaseUrl, max: 4, connectionTimeoutMillis: 2_000 }) : null;
    // an unreachable database is reported through the insurance limiter's warning, not as an uncaught error
    this.pool?.on('error', () => undefined);
    if (!this.settings) return;
    for (const [key] of LIMIT_SETTINGS) this.limiters.set(key, this.limiter(key, this.settings[key], key === 'signInPerAddress'));
  }

  private limiter(name: string, limit: RateLimit, sweeper: boolean): RateLimiterAbstract {
    const warn = (): void => this.warnStoreDown();
    class Insurance extends RateLimiterMemory {
      override consume(key: string | number, points?: number, options?: { [key: string]: any }): Promise<RateLimiterRes> {
        warn();
        return super.consume(key, points, options);
      }
    }
    return new RateLimiterPostgres({
      storeClient: this.pool,
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true, // by the migration, never at run time
      // one limiter deletes windows that ended over an hour ago, every 5 minutes (a timer that does not hold the process)
      clearExpiredByTimeout: sweeper,
      keyPrefix: name,
      points: limit.points,
      duration: limit.seconds,
      // a key over its limit is refused from memory until its window ends: a flood costs one row update per instance
      inMemoryBlockOnConsumed: limit.points + 1,
      insuranceLimiter: new Insurance({ keyPrefix: name, points: limit.points, duration: limit.seconds }),
    });
  }

  private warnStoreDown(): void {
    if (Date.now() - this.lastWarning < 60_000) return;
    this.lastWarning = Date.now();
    console.warn('[kindling] rate limits: PostgreSQL is unreachable for the counters; counting in this process only until it is back.');
  }

  /** Counts an operation against every limit it falls under; refuses it when any is exceeded. */
  async check(cost: OperationCost, personId: string | null, address: string): Promise<RateLimitOutcome> {
    const s = this.settings;
    if (!s) return { refused: null, tightest: null };
    const checks: Check[] = [];
    const add = (key: keyof RateLimitSettings, reason: RateLimitReason, id: string, points: number): void => {
      if (points > 0) checks.push({ limiter: this.limiters.get(key)!, limit: s[key] as RateLimit, reason, key: id, points });
    };
    const person = personId ? `person:${personId}` : null;
    const addr = `address:${address}`;
    add('signInPerAddress', RateLimitReason.TOO_MANY_SIGN_INS, addr, cost.signIns);
    if (person) add('writesPerPerson', RateLimitReason.TOO_MANY_WRITES, person, cost.writes);
    if (person) add('writesPerPersonSustained', RateLimitReason.TOO_MANY_WRITES, person, cost.writes);
    add('writesPerAddress', RateLimitReason.TOO_MANY_WRITES, addr, cost.writes);
    if (person) add('expensiveReadsPerPerson', RateLimitReason.TOO_MANY_EXPENSIVE_READS, person, cost.expensiveReads);
    add('expensiveReadsPerAddress', RateLimitReason.TOO_MANY_EXPENSIVE_READS, addr, cost.expensiveReads);
    if (checks.length === 0) return { refused: null, tightest: null };

    const results = await Promise.all(
      checks.map(async (c) => {
        try {
          return { check: c, res: await c.limiter.consume(c.key, c.points), refused: false };
        } catch (error) {
          if (error instanceof LimiterRes) return { check: c, res: error, refused: true };
          // neither the store nor the insurance limiter answered: let the request through, say so
          console.warn('[kindling] rate limits: a counter could not be read; the request was let through.', error);
          return null;
        }
      }),
    );
    const counted = results.filter((r) => r !== null);
    const refusals = counted.filter((r) => r.refused);
    let tightest: RateLimitOutcome['tightest'] = null;
    for (const { check, res } of counted) {
      const candidate = { limit: check.limit.points, remaining: res.remainingPoints, reset: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
      if (!tightest || candidate.remaining < tightest.remaining || (candidate.remaining === tightest.remaining && candidate.reset > tightest.reset)) tightest = candidate;
    }
    if (refusals.length === 0) return { refused: null, tightest };
    const reason = REFUSAL_ORDER.find((r) => refusals.some((x) => x.check.reason === r))!;
    const retryAfter = Math.max(1, ...refusals.map((r) => Math.ceil(r.res.msBeforeNext / 1000)));
    return { refused: { reason, retryAfter }, tightest };
  }

  /**
   * Express middleware for /graphql: refuses a request while its address already has `maxConcurrentPerAddress`
   * in flight in this process. In memory on purpose: counting every request in PostgreSQL would add a write to
   * every read. Runs before the body is read or the viewer looked up, so a flood costs almost nothing.
   */
  concurrencyCap(): (req: Request, res: Response, next: NextFunction) => void {
    const max = this.settings?.maxConcurrentPerAddress ?? 0;
    return (req, res, next) => {
      if (max === 0) return next();
      const address = clientAddress(req);
      const now = this.inFlight.get(address) ?? 0;
      if (now >= max) {
        // the GraphQL media type when accepted: clients (Apollo Client) read errors of a non-2xx answer only in it
        const type = req.accepts([GRAPHQL_RESPONSE_TYPE, 'application/json']) || 'application/json';
        res.status(429).set('Retry-After', '1').type(type).send(JSON.stringify(refusalBody(RateLimitReason.TOO_MANY_REQUESTS, 1)));
        return;
      }
      this.inFlight.set(address, now + 1);
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        const left = (this.inFlight.get(address) ?? 1) - 1;
        if (left <= 0) this.inFlight.delete(address);
        else this.inFlight.set(address, left);
      };
      // finish: the answer is sent; close: the client went away first
      res.once('finish', release);
      res.once('close', release);
      next();
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool?.end();
  }
}

/** The body of a refusal, shaped like every other error of the API (formatGraphQLError). */
function refusalBody(reason: RateLimitReason, retryAfter: number) {
  return { errors: [{ message: `${MESSAGES[reason]} Try again in ${retryAfter} s.`, extensions: { code: ErrorCode.RateLimited, reason, retryAfter } }] };
}

/**
 * Rate limits in the request pipeline: after parsing, validation and every other plugin's checks
 * (`didResolveOperation`: query limits), before execution (`responseForOperation`), so a refused operation runs no
 * resolver and changes nothing. Refused: HTTP 429 with `Retry-After`; limited operations carry
 * `RateLimit-Limit` / `RateLimit-Remaining` / `RateLimit-Reset` of the tightest limit they counted against.
 */
export function rateLimitPlugin(limits: RateLimits): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      if (!limits.settings) return;
      return {
        async responseForOperation({ document, operation, request, contextValue, response }: GraphQLRequestContext<RequestContext>): Promise<GraphQLResponse | null> {
          if (!document || !operation) return null;
          const cost = operationCost(document, operation, request.variables ?? {});
          const outcome = await limits.check(cost, contextValue.viewer?.id ?? null, clientAddress(contextValue.req));
          if (outcome.tightest) {
            response.http.headers.set('ratelimit-limit', String(outcome.tightest.limit));
            response.http.headers.set('ratelimit-remaining', String(outcome.tightest.remaining));
            response.http.headers.set('ratelimit-reset', String(outcome.tightest.reset));
          }
          if (!outcome.refused) return null;
          response.http.status = 429;
          response.http.headers.set('retry-after', String(outcome.refused.retryAfter));
          return { http: response.http, body: { kind: 'single', singleResult: refusalBody(outcome.refused.reason, outcome.refused.retryAfter) } };
        },
      };
    },
  };
}

/** Provides `RateLimits` app-wide; closes its pool at shutdown. */
@Module({})
export class RateLimitsModule {
  static forRoot(options: RateLimitOptions): DynamicModule {
    return {
      module: RateLimitsModule,
      global: true,
      providers: [{ provide: RATE_LIMIT_OPTIONS, useValue: options }, RateLimits],
      exports: [RateLimits],
    };
  }
}
