import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Recent activity (the board's momentum) is read by time. */
export class ActivityIndexes1763900000001 implements MigrationInterface {
  name = 'ActivityIndexes1763900000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX endorsements_created_idx ON endorsements (created_at)`);
    await q.query(`CREATE INDEX idea_edges_created_idx ON idea_edges (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idea_edges_created_idx`);
    await q.query(`DROP INDEX endorsements_created_idx`);
  }
}
