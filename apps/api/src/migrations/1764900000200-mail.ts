import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail. `mail_cursors`: how far the mailer has read `notifications` (by id), so every new notification is
 * queued for mail once. `mail_log`: one row per mail by a unique key (`notification:<id>`, or
 * `digest:<person>:<frequency>:<period>`), written in the transaction that sends it: a job that runs twice sends
 * once. `unsubscribe_tokens`: the hash of each mail's unsubscribe token, what it turns off (a kind, or for a
 * digest the e-mail frequency).
 */
export class Mail1764900000200 implements MigrationInterface {
  name = 'Mail1764900000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE mail_cursors (name text PRIMARY KEY, last_id bigint NOT NULL)`);
    await q.query(`
      CREATE TABLE mail_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key text NOT NULL UNIQUE,
        person_id bigint NOT NULL REFERENCES people (id),
        notification_id bigint REFERENCES notifications (id),
        frequency email_frequency,
        covers_until timestamptz,
        subject text NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX mail_log_digest_idx ON mail_log (person_id, sent_at DESC) WHERE frequency IS NOT NULL`);
    await q.query(`
      CREATE TABLE unsubscribe_tokens (
        token_hash bytea PRIMARY KEY,
        person_id bigint NOT NULL REFERENCES people (id),
        kind text,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE unsubscribe_tokens`);
    await q.query(`DROP TABLE mail_log`);
    await q.query(`DROP TABLE mail_cursors`);
  }
}
