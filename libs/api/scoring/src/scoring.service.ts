import { Injectable } from '@nestjs/common';
import { type Viewer, Writes } from '@kindling/api/core';
import { GraphService } from '@kindling/api/graph';
import { type CriterionDraft, checkScore, checkScoreNote, criterionViolations, normaliseCriterion, normaliseText } from '@kindling/shared/rules';
import type { CriterionChange, ScoreIdeaCommand } from './scoring.commands';
import { ScoringErrors, enforceScoring } from './scoring.errors';
import { IdeaScored, ScoreCriterionCreated, ScoreCriterionRetired, ScoreCriterionUpdated } from './scoring.events';
import { ScoringRepository } from './scoring.repository';

/** Criteria (admins) and scorecards (reviewers). Scores do not count in credit: no graph lock, nothing ledgered. */
@Injectable()
export class ScoringService {
  constructor(
    private readonly writes: Writes,
    private readonly repository: ScoringRepository,
    private readonly graph: GraphService,
  ) {}

  async createCriterion(viewer: Viewer, draft: CriterionDraft): Promise<string> {
    const clean = normaliseCriterion(draft);
    enforceScoring(criterionViolations(clean)[0]);
    return this.writes.run({}, async (tx) => {
      const criterionId = await this.repository.insertCriterion(tx, clean);
      tx.publish(new ScoreCriterionCreated(viewer.id, { criterionId }));
      return criterionId;
    });
  }

  async updateCriterion(viewer: Viewer, criterionId: string, change: CriterionChange): Promise<void> {
    await this.writes.run({}, async (tx) => {
      const current = await this.repository.lockCriterion(tx, criterionId);
      if (!current) throw ScoringErrors.criterionNotFound(criterionId);
      if (current.retiredAt) throw ScoringErrors.retired();
      const clean = normaliseCriterion({ ...current, ...definedOnly(change) });
      enforceScoring(criterionViolations(clean)[0]);
      await this.repository.updateCriterion(tx, criterionId, clean);
      tx.publish(new ScoreCriterionUpdated(viewer.id, { criterionId }));
    });
  }

  async retireCriterion(viewer: Viewer, criterionId: string): Promise<void> {
    await this.writes.run({}, async (tx) => {
      const current = await this.repository.lockCriterion(tx, criterionId);
      if (!current) throw ScoringErrors.criterionNotFound(criterionId);
      if (current.retiredAt) throw ScoringErrors.retired();
      await this.repository.retireCriterion(tx, criterionId);
      tx.publish(new ScoreCriterionRetired(viewer.id, { criterionId }));
    });
  }

  /** Saves the reviewer's scorecard of the idea, replacing their earlier one; returns its id. */
  async scoreIdea(viewer: Viewer, command: ScoreIdeaCommand): Promise<string> {
    const note = normaliseText(command.note);
    enforceScoring(checkScoreNote(note));
    const seen = new Set<string>();
    command.scores.forEach((s, i) => {
      enforceScoring(checkScore(s.score, `scores[${i}].score`));
      if (seen.has(s.criterionId)) throw ScoringErrors.duplicate(`scores[${i}].criterionId`);
      seen.add(s.criterionId);
    });
    return this.writes.run({}, async (tx) => {
      await this.graph.requireIdea(tx, command.ideaId);
      // held until the commit, so no criterion is retired between this check and the scores' insert
      const criteria = new Map((await this.repository.shareCriteria(tx)).map((c) => [c.id, c.retired]));
      command.scores.forEach((s, i) => {
        const retired = criteria.get(s.criterionId);
        if (retired === undefined) throw ScoringErrors.unknownCriterion(`scores[${i}].criterionId`);
        if (retired) throw ScoringErrors.retired(`scores[${i}].criterionId`);
      });
      const active = [...criteria].filter(([, retired]) => !retired).map(([id]) => id);
      if (active.length === 0) throw ScoringErrors.noCriteria();
      const missing = active.find((id) => !seen.has(id));
      if (missing) throw ScoringErrors.missing(missing);
      const scorecardId = await this.repository.upsertScorecard(tx, { ideaId: command.ideaId, reviewerId: viewer.id, note, scores: command.scores });
      tx.publish(new IdeaScored(viewer.id, { ideaId: command.ideaId, scorecardId, scores: command.scores }));
      return scorecardId;
    });
  }
}

/** The fields of a partial update that were given (GraphQL sends null for an omitted nullable field). */
function definedOnly(change: CriterionChange): CriterionChange {
  return Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined && v !== null));
}
