import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The review workflow's statuses: IN_PROGRESS between ACCEPTED and IMPLEMENTED, and MERGED, which only a
 * merge of duplicates sets. Enum values can be added but not removed, so `down` leaves them.
 */
export class ReviewStatuses1764800000000 implements MigrationInterface {
  name = 'ReviewStatuses1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE idea_status ADD VALUE IF NOT EXISTS 'IN_PROGRESS' AFTER 'ACCEPTED'`);
    await q.query(`ALTER TYPE idea_status ADD VALUE IF NOT EXISTS 'MERGED'`);
  }

  async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value; the extra values are harmless to the previous code
  }
}
