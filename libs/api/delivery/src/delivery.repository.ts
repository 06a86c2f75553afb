import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JOB_SCHEMA, type PageRequest, type Queryable } from '@kindling/api/core';
import type { FailedJobRow } from './models/delivery.model';

const JOB = `${JOB_SCHEMA}.job`;
/** pg-boss's own queues (its cron and scheduling), not ours. */
const OWN_QUEUES = `q.name NOT LIKE '\\_\\_pgboss\\_\\_%'`;
/** A worker's thrown error is stored as `{ message, stack, … }`; an expiry as `{ value: { message } }`. Only the message leaves. */
const LAST_ERROR = `left(coalesce(j.output->>'message', j.output->'value'->>'message', ''), 301)`;

export interface QueueHealthRow {
  queue: string;
  queued: number;
  retrying: number;
  active: number;
  failed: number;
  oldestQueuedAt: Date | null;
  oldestQueuedSeconds: number | null;
}

/**
 * All of delivery's SQL: it owns no tables, it reads the job queue's (pg-boss's `pgboss.job` and `pgboss.queue`,
 * kept by core's JobQueue) and, for a consumer's job, the type of its outbox event.
 */
@Injectable()
export class DeliveryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One page of failed jobs, the most recently failed first; keyset on (failed at, id). */
  failedJobs(queue: string | null, page: PageRequest): Promise<FailedJobRow[]> {
    const params: unknown[] = [queue];
    let after = '';
    if (page.cursor) {
      params.push(page.cursor[0], page.cursor[1]);
      after = `AND (j.completed_on, j.id) ${page.backward ? '>' : '<'} ($2::timestamptz, $3::uuid)`;
    }
    const dir = page.backward ? 'ASC' : 'DESC';
    return this.db.query(
      `SELECT j.id::text, j.name AS queue, j.data, j.retry_count AS "retryCount", j.retry_limit AS "retryLimit",
              j.created_on AS "createdAt", j.completed_on AS "failedAt", j.completed_on::text AS "keyAt",
              ${LAST_ERROR} AS "lastError", e.type AS "eventType"
         FROM ${JOB} j
         LEFT JOIN outbox_events e
           ON e.seq = CASE WHEN j.name LIKE 'outbox.%' AND j.data->>'seq' ~ '^[0-9]{1,18}$' THEN (j.data->>'seq')::bigint END
        WHERE j.state = 'failed' AND ($1::text IS NULL OR j.name = $1) ${after}
        ORDER BY j.completed_on ${dir}, j.id ${dir}
        LIMIT ${page.limit + 1}`,
      params,
    );
  }

  async failedCount(queue: string | null): Promise<number> {
    const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM ${JOB} j WHERE j.state = 'failed' AND ($1::text IS NULL OR j.name = $1)`, [queue]);
    return count;
  }

  /** Every queue (also those without jobs) with its counts by state, by name. */
  health(): Promise<QueueHealthRow[]> {
    return this.db.query(
      `SELECT q.name AS queue,
              count(j.id) FILTER (WHERE j.state IN ('created', 'retry'))::int AS queued,
              count(j.id) FILTER (WHERE j.state = 'retry')::int AS retrying,
              count(j.id) FILTER (WHERE j.state = 'active')::int AS active,
              count(j.id) FILTER (WHERE j.state = 'failed')::int AS failed,
              min(j.created_on) FILTER (WHERE j.state IN ('created', 'retry')) AS "oldestQueuedAt",
              floor(extract(epoch FROM now() - min(j.created_on) FILTER (WHERE j.state IN ('created', 'retry'))))::int AS "oldestQueuedSeconds"
         FROM ${JOB_SCHEMA}.queue q LEFT JOIN ${JOB} j ON j.name = q.name
        WHERE ${OWN_QUEUES}
        GROUP BY q.name ORDER BY q.name`,
    );
  }

  /** Locks these jobs while they are failed (to the transaction's end): their ids and queues. */
  lockFailed(tx: Queryable, ids: readonly string[]): Promise<Array<{ id: string; queue: string }>> {
    return tx.query(`SELECT id::text, name AS queue FROM ${JOB} WHERE id = ANY($1::uuid[]) AND state = 'failed' FOR UPDATE`, [ids]);
  }

  /** Locks every failed job (of `queue`, when given). */
  lockAllFailed(tx: Queryable, queue: string | null): Promise<Array<{ id: string; queue: string }>> {
    return tx.query(`SELECT id::text, name AS queue FROM ${JOB} WHERE state = 'failed' AND ($1::text IS NULL OR name = $1) FOR UPDATE`, [queue]);
  }
}
