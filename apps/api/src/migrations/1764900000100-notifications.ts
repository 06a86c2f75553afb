import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications. One row per (person, coalescing key): an event's own key, or a window that folds several
 * events together (endorsements of one idea while unread, one person's credit moves on one idea in one day);
 * `event_seq` is the latest outbox event folded in, `actor_ids` who acted. Follows (explicit ones remembered:
 * an unfollow sticks even when the person comments again), preferences that differ from the defaults
 * (notification-rules.ts), and each person's language and e-mail frequency.
 */
export class Notifications1764900000100 implements MigrationInterface {
  name = 'Notifications1764900000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE email_frequency AS ENUM ('IMMEDIATELY', 'DAILY', 'WEEKLY', 'OFF')`);
    await q.query(`
      ALTER TABLE people
        ADD COLUMN language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'nl')),
        ADD COLUMN email_frequency email_frequency NOT NULL DEFAULT 'IMMEDIATELY'`);
    await q.query(`
      CREATE TABLE notifications (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        person_id bigint NOT NULL REFERENCES people (id),
        kind text NOT NULL,
        coalesce_key text NOT NULL,
        idea_id bigint REFERENCES ideas (id),
        actor_ids bigint[] NOT NULL DEFAULT '{}',
        event_seq bigint NOT NULL REFERENCES outbox_events (seq),
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (person_id, coalesce_key)
      )`);
    await q.query(`CREATE INDEX notifications_person_idx ON notifications (person_id, updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (person_id) WHERE read_at IS NULL`);
    await q.query(`
      CREATE TABLE idea_follows (
        idea_id bigint NOT NULL REFERENCES ideas (id),
        person_id bigint NOT NULL REFERENCES people (id),
        following boolean NOT NULL,
        explicit boolean NOT NULL DEFAULT false,
        since timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (idea_id, person_id)
      )`);
    await q.query(`CREATE INDEX idea_follows_person_idx ON idea_follows (person_id) WHERE following`);
    await q.query(`
      CREATE TABLE notification_preferences (
        person_id bigint NOT NULL REFERENCES people (id),
        kind text NOT NULL,
        in_app boolean NOT NULL,
        email boolean NOT NULL,
        PRIMARY KEY (person_id, kind)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_preferences`);
    await q.query(`DROP TABLE idea_follows`);
    await q.query(`DROP TABLE notifications`);
    await q.query(`ALTER TABLE people DROP COLUMN email_frequency, DROP COLUMN language`);
    await q.query(`DROP TYPE email_frequency`);
  }
}
