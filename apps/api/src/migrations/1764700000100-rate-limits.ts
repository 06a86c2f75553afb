import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit counters, shared by every API instance on this database (rate-limiter-flexible's
 * RateLimiterPostgres: one row per limit and key, `expire` in epoch milliseconds). Created here, not by the
 * library at run time. Unlogged: the counters are short-lived, so losing them in a crash costs nothing, and
 * writing them skips the WAL.
 */
export class RateLimits1764700000100 implements MigrationInterface {
  name = 'RateLimits1764700000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE rate_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    // the library's sweep deletes rows whose window ended an hour ago
    await q.query(`CREATE INDEX rate_limits_expire ON rate_limits (expire)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limits`);
  }
}
