import { Injectable, Logger } from '@nestjs/common';
import {
  CURSOR_KEYS,
  type Connection,
  JobQueue,
  type PageArgs,
  RequestErrors,
  type Transaction,
  type Viewer,
  Writes,
  pageRequest,
  toConnection,
} from '@kindling/api/core';
import { DeliveryErrors } from './delivery.errors';
import { DeliveryRepository } from './delivery.repository';
import type { FailedJob, FailedJobRow, QueueHealth } from './models/delivery.model';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OUTBOX_QUEUE = /^outbox\.(.+)$/;
/** Keys of a job's data that are safe to show: ids and sequence numbers, never payloads or secrets. */
const ID_KEY = /^(id|seq|[a-zA-Z]+Id|[a-z]+_id)$/;
const MAX_ERROR = 300;
export const MAX_RETRY_IDS = 100;

export type RetryCommand = { ids: string[] } | { all: true; queue: string | null };

/** Delivery operations for admins: the job queue's dead letters and its health. */
@Injectable()
export class DeliveryService {
  private readonly log = new Logger('Delivery');

  constructor(
    private readonly repository: DeliveryRepository,
    private readonly writes: Writes,
    private readonly jobs: JobQueue,
  ) {}

  async failedJobs(queue: string | null, args: PageArgs): Promise<Connection<FailedJob> & { totalCount: number }> {
    const page = pageRequest(args);
    const cursor = page.cursor;
    if (cursor && !(cursor.length === 2 && CURSOR_KEYS.timestamp(cursor[0]) && typeof cursor[1] === 'string' && UUID.test(cursor[1]))) {
      throw RequestErrors.invalidCursor('cursor', String(args.after ?? args.before));
    }
    const [rows, totalCount] = await Promise.all([this.repository.failedJobs(queue, page), this.repository.failedCount(queue)]);
    return { ...toConnection(rows, page, (row) => [row.keyAt, row.id], toFailedJob), totalCount };
  }

  health(): Promise<QueueHealth[]> {
    return this.repository.health();
  }

  /**
   * Puts failed jobs back in their queues (pg-boss's retry: one more attempt each), all or none: an id that is
   * not a failed job refuses the whole request. Returns how many.
   */
  async retry(viewer: Viewer, command: RetryCommand): Promise<number> {
    if ('ids' in command) {
      if (command.ids.length === 0 || command.ids.length > MAX_RETRY_IDS) throw DeliveryErrors.target(`Give 1 to ${MAX_RETRY_IDS} ids, or all: true.`);
      command.ids.forEach((id, i) => {
        if (!UUID.test(id)) throw DeliveryErrors.invalidId(`ids[${i}]`);
      });
    }
    const boss = await this.jobs.ready();
    const retried = await this.writes.run({}, async (tx) => {
      let jobs: Array<{ id: string; queue: string }>;
      if ('ids' in command) {
        const ids = [...new Set(command.ids.map((id) => id.toLowerCase()))];
        jobs = await this.repository.lockFailed(tx, ids);
        if (jobs.length < ids.length) throw DeliveryErrors.notFound(ids.length - jobs.length);
      } else {
        jobs = await this.repository.lockAllFailed(tx, command.queue);
      }
      const byQueue = new Map<string, string[]>();
      for (const job of jobs) byQueue.set(job.queue, [...(byQueue.get(job.queue) ?? []), job.id]);
      for (const [queue, queued] of byQueue) await boss.retry(queue, queued, { db: inTransaction(tx) });
      return { count: jobs.length, queues: [...byQueue.keys()] };
    });
    for (const queue of retried.queues) this.jobs.nudge(queue);
    if (retried.count > 0) this.log.log(`person ${viewer.id} retried ${retried.count} failed job(s) in ${retried.queues.join(', ')}`);
    return retried.count;
  }
}

/** pg-boss's statements, run in the write's transaction. */
function inTransaction(tx: Transaction) {
  return { executeSql: async (text: string, values: unknown[]) => ({ rows: await tx.query(text, values) }) };
}

function toFailedJob(row: FailedJobRow): FailedJob {
  const consumer = OUTBOX_QUEUE.exec(row.queue)?.[1] ?? null;
  const seq = consumer && typeof row.data?.seq === 'string' ? row.data.seq : null;
  const label = consumer
    ? `${consumer}: ${row.eventType ?? 'event'} #${seq ?? '?'}`
    : [row.queue, summary(row.data)].filter(Boolean).join(' — ');
  const error = row.lastError ?? '';
  return {
    id: row.id,
    queue: row.queue,
    label,
    consumer,
    eventType: consumer ? row.eventType : null,
    eventSeq: seq,
    attempts: row.retryCount + 1,
    maxAttempts: row.retryLimit + 1,
    createdAt: row.createdAt,
    failedAt: row.failedAt,
    lastError: error.length > MAX_ERROR ? `${error.slice(0, MAX_ERROR - 1)}…` : error,
  };
}

/** The ids in a job's data, e.g. `endpointId 3, deliveryId 17`: enough to find it, nothing of its content. */
function summary(data: Record<string, unknown> | null): string {
  return Object.entries(data ?? {})
    .filter(([key, value]) => ID_KEY.test(key) && (typeof value === 'string' || typeof value === 'number'))
    .slice(0, 4)
    .map(([key, value]) => `${key} ${String(value).slice(0, 40)}`)
    .join(', ');
}
