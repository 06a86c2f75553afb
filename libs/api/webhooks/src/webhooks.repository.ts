import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type OutboxEvent, type Queryable, affected } from '@kindling/api/core';
import type { WebhookDeliveryRow, WebhookDeliveryStatusValue, WebhookDisabledReasonValue, WebhookEndpointRow } from './models/webhook.model';

const ENDPOINT_COLUMNS = `id::text AS id, url, description, events, enabled, disabled_reason AS "disabledReason", disabled_at AS "disabledAt",
  previous_secret_until AS "previousSecretUntil", created_at AS "createdAt", updated_at AS "updatedAt"`;
const deliveryColumns = (d: string) => `${d}.id::text AS id, ${d}.endpoint_id::text AS "endpointId", ${d}.event_type AS "eventType",
  ${d}.message_id AS "messageId", ${d}.status, ${d}.attempts, ${d}.last_response_code AS "lastResponseCode", ${d}.last_error AS "lastError",
  ${d}.created_at AS "createdAt", ${d}.last_attempt_at AS "lastAttemptAt", ${d}.next_attempt_at AS "nextAttemptAt", ${d}.delivered_at AS "deliveredAt"`;

export interface NewDelivery {
  endpointId: string;
  seq: string;
  eventType: string;
  messageId: string;
  body: string;
  ideaIds: string[];
  commentId: string | null;
}

/** A delivery with what its next attempt needs: the body, the endpoint and the secrets that sign. */
export interface DeliveryToSend extends WebhookDeliveryRow {
  body: string;
  retryFrom: number;
  ideaIds: string[];
  commentId: string | null;
  url: string;
  enabled: boolean;
  secrets: string[];
}

export interface AttemptRecord {
  status: WebhookDeliveryStatusValue;
  responseCode: number | null;
  error: string | null;
  nextAttemptAt: Date | null;
}

