import type { MigrationInterface, QueryRunner } from 'typeorm';
import PgBoss from 'pg-boss';

/**
 * Work after the commit. pg-boss's own tables (schema `pgboss`, its construction script without its own
 * BEGIN/COMMIT: the migration's transaction holds it; later pg-boss versions migrate it themselves at start),
 * and each outbox consumer's cursor: the last outbox event the relay moved into that consumer's queue.
 */
export class Delivery1764900000000 implements MigrationInterface {
  name = 'Delivery1764900000000';

  async up(q: QueryRunner): Promise<void> {
    const plans = PgBoss.getConstructionPlans('pgboss').replace(/^\s*BEGIN;/, '').replace(/COMMIT;\s*$/, '');
    await q.query(plans);
    await q.query(`
      CREATE TABLE outbox_cursors (
        name text PRIMARY KEY,
        last_seq bigint NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox_cursors`);
    await q.query(`DROP SCHEMA pgboss CASCADE`);
  }
}
