import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox: every domain event, written in the transaction of the write that published it, numbered in
 * commit order (writers take a lock just before inserting), so consumers after the commit read each event
 * at least once by remembering the last sequence number they handled.
 */
export class Outbox1764600000000 implements MigrationInterface {
  name = 'Outbox1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_events (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        type text NOT NULL,
        actor_id bigint REFERENCES people (id),
        payload jsonb NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox_events`);
  }
}