/** All of the webhooks domain's SQL: endpoints, deliveries, and the outbox read for the change feed. */
@Injectable()
export class WebhooksRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  // ------------------------------------------------------------ endpoints

  async insertEndpoint(tx: Queryable, e: { url: string; description: string; events: string[]; secret: string; by: string }): Promise<string> {
    const [row] = await tx.query(
      `INSERT INTO webhook_endpoints (url, description, events, secret, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id::text AS id`,
      [e.url, e.description, e.events, e.secret, e.by],
    );
    return row.id;
  }

  async updateEndpoint(tx: Queryable, id: string, e: { url?: string; description?: string; events?: string[]; enabled?: boolean }): Promise<boolean> {
    const result = await tx.query(
      `UPDATE webhook_endpoints SET
          url = coalesce($2, url), description = coalesce($3, description), events = coalesce($4, events),
          enabled = coalesce($5, enabled),
          disabled_reason = CASE WHEN $5 IS NULL THEN disabled_reason WHEN $5 THEN NULL WHEN enabled THEN 'ADMIN' ELSE disabled_reason END,
          disabled_at = CASE WHEN $5 IS NULL THEN disabled_at WHEN $5 THEN NULL WHEN enabled THEN now() ELSE disabled_at END,
          updated_at = now()
        WHERE id = $1`,
      [id, e.url ?? null, e.description ?? null, e.events ?? null, e.enabled ?? null],
    );
    return affected(result) > 0;
  }

  async deleteEndpoint(tx: Queryable, id: string): Promise<boolean> {
    return affected(await tx.query(`DELETE FROM webhook_endpoints WHERE id = $1`, [id])) > 0;
  }

  /** The new secret signs from now on; the current one keeps signing for `overlapHours` (none: it stops at once). */
  async rotateSecret(tx: Queryable, id: string, secret: string, overlapHours: number): Promise<boolean> {
    const result = await tx.query(
      `UPDATE webhook_endpoints SET
          previous_secret = CASE WHEN $3 > 0 THEN secret END,
          previous_secret_until = CASE WHEN $3 > 0 THEN now() + make_interval(hours => $3) END,
          secret = $2, updated_at = now()
        WHERE id = $1`,
      [id, secret, overlapHours],
    );
    return affected(result) > 0;
  }

  /** Turns an enabled endpoint off for a reason; its URL, or null when it was already off. */
  async disableEndpoint(tx: Queryable, id: string, reason: WebhookDisabledReasonValue): Promise<string | null> {
    const [row] = await tx.query(
      `WITH u AS (UPDATE webhook_endpoints SET enabled = false, disabled_reason = $2, disabled_at = now(), updated_at = now()
        WHERE id = $1 AND enabled RETURNING url) SELECT url FROM u`,
      [id, reason],
    );
    return row?.url ?? null;
  }

  endpoints(ids: readonly string[]): Promise<WebhookEndpointRow[]> {
    return this.db.query(`SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE id = ANY($1::bigint[])`, [ids]);
  }

  /** Newest first, `limit + 1` rows after the cursor's id. */
  endpointPage(afterId: string | null, limit: number): Promise<WebhookEndpointRow[]> {
    return this.db.query(
      `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE ($1::bigint IS NULL OR id < $1) ORDER BY id DESC LIMIT ${limit + 1}`,
      [afterId],
    );
  }

  /** The enabled endpoints subscribed to any of these events that existed when the event happened (none get older events). */
  subscribed(db: Queryable, eventTypes: readonly string[], occurredAt: Date): Promise<Array<{ id: string; events: string[] }>> {
    return db.query(`SELECT id::text AS id, events FROM webhook_endpoints WHERE enabled AND events && $1::text[] AND created_at <= $2`, [eventTypes, occurredAt]);
  }

  // ------------------------------------------------------------ deliveries

  /** Inserts the deliveries not made yet (unique per endpoint, outbox event and public event); the ids of the new ones. */
  async insertDeliveries(tx: Queryable, rows: readonly NewDelivery[]): Promise<string[]> {
    if (rows.length === 0) return [];
    const inserted: Array<{ id: string }> = await tx.query(
      `INSERT INTO webhook_deliveries (endpoint_id, event_seq, event_type, message_id, body, idea_ids, comment_id, next_attempt_at)
       SELECT d.endpoint_id, d.event_seq, d.event_type, d.message_id, d.body, coalesce(d.idea_ids::bigint[], '{}'), d.comment_id, now()
         FROM jsonb_to_recordset($1::jsonb) AS d(endpoint_id bigint, event_seq bigint, event_type text, message_id text, body text, idea_ids text[], comment_id bigint)
       ON CONFLICT (endpoint_id, event_seq, event_type) DO NOTHING
       RETURNING id::text AS id`,
      [
        JSON.stringify(
          rows.map((r) => ({ endpoint_id: r.endpointId, event_seq: r.seq, event_type: r.eventType, message_id: r.messageId, body: r.body, idea_ids: r.ideaIds, comment_id: r.commentId })),
        ),
      ],
    );
    return inserted.map((r) => r.id);
  }

  /** A delivery with its endpoint, locked for recording an attempt when `lock` (inside a transaction). */
  async deliveryToSend(db: Queryable, id: string, lock = false): Promise<DeliveryToSend | null> {
    const [row] = await db.query(
      `SELECT ${deliveryColumns('d')}, d.body, d.retry_from AS "retryFrom", d.idea_ids::text[] AS "ideaIds", d.comment_id::text AS "commentId",
              e.url, e.enabled,
              array_remove(ARRAY[e.secret, CASE WHEN e.previous_secret_until > now() THEN e.previous_secret END], NULL) AS secrets
         FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
        WHERE d.id = $1 ${lock ? 'FOR UPDATE OF d' : ''}`,
      [id],
    );
    return row ?? null;
  }

  async recordAttempt(tx: Queryable, id: string, r: AttemptRecord): Promise<void> {
    await tx.query(
      `UPDATE webhook_deliveries SET status = $2, attempts = attempts + 1, last_response_code = $3, last_error = $4, last_attempt_at = now(),
              next_attempt_at = $5, delivered_at = CASE WHEN $2 = 'DELIVERED' THEN now() ELSE delivered_at END
        WHERE id = $1`,
      [id, r.status, r.responseCode, r.error, r.nextAttemptAt],
    );
  }

  /** Ends a delivery without an attempt (what it is about was hidden, or its endpoint is off). */
  async settle(tx: Queryable, id: string, status: 'WITHHELD' | 'CANCELLED'): Promise<void> {
    await tx.query(`UPDATE webhook_deliveries SET status = $2, next_attempt_at = NULL WHERE id = $1`, [id, status]);
  }

  /** Queues a delivery again: its retries count from here. */
  async requeue(tx: Queryable, id: string): Promise<number | null> {
    const [row] = await tx.query(
      `WITH u AS (UPDATE webhook_deliveries SET status = 'PENDING', retry_from = attempts, next_attempt_at = now() WHERE id = $1 RETURNING attempts)
       SELECT attempts FROM u`,
      [id],
    );
    return row ? row.attempts : null;
  }

  deliveries(ids: readonly string[]): Promise<WebhookDeliveryRow[]> {
    return this.db.query(`SELECT ${deliveryColumns('webhook_deliveries')} FROM webhook_deliveries WHERE id = ANY($1::bigint[])`, [ids]);
  }

  /** An endpoint's deliveries, newest first, `limit + 1` rows after the cursor's id. */
  deliveryPage(endpointId: string, afterId: string | null, limit: number): Promise<WebhookDeliveryRow[]> {
    return this.db.query(
      `SELECT ${deliveryColumns('webhook_deliveries')} FROM webhook_deliveries WHERE endpoint_id = $1 AND ($2::bigint IS NULL OR id < $2) ORDER BY id DESC LIMIT ${limit + 1}`,
      [endpointId, afterId],
    );
  }

  // ------------------------------------------------------------ the change feed

  /** Outbox events from `fromSeq` on (inclusive) that become public events, oldest first. */
  outboxFrom(fromSeq: string, types: readonly string[], limit: number): Promise<OutboxEvent[]> {
    return this.db.query(
      `SELECT seq::text, occurred_at AS "occurredAt", type, actor_id::text AS "actorId", payload
         FROM outbox_events WHERE seq >= $1 AND type = ANY($2::text[]) ORDER BY outbox_events.seq LIMIT ${limit}`,
      [fromSeq, types],
    );
  }
}
