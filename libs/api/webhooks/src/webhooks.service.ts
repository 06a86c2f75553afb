import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  type Connection,
  JobQueue,
  MAX_PAGE_SIZE,
  DEFAULT_PAGE_SIZE,
  type RequestContext,
  RequestErrors,
  type Viewer,
  Writes,
  decodeCursor,
  encodeCursor,
} from '@kindling/api/core';
import type { CreateEndpointCommand, UpdateEndpointCommand } from './webhooks.commands';
import { WebhookErrors } from './webhooks.errors';
import { WebhooksRepository } from './webhooks.repository';
import { DEFAULT_WEBHOOK_SETTINGS, WEBHOOK_SETTINGS, type WebhookSettings } from './webhooks.settings';
import { OUTBOX_TYPES_WITH_PUBLIC_EVENTS, PUBLIC_EVENT_TYPES, type PublicEvent, PublicEvents, envelope } from './public-events';
import { ChangeEvent, WebhookDelivery, WebhookEndpoint } from './models/webhook.model';
import { newSecret } from './webhook-sender';
import { parseEndpointUrl, resolveTarget } from './ssrf-guard';

/** The queue of webhook attempts: one job per attempt, `{ deliveryId, attempt }`. */
export const DELIVERY_QUEUE = 'webhooks.deliver';

const DESCRIPTION_MAX = 500;
const OVERLAP_HOURS_MAX = 168;
/** The change feed reads the outbox in batches of this many events, at most this many batches per page. */
const FEED_BATCH = 100;
const FEED_BATCHES = 3;

/**
 * Webhook endpoints (admins), redeliveries and the change feed. Deliveries themselves are made by
 * WebhookDeliveries after the commit.
 */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly writes: Writes,
    private readonly repository: WebhooksRepository,
    private readonly publicEvents: PublicEvents,
    private readonly jobs: JobQueue,
    @Optional() @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings = DEFAULT_WEBHOOK_SETTINGS,
  ) {}

  async create(viewer: Viewer, command: CreateEndpointCommand): Promise<{ endpointId: string; secret: string }> {
    const url = await this.checkUrl(command.url);
    const events = checkEvents(command.events);
    const description = checkDescription(command.description ?? '');
    const secret = newSecret();
    const endpointId = await this.writes.run({}, (tx) => this.repository.insertEndpoint(tx, { url, events, description, secret, by: viewer.id }));
    return { endpointId, secret };
  }

  async update(command: UpdateEndpointCommand): Promise<void> {
    const url = command.url != null ? await this.checkUrl(command.url) : undefined;
    const events = command.events != null ? checkEvents(command.events) : undefined;
    const description = command.description != null ? checkDescription(command.description) : undefined;
    await this.writes.run({}, async (tx) => {
      if (!(await this.repository.updateEndpoint(tx, command.id, { url, events, description, enabled: command.enabled ?? undefined }))) throw WebhookErrors.notFound();
    });
  }

  async remove(id: string): Promise<void> {
    await this.writes.run({}, async (tx) => {
      if (!(await this.repository.deleteEndpoint(tx, id))) throw WebhookErrors.notFound();
    });
  }

  async rotate(id: string, overlapHours: number): Promise<string> {
    if (!Number.isInteger(overlapHours) || overlapHours < 0 || overlapHours > OVERLAP_HOURS_MAX) throw WebhookErrors.overlapOutOfRange();
    const secret = newSecret();
    await this.writes.run({}, async (tx) => {
      if (!(await this.repository.rotateSecret(tx, id, secret, overlapHours))) throw WebhookErrors.notFound();
    });
    return secret;
  }

  /** Sends a delivery again, under the same `webhook-id`, with a fresh round of retries. */
  async redeliver(deliveryId: string): Promise<void> {
    await this.writes.run({}, async (tx) => {
      const attempts = await this.repository.requeue(tx, deliveryId);
      if (attempts === null) throw WebhookErrors.deliveryNotFound();
      await this.jobs.sendInTransaction(tx.manager, [{ name: DELIVERY_QUEUE, data: { deliveryId, attempt: attempts + 1 } }]);
    });
    this.jobs.nudge(DELIVERY_QUEUE);
  }

  async endpoints(args: { first?: number | null; after?: string | null }): Promise<Connection<WebhookEndpoint>> {
    const { limit, afterId } = idPage(args);
    const rows = await this.repository.endpointPage(afterId, limit);
    return idConnection(rows.map(WebhookEndpoint.from), limit, afterId);
  }

  async deliveries(endpointId: string, args: { first?: number | null; after?: string | null }): Promise<Connection<WebhookDelivery>> {
    const { limit, afterId } = idPage(args);
    const rows = await this.repository.deliveryPage(endpointId, afterId, limit);
    return idConnection(rows.map(WebhookDelivery.from), limit, afterId);
  }

  /**
   * The public events `ctx.viewer` may see after the cursor, oldest first. Reads the outbox in bounded batches;
   * when a whole page's worth was left out (hidden), `endCursor` still moves past it, so a client never
   * re-reads what it cannot see.
   */
  async changes(ctx: RequestContext, args: { first?: number | null; after?: string | null }): Promise<Connection<ChangeEvent>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) throw RequestErrors.pageSize('first', MAX_PAGE_SIZE);
    const cursor = args.after ? changeCursor(args.after) : null;
    const found: PublicEvent[] = [];
    let from = cursor?.seq ?? '0';
    let scanned: string | null = null;
    let exhausted = false;
    for (let batch = 0; batch < FEED_BATCHES && found.length <= first && !exhausted; batch++) {
      const events = await this.repository.outboxFrom(from, OUTBOX_TYPES_WITH_PUBLIC_EVENTS, FEED_BATCH);
      exhausted = events.length < FEED_BATCH;
      if (events.length === 0) break;
      const built = await this.publicEvents.build(events, ctx);
      found.push(...built.filter((e) => !cursor || BigInt(e.seq) > BigInt(cursor.seq) || (e.seq === cursor.seq && e.index > cursor.index)));
      const last = events[events.length - 1].seq;
      scanned = last;
      from = (BigInt(last) + 1n).toString();
    }
    const page = found.slice(0, first);
    const edges = page.map((e) => ({
      cursor: encodeCursor([e.seq, e.index]),
      node: Object.assign(new ChangeEvent(), { messageId: e.id, type: e.type, timestamp: new Date(e.timestamp), payload: envelope(e) }),
    }));
    const hasNextPage = found.length > first || !exhausted;
    // a cut page resumes after its last edge; otherwise after everything read (left-out events included)
    const resume = found.length > first ? (edges[edges.length - 1]?.cursor ?? args.after ?? null) : scanned ? encodeCursor([scanned, 99]) : (args.after ?? null);
    return {
      edges,
      pageInfo: { hasNextPage, hasPreviousPage: cursor !== null, startCursor: edges[0]?.cursor ?? null, endCursor: resume },
    };
  }

  /** An absolute http(s) URL whose host passes the SSRF guard (checked again at every delivery). */
  private async checkUrl(text: string): Promise<string> {
    const url = parseEndpointUrl(text.trim());
    if (!url) throw WebhookErrors.urlInvalid();
    const target = await resolveTarget(url, this.settings.allowPrivate);
    if (!target.ok) throw target.why === 'UNRESOLVED' ? WebhookErrors.urlUnresolved() : WebhookErrors.urlNotAllowed();
    return url.toString();
  }
}

