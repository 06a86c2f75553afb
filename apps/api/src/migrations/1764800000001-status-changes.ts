import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every move of an idea through the review workflow with its written response: the official answer, who gave
 * it and when. The review domain writes it; the dashboard reads response times from it.
 */
export class StatusChanges1764800000001 implements MigrationInterface {
  name = 'StatusChanges1764800000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idea_status_changes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        idea_id bigint NOT NULL REFERENCES ideas (id),
        from_status idea_status NOT NULL,
        to_status idea_status NOT NULL,
        response text NOT NULL CHECK (length(response) BETWEEN 1 AND 20000),
        changed_by bigint NOT NULL REFERENCES people (id),
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX idea_status_changes_idea_idx ON idea_status_changes (idea_id, changed_at, id)`);
    await q.query(`CREATE INDEX idea_status_changes_at_idx ON idea_status_changes (changed_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idea_status_changes`);
  }
}
