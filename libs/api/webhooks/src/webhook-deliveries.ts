import { Inject, Injectable, Optional, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobQueue, type OutboxConsumer, type OutboxEvent, type RequestContext, type Transaction, Writes } from '@kindling/api/core';
import { EngagementLoaders } from '@kindling/api/engagement';
import { GraphLoaders } from '@kindling/api/graph';
import { PUBLIC_EVENTS_OF, PublicEvents, envelope } from './public-events';
import { type DeliveryToSend, WebhooksRepository } from './webhooks.repository';
import { DELIVERY_QUEUE } from './webhooks.service';
import { DEFAULT_WEBHOOK_SETTINGS, WEBHOOK_SETTINGS, type WebhookSettings, retryDelaySeconds } from './webhooks.settings';
import { type AttemptResult, attempt } from './webhook-sender';
import { WebhookEndpointDisabled } from './webhooks.events';

/**
 * A job that dies midway (a crash, a stop past the grace period) is tried again by pg-boss after it expires;
 * the delivery's own retries are separate jobs this worker queues with their delay.
 */
const ATTEMPT_JOB = { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 } as const;

/** No viewer: what webhooks send is what everyone may see. */
function systemContext(): RequestContext {
  return { req: undefined, res: undefined, viewer: null, cache: new Map() } as unknown as RequestContext;
}

/**
 * Webhook deliveries after the commit. As the `webhooks` outbox consumer it makes one delivery per
 * (subscribed endpoint, public event) — unique, so a repeated outbox job makes none twice — and queues its first
 * attempt in the same transaction. Each attempt is a job: it re-checks that nothing it is about was hidden,
 * POSTs (webhook-sender), records the outcome and queues the next retry with its jittered delay, or ends it:
 * 2xx delivered; 410 disables the endpoint at once; past the last retry the delivery fails and the endpoint is
 * disabled (WEBHOOK_ENDPOINT_DISABLED tells the admins).
 */
@Injectable()
export class WebhookDeliveries implements OutboxConsumer, OnApplicationBootstrap {
  readonly name = 'webhooks';

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly writes: Writes,
    private readonly jobs: JobQueue,
    private readonly repository: WebhooksRepository,
    private readonly publicEvents: PublicEvents,
    private readonly graph: GraphLoaders,
    private readonly engagement: EngagementLoaders,
    @Optional() @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings = DEFAULT_WEBHOOK_SETTINGS,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.jobs.enabled) return;
    await this.jobs.ensureQueue(DELIVERY_QUEUE, ATTEMPT_JOB);
    await this.jobs.work<{ deliveryId: string; attempt: number }>(DELIVERY_QUEUE, (job) => this.attempt(job.data.deliveryId, job.data.attempt));
  }

  async handle(event: OutboxEvent): Promise<void> {
    const types = PUBLIC_EVENTS_OF[event.type];
    if (!types) return;
    const endpoints = await this.repository.subscribed(this.db, types, event.occurredAt);
    if (endpoints.length === 0) return;
    const events = await this.publicEvents.build([event], systemContext());
    const rows = events.flatMap((e) =>
      endpoints
        .filter((endpoint) => endpoint.events.includes(e.type))
        .map((endpoint) => ({ endpointId: endpoint.id, seq: e.seq, eventType: e.type, messageId: e.id, body: envelope(e), ideaIds: e.ideaIds, commentId: e.commentId })),
    );
    await this.writes.run({ background: true }, async (tx) => {
      const ids = await this.repository.insertDeliveries(tx, rows);
      await this.jobs.sendInTransaction(tx.manager, ids.map((deliveryId) => ({ name: DELIVERY_QUEUE, data: { deliveryId, attempt: 1 } })));
    });
    this.jobs.nudge(DELIVERY_QUEUE);
  }

  /** Attempt number `n` of a delivery; a stale job (the delivery moved on) does nothing. */
  private async attempt(deliveryId: string, n: number): Promise<void> {
    const delivery = await this.repository.deliveryToSend(this.db, deliveryId);
    if (!delivery || !isDue(delivery, n)) return;
    if (!delivery.enabled) return this.settle(deliveryId, n, 'CANCELLED');
    if (await this.aboutHidden(delivery)) return this.settle(deliveryId, n, 'WITHHELD');
    const result = await attempt({ url: delivery.url, messageId: delivery.messageId, body: delivery.body, secrets: delivery.secrets, allowPrivate: this.settings.allowPrivate });
    await this.writes.run({ background: true }, async (tx) => {
      const current = await this.repository.deliveryToSend(tx, deliveryId, true);
      if (current && isDue(current, n)) await this.record(tx, current, n, result);
    });
  }

  private async record(tx: Transaction, delivery: DeliveryToSend, n: number, result: AttemptResult): Promise<void> {
    const code = result.status;
    const base = { responseCode: code, error: result.error ?? (code !== null && (code < 200 || code > 299) ? `HTTP ${code}` : null) };
    if (code !== null && code >= 200 && code <= 299) {
      await this.repository.recordAttempt(tx, delivery.id, { ...base, status: 'DELIVERED', nextAttemptAt: null });
      return;
    }
    const wait = code === 410 ? null : retryDelaySeconds(n - delivery.retryFrom, this.settings);
    if (wait === null) {
      await this.repository.recordAttempt(tx, delivery.id, { ...base, status: 'FAILED', nextAttemptAt: null });
      await this.disable(tx, delivery.endpointId, code === 410 ? 'GONE' : 'FAILING');
      return;
    }
    await this.repository.recordAttempt(tx, delivery.id, { ...base, status: 'PENDING', nextAttemptAt: new Date(Date.now() + wait * 1000) });
    await this.jobs.sendInTransaction(tx.manager, [{ name: DELIVERY_QUEUE, data: { deliveryId: delivery.id, attempt: n + 1 }, startAfter: new Date(Date.now() + wait * 1000) }]);
  }

  private async disable(tx: Transaction, endpointId: string, reason: 'GONE' | 'FAILING'): Promise<void> {
    const url = await this.repository.disableEndpoint(tx, endpointId, reason);
    if (url) tx.publish(new WebhookEndpointDisabled(null, { endpointId, url, reason }));
  }

  private async settle(deliveryId: string, n: number, status: 'WITHHELD' | 'CANCELLED'): Promise<void> {
    await this.writes.run({ background: true }, async (tx) => {
      const current = await this.repository.deliveryToSend(tx, deliveryId, true);
      if (current && isDue(current, n)) await this.repository.settle(tx, deliveryId, status);
    });
  }

  /** Whether an idea or the comment the delivery is about is hidden now: hidden content never goes out. */
  private async aboutHidden(delivery: DeliveryToSend): Promise<boolean> {
    const ctx = systemContext();
    const ideas = await this.graph.for(ctx).idea.loadMany(delivery.ideaIds);
    if (ideas.some((idea) => idea instanceof Error || idea === null || idea.hiddenAt !== null)) return true;
    if (!delivery.commentId) return false;
    const comment = await this.engagement.for(ctx).comment.load(delivery.commentId);
    return comment === null || comment.hiddenAt !== null;
  }
}

function isDue(delivery: DeliveryToSend, n: number): boolean {
  return delivery.status === 'PENDING' && delivery.attempts + 1 === n;
}
