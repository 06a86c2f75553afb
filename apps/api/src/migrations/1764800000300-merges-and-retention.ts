import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Originality and merging duplicates. `idea_authors.weight` is an author's raw part of a_v (normalised per
 * idea; 1 unless a merge gave the union of two ideas' authors their harmonic weights) and `merged_from` the
 * duplicate that made them an author. `idea_merges` keeps, per merge, everything it changed (the snapshot an
 * unmerge restores, and the state it left, which tells whether a later write depends on it);
 * `idea_merge_endorsements` the endorsements it moved, dropped or let lapse. `comments.moved_from_idea_id`
 * marks comments moved to the kept idea. `idea_retention_notes` holds every retention a reviewer set, with
 * the reason.
 */
export class MergesAndRetention1764800000300 implements MigrationInterface {
  name = 'MergesAndRetention1764800000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idea_authors ADD COLUMN weight double precision NOT NULL DEFAULT 1 CHECK (weight > 0)`);
    await q.query(`ALTER TABLE idea_authors ADD COLUMN merged_from bigint REFERENCES ideas (id)`);
    await q.query(`
      CREATE TABLE idea_merges (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        duplicate_id bigint NOT NULL REFERENCES ideas (id),
        into_id bigint NOT NULL REFERENCES ideas (id),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        merged_by bigint NOT NULL REFERENCES people (id),
        merged_at timestamptz NOT NULL DEFAULT now(),
        -- what the merge changed, as it was before (restored by the unmerge) and as the merge left it
        before jsonb NOT NULL,
        after jsonb NOT NULL,
        unmerged_by bigint REFERENCES people (id),
        unmerged_at timestamptz,
        CHECK (duplicate_id <> into_id)
      )`);
    // an idea is the duplicate of at most one merge in force
    await q.query(`CREATE UNIQUE INDEX idea_merges_active_duplicate_key ON idea_merges (duplicate_id) WHERE unmerged_at IS NULL`);
    await q.query(`CREATE INDEX idea_merges_into_idx ON idea_merges (into_id) WHERE unmerged_at IS NULL`);
    await q.query(`CREATE TYPE merged_endorsement_fate AS ENUM ('MOVED', 'COUNTED_ONCE', 'BECAME_AUTHOR')`);
    await q.query(`
      CREATE TABLE idea_merge_endorsements (
        merge_id bigint NOT NULL REFERENCES idea_merges (id),
        idea_id bigint NOT NULL REFERENCES ideas (id),
        person_id bigint NOT NULL REFERENCES people (id),
        created_at timestamptz NOT NULL,
        fate merged_endorsement_fate NOT NULL,
        PRIMARY KEY (merge_id, idea_id, person_id)
      )`);
    await q.query(`ALTER TABLE comments ADD COLUMN moved_from_idea_id bigint REFERENCES ideas (id)`);
    // the comments a merge moved (with where they came from before it), so its unmerge moves exactly those back
    await q.query(`
      CREATE TABLE idea_merge_comments (
        merge_id bigint NOT NULL REFERENCES idea_merges (id),
        comment_id bigint NOT NULL REFERENCES comments (id),
        moved_from_before bigint REFERENCES ideas (id),
        PRIMARY KEY (merge_id, comment_id)
      )`);
    await q.query(`
      CREATE TABLE idea_retention_notes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        idea_id bigint NOT NULL REFERENCES ideas (id),
        retention double precision NOT NULL CHECK (retention > 0 AND retention < 1),
        previous double precision NOT NULL,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        set_by bigint NOT NULL REFERENCES people (id),
        set_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX idea_retention_notes_idea_idx ON idea_retention_notes (idea_id, set_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idea_retention_notes`);
    await q.query(`DROP TABLE idea_merge_comments`);
    await q.query(`ALTER TABLE comments DROP COLUMN moved_from_idea_id`);
    await q.query(`DROP TABLE idea_merge_endorsements`);
    await q.query(`DROP TYPE merged_endorsement_fate`);
    await q.query(`DROP TABLE idea_merges`);
    await q.query(`ALTER TABLE idea_authors DROP COLUMN merged_from`);
    await q.query(`ALTER TABLE idea_authors DROP COLUMN weight`);
  }
}
