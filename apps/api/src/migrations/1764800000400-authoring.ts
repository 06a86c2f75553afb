import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Authors keep their ideas tidy. `idea_revisions` holds every version of an idea once it has been edited
 * (revision 1 is the original as posted, copied from the idea row at the first edit); an idea never edited has
 * none and the idea row is its only revision. The idea row always holds the latest text, so the search vector
 * (a generated column) follows edits. `idea_withdrawals` marks withdrawn ideas, which stay in every lineage and
 * credit trail. Comments can be edited (`edited_at`) and removed by their author (`removed_at`, the body
 * cleared): the comment stays as a placeholder so replies keep their thread.
 */
export class Authoring1764800000400 implements MigrationInterface {
  name = 'Authoring1764800000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idea_revisions (
        idea_id bigint NOT NULL REFERENCES ideas (id),
        number integer NOT NULL CHECK (number >= 1),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (length(body) <= 20000),
        tags text[] NOT NULL DEFAULT '{}',
        edited_by bigint NOT NULL REFERENCES people (id),
        edited_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (idea_id, number)
      )`);
    await q.query(`
      CREATE TABLE idea_withdrawals (
        idea_id bigint PRIMARY KEY REFERENCES ideas (id),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        withdrawn_by bigint NOT NULL REFERENCES people (id),
        withdrawn_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE comments ADD COLUMN edited_at timestamptz, ADD COLUMN removed_at timestamptz`);
    await q.query(`ALTER TABLE comments DROP CONSTRAINT comments_body_check`);
    await q.query(`ALTER TABLE comments ADD CONSTRAINT comments_body_check CHECK (CASE WHEN removed_at IS NULL THEN length(body) BETWEEN 1 AND 5000 ELSE body = '' END)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE comments DROP CONSTRAINT comments_body_check`);
    // the previous schema has no placeholder: a removed comment keeps a visible note in its place
    await q.query(`UPDATE comments SET body = '(removed)' WHERE removed_at IS NOT NULL`);
    await q.query(`ALTER TABLE comments DROP COLUMN edited_at, DROP COLUMN removed_at`);
    await q.query(`ALTER TABLE comments ADD CONSTRAINT comments_body_check CHECK (length(body) BETWEEN 1 AND 5000)`);
    await q.query(`DROP TABLE idea_withdrawals`);
    await q.query(`DROP TABLE idea_revisions`);
  }
}
