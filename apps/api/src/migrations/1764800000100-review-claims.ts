import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Review claims: a reviewer takes an idea of the queue for a while (it expires, so nobody blocks others),
 * one claim per idea. And the index the review queue reads: ideas still NEW, oldest first, so the queue is an
 * index scan (whether an idea has a status change is looked up in idea_status_changes' idea index).
 */
export class ReviewClaims1764800000100 implements MigrationInterface {
  name = 'ReviewClaims1764800000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE review_claims (
        idea_id bigint PRIMARY KEY REFERENCES ideas (id),
        claimed_by bigint NOT NULL REFERENCES people (id),
        claimed_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        CHECK (expires_at > claimed_at)
      )`);
    await q.query(`CREATE INDEX review_claims_person_idx ON review_claims (claimed_by)`);
    await q.query(`CREATE INDEX ideas_awaiting_review_idx ON ideas (created_at, id) WHERE status = 'NEW'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ideas_awaiting_review_idx`);
    await q.query(`DROP TABLE review_claims`);
  }
}