function checkEvents(events: string[]): string[] {
  const unknown = events.filter((e) => !(PUBLIC_EVENT_TYPES as readonly string[]).includes(e));
  if (events.length === 0 || unknown.length > 0) throw WebhookErrors.eventsInvalid(unknown);
  return PUBLIC_EVENT_TYPES.filter((t) => events.includes(t));
}

function checkDescription(text: string): string {
  const description = text.trim();
  if (description.length > DESCRIPTION_MAX) throw WebhookErrors.descriptionTooLong();
  return description;
}

/** A change-feed cursor: `[seq, index]` of the last public event read. */
function changeCursor(text: string): { seq: string; index: number } {
  const values = decodeCursor(text);
  const [seq, index] = values;
  if (values.length !== 2 || typeof seq !== 'string' || !/^(0|[1-9][0-9]{0,17})$/.test(seq) || !Number.isInteger(index) || (index as number) < 0 || (index as number) > 99) {
    throw RequestErrors.invalidCursor('after', text);
  }
  return { seq, index: index as number };
}

/** Newest-first pages keyed by id: the cursor is `[id]`. */
function idPage(args: { first?: number | null; after?: string | null }): { limit: number; afterId: string | null } {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) throw RequestErrors.pageSize('first', MAX_PAGE_SIZE);
  if (!args.after) return { limit, afterId: null };
  const values = decodeCursor(args.after);
  if (values.length !== 1 || typeof values[0] !== 'string' || !/^[1-9][0-9]{0,17}$/.test(values[0])) throw RequestErrors.invalidCursor('after', args.after);
  return { limit, afterId: values[0] };
}

function idConnection<T extends { localId: string }>(nodes: T[], limit: number, afterId: string | null): Connection<T> {
  const page = nodes.slice(0, limit);
  const edges = page.map((node) => ({ cursor: encodeCursor([node.localId]), node }));
  return {
    edges,
    pageInfo: { hasNextPage: nodes.length > limit, hasPreviousPage: afterId !== null, startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null },
  };
}
