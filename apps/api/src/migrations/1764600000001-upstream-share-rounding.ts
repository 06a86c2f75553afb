import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person who authored an idea and everything it builds on holds all of it, which the engine's float sums can
 * put a few ulps above 1 (e.g. 0.6 + 10 × 0.04). The stored share is the engine's value, bit for bit (the full
 * recompute compares them exactly), so the check allows rounding noise instead of refusing the write.
 */
export class UpstreamShareRounding1764600000001 implements MigrationInterface {
  name = 'UpstreamShareRounding1764600000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idea_upstream_credit DROP CONSTRAINT idea_upstream_credit_share_check`);
    await q.query(`ALTER TABLE idea_upstream_credit ADD CONSTRAINT idea_upstream_credit_share_check CHECK (share > 0 AND share <= 1 + 1e-9)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idea_upstream_credit DROP CONSTRAINT idea_upstream_credit_share_check`);
    await q.query(`ALTER TABLE idea_upstream_credit ADD CONSTRAINT idea_upstream_credit_share_check CHECK (share > 0 AND share <= 1)`);
  }
}
