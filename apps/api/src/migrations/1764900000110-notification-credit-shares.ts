import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The shares the notifications consumer last told people about, per idea: a credit-affecting event compares each
 * holder's current share with this snapshot, notifies moves of at least 0.1 percentage point and only then moves
 * the snapshot (smaller moves add up until they cross it). An idea without rows has not been seen yet: its first
 * event only takes the snapshot.
 */
export class NotificationCreditShares1764900000110 implements MigrationInterface {
  name = 'NotificationCreditShares1764900000110';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_credit_shares (
        idea_id bigint NOT NULL REFERENCES ideas (id),
        person_id bigint NOT NULL REFERENCES people (id),
        ppm integer NOT NULL,
        PRIMARY KEY (idea_id, person_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_credit_shares`);
  }
}
