import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moderation: flags on ideas and comments, the history of hiding and unhiding (never deleting), and the
 * current hidden state as columns of `ideas` and `comments`, so every read of those tables can leave hidden
 * content out (the feed, search, the board) without asking the moderation domain.
 */
export class Moderation1764800000500 implements MigrationInterface {
  name = 'Moderation1764800000500';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['ideas', 'comments']) {
      await q.query(`
        ALTER TABLE ${table}
          ADD COLUMN hidden_at timestamptz,
          ADD COLUMN hidden_reason text CHECK (length(hidden_reason) BETWEEN 1 AND 2000),
          ADD COLUMN hidden_by bigint REFERENCES people (id),
          ADD CONSTRAINT ${table}_hidden_whole CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL) AND (hidden_at IS NULL) = (hidden_by IS NULL))`);
    }
    await q.query(`CREATE TYPE flag_reason AS ENUM ('SPAM', 'OFFENSIVE', 'PERSONAL_DATA', 'OFF_TOPIC', 'OTHER')`);
    await q.query(`CREATE TYPE flag_resolution AS ENUM ('HIDDEN', 'DISMISSED')`);
    await q.query(`
      CREATE TABLE flags (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        idea_id bigint REFERENCES ideas (id),
        comment_id bigint REFERENCES comments (id),
        flagged_by bigint NOT NULL REFERENCES people (id),
        reason flag_reason NOT NULL,
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by bigint REFERENCES people (id),
        resolution flag_resolution,
        CHECK ((idea_id IS NULL) <> (comment_id IS NULL)),
        CHECK ((resolved_at IS NULL) = (resolution IS NULL) AND (resolved_at IS NULL) = (resolved_by IS NULL))
      )`);
    // one open flag per person per item
    await q.query(`CREATE UNIQUE INDEX flags_open_idea_idx ON flags (idea_id, flagged_by) WHERE resolved_at IS NULL AND idea_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX flags_open_comment_idx ON flags (comment_id, flagged_by) WHERE resolved_at IS NULL AND comment_id IS NOT NULL`);
    await q.query(`CREATE INDEX flags_open_idx ON flags (created_at, id) WHERE resolved_at IS NULL`);
    await q.query(`CREATE INDEX flags_idea_idx ON flags (idea_id) WHERE idea_id IS NOT NULL`);
    await q.query(`CREATE INDEX flags_comment_idx ON flags (comment_id) WHERE comment_id IS NOT NULL`);
    await q.query(`CREATE TYPE moderation_action AS ENUM ('HIDE', 'UNHIDE', 'DISMISS')`);
    await q.query(`
      CREATE TABLE moderation_actions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        idea_id bigint REFERENCES ideas (id),
        comment_id bigint REFERENCES comments (id),
        action moderation_action NOT NULL,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        acted_by bigint NOT NULL REFERENCES people (id),
        acted_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((idea_id IS NULL) <> (comment_id IS NULL))
      )`);
    await q.query(`CREATE INDEX moderation_actions_idea_idx ON moderation_actions (idea_id, acted_at, id) WHERE idea_id IS NOT NULL`);
    await q.query(`CREATE INDEX moderation_actions_comment_idx ON moderation_actions (comment_id, acted_at, id) WHERE comment_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE moderation_actions`);
    await q.query(`DROP TYPE moderation_action`);
    await q.query(`DROP TABLE flags`);
    await q.query(`DROP TYPE flag_resolution`);
    await q.query(`DROP TYPE flag_reason`);
    for (const table of ['ideas', 'comments']) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_hidden_whole, DROP COLUMN hidden_at, DROP COLUMN hidden_reason, DROP COLUMN hidden_by`);
    }
  }
}
