import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Queryable } from '@kindling/api/core';
import type { CriterionDraft } from '@kindling/shared/rules';
import type { CriterionRow, ScorecardRow } from './models/scoring.model';

const CRITERION_COLUMNS = `id::text AS id, name_en AS "nameEn", name_nl AS "nameNl", description_en AS "descriptionEn",
  description_nl AS "descriptionNl", weight, retired_at AS "retiredAt"`;

// a scorecard with its scores in criterion order, in one row
const SCORECARD_SELECT = `SELECT c.id::text AS id, c.idea_id::text AS "ideaId", c.reviewer_id::text AS "reviewerId", c.note, c.updated_at AS "updatedAt",
    COALESCE((SELECT json_agg(json_build_object('criterionId', s.criterion_id::text, 'score', s.score) ORDER BY s.criterion_id)
                FROM scorecard_scores s WHERE s.scorecard_id = c.id), '[]'::json) AS scores
  FROM scorecards c`;

/** All of scoring's SQL: criteria, scorecards and the aggregates read from the `idea_scores` view. */
@Injectable()
export class ScoringRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insertCriterion(tx: Queryable, draft: CriterionDraft): Promise<string> {
    const [row] = await tx.query(
      `INSERT INTO score_criteria (name_en, name_nl, description_en, description_nl, weight) VALUES ($1, $2, $3, $4, $5) RETURNING id::text AS id`,
      [draft.nameEn, draft.nameNl, draft.descriptionEn, draft.descriptionNl, draft.weight],
    );
    return row.id;
  }

  /** The criterion, its row locked until the transaction ends; null when there is none. */
  async lockCriterion(tx: Queryable, id: string): Promise<CriterionRow | null> {
    const [row] = await tx.query(`SELECT ${CRITERION_COLUMNS} FROM score_criteria WHERE id = $1 FOR UPDATE`, [id]);
    return row ?? null;
  }

  async updateCriterion(tx: Queryable, id: string, draft: CriterionDraft): Promise<void> {
    await tx.query(`UPDATE score_criteria SET name_en = $2, name_nl = $3, description_en = $4, description_nl = $5, weight = $6 WHERE id = $1`, [
      id,
      draft.nameEn,
      draft.nameNl,
      draft.descriptionEn,
      draft.descriptionNl,
      draft.weight,
    ]);
  }

  async retireCriterion(tx: Queryable, id: string): Promise<void> {
    await tx.query(`UPDATE score_criteria SET retired_at = now() WHERE id = $1`, [id]);
  }

  /** Every criterion's id and whether it is retired, held against retiring while a scorecard is saved. */
  shareCriteria(tx: Queryable): Promise<Array<{ id: string; retired: boolean }>> {
    return tx.query(`SELECT id::text AS id, retired_at IS NOT NULL AS retired FROM score_criteria ORDER BY id FOR SHARE`);
  }

  /** One scorecard per reviewer per idea: a new one replaces the note and every score. */
  async upsertScorecard(tx: Queryable, card: { ideaId: string; reviewerId: string; note: string; scores: Array<{ criterionId: string; score: number }> }): Promise<string> {
    const [row] = await tx.query(
      `INSERT INTO scorecards (idea_id, reviewer_id, note) VALUES ($1, $2, $3)
       ON CONFLICT (idea_id, reviewer_id) DO UPDATE SET note = EXCLUDED.note, updated_at = now()
       RETURNING id::text AS id`,
      [card.ideaId, card.reviewerId, card.note],
    );
    await tx.query(`DELETE FROM scorecard_scores WHERE scorecard_id = $1`, [row.id]);
    await tx.query(
      `INSERT INTO scorecard_scores (scorecard_id, criterion_id, score) SELECT $1, * FROM unnest($2::bigint[], $3::smallint[])`,
      [row.id, card.scores.map((s) => s.criterionId), card.scores.map((s) => s.score)],
    );
    return row.id;
  }

  // ------------------------------------------------------------ reads

  /** Active criteria first, each group in the order they were defined. */
  criteriaList(includeRetired: boolean): Promise<CriterionRow[]> {
    return this.db.query(
      `SELECT ${CRITERION_COLUMNS} FROM score_criteria WHERE $1 OR retired_at IS NULL ORDER BY retired_at IS NOT NULL, retired_at, id`,
      [includeRetired],
    );
  }

  criteria(ids: readonly string[]): Promise<CriterionRow[]> {
    return this.db.query(`SELECT ${CRITERION_COLUMNS} FROM score_criteria WHERE id = ANY($1::bigint[])`, [ids]);
  }

  ideaScores(ideaIds: readonly string[]): Promise<Array<{ ideaId: string; weighted: number; reviewers: number }>> {
    return this.db.query(`SELECT idea_id::text AS "ideaId", weighted, reviewers FROM idea_scores WHERE idea_id = ANY($1::bigint[])`, [ideaIds]);
  }

  criterionMeans(ideaIds: readonly string[]): Promise<Array<{ ideaId: string; criterionId: string; mean: number; reviewers: number }>> {
    return this.db.query(
      `SELECT c.idea_id::text AS "ideaId", s.criterion_id::text AS "criterionId", avg(s.score)::float8 AS mean, count(*)::int AS reviewers
         FROM scorecards c JOIN scorecard_scores s ON s.scorecard_id = c.id
        WHERE c.idea_id = ANY($1::bigint[])
        GROUP BY c.idea_id, s.criterion_id ORDER BY c.idea_id, s.criterion_id`,
      [ideaIds],
    );
  }

  /** The ideas' scorecards, most recently saved first. */
  scorecards(ideaIds: readonly string[]): Promise<ScorecardRow[]> {
    return this.db.query(`${SCORECARD_SELECT} WHERE c.idea_id = ANY($1::bigint[]) ORDER BY c.idea_id, c.updated_at DESC, c.id DESC`, [ideaIds]);
  }

  scorecardsBy(reviewerId: string, ideaIds: readonly string[]): Promise<ScorecardRow[]> {
    return this.db.query(`${SCORECARD_SELECT} WHERE c.reviewer_id = $1 AND c.idea_id = ANY($2::bigint[])`, [reviewerId, ideaIds]);
  }
}
