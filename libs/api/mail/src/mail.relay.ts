import { Injectable, Logger, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import { JobQueue, LiveHub } from '@kindling/api/core';
import { NOTIFICATION_CHANNEL, NotificationsService } from '@kindling/api/notifications';
import { type DigestFrequency, type DigestJob, MailService } from './mail.service';
import { MailRepository } from './mail.repository';
import { Mailer } from './mailer';

/** One job per new notification: `{ notificationId }`. */
export const MAIL_QUEUE = 'mail.send';
/** One job per person and digest period. */
export const DIGEST_QUEUE = 'mail.digest';
/** The scheduled runs that queue a digest job for everyone with that frequency. */
export const DIGEST_RUN_QUEUES: Record<DigestFrequency, string> = { DAILY: 'mail.digests.daily', WEEKLY: 'mail.digests.weekly' };

/**
 * Attempts of a mail: exponential backoff with jitter from 2 s, about two and a quarter hours in all (an SMTP
 * server that is down for a while gets the mail when it is back), then the job fails: a dead letter kept 30 days.
 */
const MAIL_RETRY = { retryLimit: 12, retryDelay: 2, retryBackoff: true, expireInSeconds: 120 } as const;
const CURSOR = 'immediate';
/** A safety net: a NOTIFY can be missed while the listening connection reconnects. */
const POLL_MS = 30_000;
const BATCH = 500;

/**
 * Moves new notifications (their ids, from the notifications service) into the mail queue, one job each, in the
 * transaction that advances the mailer's cursor over notification ids (so each is queued once, with several
 * processes too); works the mail and digest queues; schedules the digests at KINDLING_DIGEST_HOUR in
 * KINDLING_TIME_ZONE (daily, and Mondays weekly). Nothing runs when SMTP_URL is unset.
 */
@Injectable()
export class MailRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('MailRelay');
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;

  constructor(
    private readonly repository: MailRepository,
    private readonly mail: MailService,
    private readonly notifications: NotificationsService,
    private readonly mailer: Mailer,
    private readonly jobs: JobQueue,
    private readonly live: LiveHub,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.mailer.enabled || !this.jobs.enabled) return;
    this.stopped = false;
    await this.repository.ensureCursor(CURSOR, await this.notifications.latestNotificationId());
    await this.jobs.ensureQueue(MAIL_QUEUE, MAIL_RETRY);
    await this.jobs.ensureQueue(DIGEST_QUEUE, MAIL_RETRY);
    await this.jobs.work<{ notificationId: string }>(MAIL_QUEUE, (job) => this.mail.sendForNotification(job.data.notificationId));
    await this.jobs.work<DigestJob>(DIGEST_QUEUE, (job) => this.mail.sendDigest(job.data));
    const { digestHour, timeZone } = this.mailer.settings;
    const boss = await this.jobs.ready();
    for (const frequency of ['DAILY', 'WEEKLY'] as const) {
      const queue = DIGEST_RUN_QUEUES[frequency];
      await this.jobs.ensureQueue(queue, { retryLimit: 3, retryDelay: 60 });
      await this.jobs.work(queue, () => this.runDigests(frequency, new Date()).then(() => undefined));
      await boss.schedule(queue, frequency === 'DAILY' ? `0 ${digestHour} * * *` : `0 ${digestHour} * * 1`, {}, { tz: timeZone });
    }
    await this.live.listen(NOTIFICATION_CHANNEL, () => this.wake());
    this.timer = setInterval(() => this.wake(), POLL_MS);
    this.timer.unref();
    this.wake();
  }

  /** Queues one digest job per person with that frequency, for the period `now` falls in; returns how many. */
  async runDigests(frequency: DigestFrequency, now: Date): Promise<number> {
    const jobs = await this.mail.digestJobs(frequency, now);
    if (jobs.length === 0) return 0;
    const boss = await this.jobs.ready();
    await boss.insert(jobs.map((data) => ({ name: DIGEST_QUEUE, data })));
    this.jobs.nudge(DIGEST_QUEUE);
    return jobs.length;
  }

  /** Relays now, or once more right after the run in progress. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.relay()
      .catch((error: Error) => this.log.error(`mail relay failed: ${error.message}`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async relay(): Promise<void> {
    let full = true;
    while (full && !this.stopped) {
      const queued = await this.repository.transaction(async (db) => {
        // another process holding the cursor queues these notifications; we skip them
        const lastId = await this.repository.lockCursor(db, CURSOR);
        if (lastId === null) return 0;
        const ids = await this.notifications.idsAfter(db, lastId, BATCH);
        if (ids.length === 0) return 0;
        await this.jobs.sendInTransaction(
          db,
          ids.map((notificationId) => ({ name: MAIL_QUEUE, data: { notificationId } })),
        );
        await this.repository.advanceCursor(db, CURSOR, ids[ids.length - 1]);
        return ids.length;
      });
      if (queued > 0) this.jobs.nudge(MAIL_QUEUE);
      full = queued === BATCH;
    }
  }

  /** Before the database connections close (TypeORM closes them in onApplicationShutdown). */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
