import { DataSource, type DataSourceOptions, type Logger } from 'typeorm';
import { StatementCounter } from '@kindling/api/core';
import { AttributionGraph1763900000000 } from '../migrations/1763900000000-attribution-graph';
import { ActivityIndexes1763900000001 } from '../migrations/1763900000001-activity-indexes';
import { Outbox1764600000000 } from '../migrations/1764600000000-outbox';
import { UpstreamShareRounding1764600000001 } from '../migrations/1764600000001-upstream-share-rounding';
import { SessionsAndTokens1764700000000 } from '../migrations/1764700000000-sessions-and-tokens';
import { RateLimits1764700000100 } from '../migrations/1764700000100-rate-limits';
import { ReviewStatuses1764800000000 } from '../migrations/1764800000000-review-statuses';
import { StatusChanges1764800000001 } from '../migrations/1764800000001-status-changes';
import { Scorecards1764800000200 } from '../migrations/1764800000200-scorecards';
import { MergesAndRetention1764800000300 } from '../migrations/1764800000300-merges-and-retention';
import { ReviewClaims1764800000100 } from '../migrations/1764800000100-review-claims';
import { Authoring1764800000400 } from '../migrations/1764800000400-authoring';
import { Moderation1764800000500 } from '../migrations/1764800000500-moderation';
import { Campaigns1764800000600 } from '../migrations/1764800000600-campaigns';
import { Delivery1764900000000 } from '../migrations/1764900000000-delivery';
import { Notifications1764900000100 } from '../migrations/1764900000100-notifications';
import { Mail1764900000200 } from '../migrations/1764900000200-mail';
import { NotificationCreditShares1764900000110 } from '../migrations/1764900000110-notification-credit-shares';
import { Webhooks1764900000400 } from '../migrations/1764900000400-webhooks';
import { LanguageChoice1764900000210 } from '../migrations/1764900000210-language-choice';
import { AuthorSplits1765000000100 } from '../migrations/1765000000100-author-splits';
import { AccentInsensitiveSearch1765000000500 } from '../migrations/1765000000500-accent-insensitive-search';
import { AuthorSplitHistory1765000000700 } from '../migrations/1765000000700-author-split-history';
import { IdeaUpdatedAt1764900000300 } from '../migrations/1764900000300-idea-updated-at';

/** Counts statements (tests use it to prove there is no N+1); logs only failures. */
class CountingLogger implements Logger {
  logQuery(sql: string) {
    StatementCounter.increment(sql);
  }
  logQueryError() {
    StatementCounter.increment();
  }
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

export const MIGRATIONS = [AttributionGraph1763900000000, ActivityIndexes1763900000001, Outbox1764600000000, UpstreamShareRounding1764600000001, SessionsAndTokens1764700000000, RateLimits1764700000100, ReviewStatuses1764800000000, StatusChanges1764800000001, ReviewClaims1764800000100, Scorecards1764800000200, MergesAndRetention1764800000300, Authoring1764800000400, Moderation1764800000500, Campaigns1764800000600, Delivery1764900000000, Notifications1764900000100, NotificationCreditShares1764900000110, Mail1764900000200, LanguageChoice1764900000210, IdeaUpdatedAt1764900000300, Webhooks1764900000400, AuthorSplits1765000000100, AccentInsensitiveSearch1765000000500, AuthorSplitHistory1765000000700];

/** What the API's own pool adds: a bounded size, and a statement_timeout so that no statement holds a connection for long. */
export interface PoolOptions {
  poolSize: number;
  statementTimeoutMs: number;
}

export function dataSourceOptions(url: string, pool?: PoolOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    // no entities: every query reads raw rows in its domain's repository
    entities: [],
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    logging: ['query', 'error'],
    logger: new CountingLogger(),
    // the CLIs (migrations, recompute, verify) take no statement_timeout: their statements may rightly be long
    extra: { max: pool?.poolSize ?? 10, connectionTimeoutMillis: 5000, ...(pool ? { statement_timeout: pool.statementTimeoutMs } : {}) },
  };
}

/** Applies pending migrations (the only way the schema changes, tests included). */
export async function migrate(url: string): Promise<void> {
  const db = new DataSource({ ...dataSourceOptions(url), logging: false });
  await db.initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
  } finally {
    await db.destroy();
  }
}
