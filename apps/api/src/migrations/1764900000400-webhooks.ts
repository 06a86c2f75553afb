import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks (Standard Webhooks). An endpoint keeps its signing secret (never readable through the API) and,
 * during a rotation's overlap, the previous one. One delivery per (endpoint, outbox event, public event type),
 * made once by the `webhooks` outbox consumer; its body is fixed when it is made, so every attempt and every
 * redelivery sends the same message under the same `webhook-id`.
 */
export class Webhooks1764900000400 implements MigrationInterface {
  name = 'Webhooks1764900000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoints (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        url text NOT NULL CHECK (char_length(url) <= 2000),
        description text NOT NULL DEFAULT '',
        events text[] NOT NULL CHECK (cardinality(events) > 0),
        enabled boolean NOT NULL DEFAULT true,
        disabled_reason text CHECK (disabled_reason IN ('ADMIN', 'GONE', 'FAILING')),
        disabled_at timestamptz,
        secret text NOT NULL,
        previous_secret text,
        previous_secret_until timestamptz,
        created_by bigint NOT NULL REFERENCES people (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE webhook_deliveries (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        endpoint_id bigint NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
        event_seq bigint NOT NULL REFERENCES outbox_events (seq),
        event_type text NOT NULL,
        message_id text NOT NULL,
        body text NOT NULL,
        idea_ids bigint[] NOT NULL DEFAULT '{}',
        comment_id bigint,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED', 'WITHHELD', 'CANCELLED')),
        attempts int NOT NULL DEFAULT 0,
        -- attempts made before the latest redelivery: the retry schedule counts from there
        retry_from int NOT NULL DEFAULT 0,
        last_response_code int,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_attempt_at timestamptz,
        next_attempt_at timestamptz,
        delivered_at timestamptz,
        UNIQUE (endpoint_id, event_seq, event_type)
      )`);
    await q.query(`CREATE INDEX webhook_deliveries_log ON webhook_deliveries (endpoint_id, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE webhook_endpoints`);
  }
}
