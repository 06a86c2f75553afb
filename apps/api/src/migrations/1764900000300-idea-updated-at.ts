import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `ideas.updated_at`: the last time anything visible about an idea changed (its text, status, comments,
 * endorsements, build-ons, merges, moderation), kept by the write's own transaction. Existing ideas start at the
 * latest of what is on record; the index serves `ideas(filter: { updatedAfter })` for integrators' syncs.
 */
export class IdeaUpdatedAt1764900000300 implements MigrationInterface {
  name = 'IdeaUpdatedAt1764900000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ideas ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`
      UPDATE ideas i SET updated_at = GREATEST(
        i.created_at,
        (SELECT max(c.created_at) FROM comments c WHERE c.idea_id = i.id),
        (SELECT max(e.created_at) FROM endorsements e WHERE e.idea_id = i.id),
        (SELECT max(x.created_at) FROM idea_edges x WHERE x.parent_id = i.id OR x.child_id = i.id),
        (SELECT max(s.changed_at) FROM idea_status_changes s WHERE s.idea_id = i.id),
        i.hidden_at
      )`);
    await q.query(`CREATE INDEX ideas_updated_at_idx ON ideas (updated_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ideas DROP COLUMN updated_at`);
  }
}
