import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Co-authorship with consent (CREDIT.md's a_v): an invitation carries the split acceptance applies
 * (`idea_authors.proposed_split`, [{ personId, ppm }]); a later change of the split is a proposal every other
 * author must accept (`author_split_proposals`, at most one pending per idea); an author who leaves is `LEFT`
 * (still in a_v with their weight: their credit stays) or `LEFT_GAVE_SHARE` (out of a_v: they gave their share to
 * the remaining authors). The split itself is `idea_authors.weight`, as before.
 */
export class AuthorSplits1765000000100 implements MigrationInterface {
  name = 'AuthorSplits1765000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE authorship_state ADD VALUE IF NOT EXISTS 'LEFT'`);
    await q.query(`ALTER TYPE authorship_state ADD VALUE IF NOT EXISTS 'LEFT_GAVE_SHARE'`);
    await q.query(`ALTER TABLE idea_authors ADD COLUMN proposed_split jsonb`);
    await q.query(`ALTER TABLE idea_authors ADD COLUMN left_at timestamptz`);
    await q.query(`
      CREATE TABLE author_split_proposals (
        id bigserial PRIMARY KEY,
        idea_id bigint NOT NULL REFERENCES ideas (id),
        proposed_by bigint NOT NULL REFERENCES people (id),
        split jsonb NOT NULL,
        consented_by bigint[] NOT NULL DEFAULT '{}',
        state text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'APPLIED', 'REFUSED', 'WITHDRAWN', 'OUTDATED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by bigint REFERENCES people (id)
      )`);
    await q.query(`CREATE UNIQUE INDEX author_split_proposals_pending_idx ON author_split_proposals (idea_id) WHERE state = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE author_split_proposals`);
    await q.query(`DELETE FROM idea_authors WHERE state IN ('LEFT', 'LEFT_GAVE_SHARE')`);
    await q.query(`ALTER TABLE idea_authors DROP COLUMN left_at`);
    await q.query(`ALTER TABLE idea_authors DROP COLUMN proposed_split`);
  }
}
