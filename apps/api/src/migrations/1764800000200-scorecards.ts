import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scorecards: criteria admins define (retired, never deleted, so past scores keep their meaning), one scorecard
 * per reviewer per idea with a score of 1–5 per criterion, and `idea_scores`, the one definition of an idea's
 * weighted score (per reviewer the weighted mean over the criteria they scored, then the mean over reviewers),
 * read by the scoring domain and by the board.
 */
export class Scorecards1764800000200 implements MigrationInterface {
  name = 'Scorecards1764800000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE score_criteria (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 80),
        name_nl text NOT NULL CHECK (length(name_nl) BETWEEN 1 AND 80),
        description_en text NOT NULL CHECK (length(description_en) <= 500),
        description_nl text NOT NULL CHECK (length(description_nl) <= 500),
        weight double precision NOT NULL CHECK (weight BETWEEN 0.1 AND 10),
        created_at timestamptz NOT NULL DEFAULT now(),
        retired_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE scorecards (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        idea_id bigint NOT NULL REFERENCES ideas (id),
        reviewer_id bigint NOT NULL REFERENCES people (id),
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 5000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (idea_id, reviewer_id)
      )`);
    await q.query(`
      CREATE TABLE scorecard_scores (
        scorecard_id bigint NOT NULL REFERENCES scorecards (id) ON DELETE CASCADE,
        criterion_id bigint NOT NULL REFERENCES score_criteria (id),
        score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
        PRIMARY KEY (scorecard_id, criterion_id)
      )`);
    await q.query(`
      CREATE VIEW idea_scores AS
        SELECT per_reviewer.idea_id, avg(per_reviewer.weighted)::float8 AS weighted, count(*)::int AS reviewers
          FROM (SELECT c.idea_id, sum(k.weight * s.score) / sum(k.weight) AS weighted
                  FROM scorecards c
                  JOIN scorecard_scores s ON s.scorecard_id = c.id
                  JOIN score_criteria k ON k.id = s.criterion_id
                 GROUP BY c.id, c.idea_id) per_reviewer
         GROUP BY per_reviewer.idea_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW idea_scores`);
    await q.query(`DROP TABLE scorecard_scores`);
    await q.query(`DROP TABLE scorecards`);
    await q.query(`DROP TABLE score_criteria`);
  }
}
