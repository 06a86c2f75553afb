import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';

export const JOB_QUEUE_OPTIONS = Symbol('JOB_QUEUE_OPTIONS');

export interface JobQueueOptions {
  /** The database the jobs live in (the app's own); null: no queue (schema printing). */
  databaseUrl: string | null;
}

/** The schema pg-boss keeps its tables in (created by the migration 1764800000700, upgraded by pg-boss itself). */
export const JOB_SCHEMA = 'pgboss';

/** How long an idle worker waits before it looks for jobs again (a nudge or a found job skips the wait). */
const POLL_MS = 500;

export type JobHandler<T> = (job: PgBoss.Job<T>) => Promise<void>;

/**
 * The app's durable job queue: pg-boss on the app's own PostgreSQL (jobs commit with the writes that send them,
 * survive restarts, are retried with backoff and end as dead letters). Every API process works the queues;
 * pg-boss hands each job to one of them. Domains create their queues and workers at bootstrap through this.
 */
@Injectable()
export class JobQueue implements BeforeApplicationShutdown {
  private readonly log = new Logger('JobQueue');
  private boss: PgBoss | null = null;
  private starting: Promise<PgBoss> | null = null;
  /** This process's workers, by queue: nudged when this process has just queued work for them. */
  private readonly workers = new Map<string, Array<Pick<WorkLoop<object>, 'nudge' | 'stop'>>>();

  constructor(@Inject(JOB_QUEUE_OPTIONS) private readonly options: JobQueueOptions) {}

  get enabled(): boolean {
    return this.options.databaseUrl !== null;
  }

  /** pg-boss, started once on first use. */
  async ready(): Promise<PgBoss> {
    if (!this.options.databaseUrl) throw new Error('the job queue is off (no database)');
    this.starting ??= (async () => {
      const boss = new PgBoss({
        connectionString: this.options.databaseUrl!,
        schema: JOB_SCHEMA,
        max: 4,
        application_name: 'kindling-jobs',
        // a failed job stays visible (and retryable by an admin) for a month before pg-boss archives it
        archiveFailedAfterSeconds: 30 * 86_400,
      });
      boss.on('error', (error) => this.log.error(`job queue: ${error.message}`));
      await boss.start();
      this.boss = boss;
      return boss;
    })();
    return this.starting;
  }

  /** Creates the queue when it does not exist yet, with the given policy (a retry policy, a dead-letter queue). */
  async ensureQueue(name: string, options: Omit<PgBoss.Queue, 'name'> = {}): Promise<void> {
    const boss = await this.ready();
    const queue = { name, ...storedUnits(options) };
    if (await boss.getQueue(name)) await boss.updateQueue(name, queue);
    else await boss.createQueue(name, queue);
  }

  /** Runs `handler` for every job of the queue; a thrown error fails the attempt (retried as the queue says). */
  async work<T extends object>(name: string, handler: JobHandler<T>): Promise<void> {
    const boss = await this.ready();
    this.workers.set(name, [...(this.workers.get(name) ?? []), new WorkLoop<T>(boss, name, handler, this.log)]);
  }

  /** Tells this process's workers of `queue` to fetch now instead of at their next poll (after a commit that queued work). */
  nudge(queue: string): void {
    for (const worker of this.workers.get(queue) ?? []) worker.nudge();
  }

  /** Sends jobs inside `manager`'s transaction: they exist exactly when the transaction commits. */
  async sendInTransaction(manager: EntityManager, jobs: PgBoss.JobInsert[]): Promise<void> {
    if (jobs.length === 0) return;
    const boss = await this.ready();
    await boss.insert(jobs, { db: { executeSql: async (text, values) => ({ rows: await manager.query(text, values) }) } });
  }

  /** Before the database connections close (TypeORM closes them in onApplicationShutdown). */
  async beforeApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    if (!boss) return;
    // running jobs finish and are marked done; unfetched ones stay queued for the next start
    await Promise.all([...this.workers.values()].flat().map((worker) => worker.stop()));
    this.workers.clear();
    await boss.stop({ graceful: true, timeout: 10_000, wait: true });
  }
}

/**
 * One worker: fetches a job, runs it, marks it done or failed, and fetches again at once, or after a poll when
 * the queue was empty. Its own loop rather than pg-boss's `work()`, because stopping must await a fetch in flight
 * too: pg-boss's graceful stop waits only for handlers already running, so a job fetched meanwhile would stay
 * "active" after the pool closed, untouched until it expires.
 */
class WorkLoop<T extends object> {
  private stopping = false;
  private nudged = false;
  private wake: (() => void) | null = null;
  private readonly running: Promise<void>;

  constructor(
    private readonly boss: PgBoss,
    private readonly queue: string,
    private readonly handler: JobHandler<T>,
    private readonly log: Logger,
  ) {
    this.running = this.run();
  }

  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    return this.running;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      this.nudged = false;
      let found = false;
      try {
        const [job] = await this.boss.fetch<T>(this.queue, { batchSize: 1, priority: false });
        if (job) {
          found = true;
          try {
            await this.handler(job);
            await this.boss.complete(this.queue, job.id);
          } catch (error) {
            await this.boss.fail(this.queue, job.id, error as object);
          }
        }
      } catch (error) {
        this.log.error(`job queue ${this.queue}: ${(error as Error).message}`);
      }
      if (!found && !this.nudged && !this.stopping) await this.pause(POLL_MS);
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}

/**
 * pg-boss 10 stores a queue's expiry only from `expireInSeconds` and its retention only from `retentionMinutes`:
 * the other units are accepted and silently dropped (the queue then has no policy of its own), so they are
 * converted here.
 */
function storedUnits(options: Omit<PgBoss.Queue, 'name'>): Omit<PgBoss.Queue, 'name'> {
  const { expireInMinutes, expireInHours, retentionSeconds, retentionHours, retentionDays, ...rest } = options;
  const expireInSeconds = rest.expireInSeconds ?? (expireInHours != null ? expireInHours * 3600 : expireInMinutes != null ? expireInMinutes * 60 : undefined);
  const retentionMinutes =
    rest.retentionMinutes ??
    (retentionDays != null ? retentionDays * 1440 : retentionHours != null ? retentionHours * 60 : retentionSeconds != null ? Math.ceil(retentionSeconds / 60) : undefined);
  return { ...rest, ...(expireInSeconds != null && { expireInSeconds }), ...(retentionMinutes != null && { retentionMinutes }) };
}
