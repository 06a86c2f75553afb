import { Injectable } from '@nestjs/common';
import { DEFAULT_CREDIT_CONFIG } from '@kindling/credit';
import { type Queryable, type Transaction, type Viewer, Writes, enforce } from '@kindling/api/core';
import { PeopleService } from '@kindling/api/people';
import {
  checkParents,
  checkSplit,
  checkWithdrawalReason,
  defaultRelation,
  ideaDraftViolations,
  normaliseTags,
  normaliseText,
  normaliseTitle,
} from '@kindling/shared/rules';
import type { BuildOnCommand, EditIdeaCommand, LinkParentCommand, PostIdeaCommand, WithdrawIdeaCommand } from './graph.commands';
import { GraphErrors, MergeErrors } from './graph.errors';
import { BuiltOn, CampaignAnswered, IdeaEdited, IdeaPosted, IdeaWithdrawn, ParentLinked } from './graph.events';
import { GraphRepository, type LineageEdgeRow } from './graph.repository';
import type { IdeaRow, IdeaStatusValue } from './models/idea.model';

/**
 * The attribution graph's write model: posting, building on, linking parents (co-authorship: AuthorshipService), each one
 * transaction under the graph write lock (so the cycle check holds under concurrent writes and credit and the
 * ledger, updated by the events' in-transaction handlers, change together with the graph). Other domains walk
 * the graph through the traversal methods at the end.
 */
@Injectable()
export class GraphService {
  constructor(
    private readonly writes: Writes,
    private readonly repository: GraphRepository,
    private readonly people: PeopleService,
  ) {}

  async postIdea(viewer: Viewer, command: PostIdeaCommand): Promise<string> {
    const draft = cleanDraft(command);
    return this.writes.run({ lockGraph: true }, async (tx) => {
      const ideaId = await this.repository.insertIdea(tx, { ...draft, retention: 1, postedBy: viewer.id });
      tx.publish(new IdeaPosted(viewer.id, { ideaId, authorId: viewer.id }));
      if (command.campaignId) tx.publish(new CampaignAnswered(viewer.id, { ideaId, campaignId: command.campaignId }));
      return ideaId;
    });
  }

  async buildOn(viewer: Viewer, command: BuildOnCommand): Promise<string> {
    const draft = cleanDraft(command);
    enforce(checkParents(command.parentIds, command.relation));
    const parentIds = [...command.parentIds];
    const relation = command.relation ?? defaultRelation(parentIds.length);
    if (command.split) enforce(checkSplit(command.split, parentIds.length));
    const weights = command.split ? [...command.split] : parentIds.map(() => 1);
    const retention = DEFAULT_CREDIT_CONFIG.defaultRetention;

    return this.writes.run({ lockGraph: true }, async (tx) => {
      const found = await this.repository.existingIdeaIds(tx, parentIds);
      const missing = parentIds.findIndex((id) => !found.has(id));
      if (missing >= 0) throw GraphErrors.ideaNotFound(parentIds[missing], `parentIds[${missing}]`);
      const merged = await this.repository.mergedInto(tx, parentIds);
      const mergedParent = parentIds.findIndex((id) => merged.has(id));
      if (mergedParent >= 0) throw MergeErrors.ideaMerged(parentIds[mergedParent], merged.get(parentIds[mergedParent])!, `parentIds[${mergedParent}]`);
      const withdrawn = await this.repository.withdrawnAmong(tx, parentIds);
      const closed = parentIds.findIndex((id) => withdrawn.has(id));
      if (closed >= 0) throw GraphErrors.withdrawn(`parentIds[${closed}]`);
      const ideaId = await this.repository.insertIdea(tx, { ...draft, retention, postedBy: viewer.id });
      await this.repository.insertParents(tx, ideaId, relation, parentIds, weights);
      tx.publish(
        new BuiltOn(viewer.id, { ideaId, authorId: viewer.id, relation, retention, parents: parentIds.map((id, i) => ({ ideaId: id, weight: weights[i] })) }),
      );
      if (command.campaignId) tx.publish(new CampaignAnswered(viewer.id, { ideaId, campaignId: command.campaignId }));
      return ideaId;
    });
  }

  /** Records that an existing idea (also) builds on another existing idea. Refuses cycles, also under concurrent writes. */
  async linkParent(viewer: Viewer, command: LinkParentCommand): Promise<void> {
    const { ideaId, parentId } = command;
    if (ideaId === parentId) throw GraphErrors.cycle();
    await this.writes.run({ lockGraph: true }, async (tx) => {
      await this.requireIdea(tx, parentId, 'parentId');
      await this.requireAuthor(tx, viewer, ideaId);
      await this.refuseMerged(tx, ideaId);
      await this.refuseMerged(tx, parentId, 'parentId');
      await this.refuseWithdrawn(tx, parentId, 'parentId');
      if (await this.repository.edgeExists(tx, ideaId, parentId)) throw GraphErrors.alreadyLinked();
      // Under the graph lock no other edge can appear between this check and the insert.
      if (await this.repository.isAncestorOrSelf(tx, ideaId, parentId)) throw GraphErrors.cycle();
      const parentCount = await this.repository.parentCount(tx, ideaId);
      const relation = command.relation ?? defaultRelation(parentCount + 1);
      await this.repository.insertParents(tx, ideaId, relation, [parentId], [1]);
      // A root that gains a parent becomes a build-on: it keeps the default part as its own.
      const retention = parentCount === 0 ? DEFAULT_CREDIT_CONFIG.defaultRetention : undefined;
      if (retention !== undefined) await this.repository.setRetention(tx, ideaId, retention);
      tx.publish(new ParentLinked(viewer.id, { ideaId, parentId, relation, weight: 1, ...(retention === undefined ? {} : { retention }) }));
    });
  }

  /**
   * An author's edit: the new text is checked like a new idea's and saved as the next revision. Credit and the
   * ledger do not depend on an idea's text, so nothing else changes.
   */
  async editIdea(viewer: Viewer, command: EditIdeaCommand): Promise<number> {
    return this.writes.run({}, async (tx) => {
      const current = await this.lockForAuthoring(tx, viewer, command.ideaId);
      const draft = cleanDraft({ title: command.title ?? current.title, body: command.body ?? current.body, tags: command.tags ?? current.tags });
      if (draft.title === current.title && draft.body === current.body && draft.tags.join('\n') === current.tags.join('\n')) throw GraphErrors.nothingChanged();
      const revision = await this.repository.saveRevision(tx, command.ideaId, draft, viewer.id);
      tx.publish(new IdeaEdited(viewer.id, { ideaId: command.ideaId, revision }));
      return revision;
    });
  }

  /** Withdrawn under the graph lock, so no build-on or link that checked the idea a moment earlier lands after it. */
  async withdrawIdea(viewer: Viewer, command: WithdrawIdeaCommand): Promise<void> {
    const reason = normaliseText(command.reason);
    enforce(checkWithdrawalReason(reason));
    await this.writes.run({ lockGraph: true }, async (tx) => {
      await this.lockForAuthoring(tx, viewer, command.ideaId);
      await this.repository.insertWithdrawal(tx, command.ideaId, reason, viewer.id);
      tx.publish(new IdeaWithdrawn(viewer.id, { ideaId: command.ideaId, reason }));
    });
  }

  // ------------------------------------------------------------ for other domains

  /** Refuses a withdrawn idea (endorsing, building on, linking to it); call it with the idea's row locked or the graph lock held. */
  async refuseWithdrawn(db: Queryable, ideaId: string, field = 'ideaId'): Promise<void> {
    if ((await this.repository.withdrawnAmong(db, [ideaId])).size > 0) throw GraphErrors.withdrawn(field);
  }

  async requireIdea(db: Queryable, ideaId: string, field = 'ideaId'): Promise<void> {
    if (!(await this.repository.ideaExists(db, ideaId))) throw GraphErrors.ideaNotFound(ideaId, field);
  }

  /**
   * Refuses a missing idea and holds its row until the transaction ends: writes that change who authors or
   * endorses one idea (accepting co-authorship, endorsing) take it, so they never interleave.
   */
  async lockIdea(tx: Transaction, ideaId: string, field = 'ideaId'): Promise<void> {
    if (!(await this.repository.lockIdea(tx, ideaId))) throw GraphErrors.ideaNotFound(ideaId, field);
  }

  /** Refuses an idea merged into another one (IDEA_MERGED, naming that one): it takes no endorsements, build-ons or co-authors. */
  async refuseMerged(db: Queryable, ideaId: string, field = 'ideaId'): Promise<void> {
    const into = (await this.repository.mergedInto(db, [ideaId])).get(ideaId);
    if (into) throw MergeErrors.ideaMerged(ideaId, into, field);
  }

  /** Like lockIdea, and returns the idea's status as it is under the lock (the review workflow moves it). */
  async lockIdeaStatus(tx: Transaction, ideaId: string, field = 'ideaId'): Promise<IdeaStatusValue> {
    const status = await this.repository.lockIdeaStatus(tx, ideaId);
    if (!status) throw GraphErrors.ideaNotFound(ideaId, field);
    return status;
  }

  /** Sets the status of an idea the caller holds locked (lockIdeaStatus); the caller records the move. */
  setStatus(tx: Transaction, ideaId: string, status: IdeaStatusValue): Promise<void> {
    return this.repository.setStatus(tx, ideaId, status);
  }

  isAuthor(db: Queryable, ideaId: string, personId: string): Promise<boolean> {
    return this.repository.isAuthor(db, ideaId, personId);
  }

  /** Keeps the idea's endorsement counter (used for ordering) in step with an endorsement write. */
  countEndorsement(tx: Transaction, ideaId: string, delta: 1 | -1): Promise<void> {
    return this.repository.adjustEndorsementCount(tx, ideaId, delta);
  }

  /** The same counter after endorsements moved in bulk (a merge or an unmerge). */
  adjustEndorsementCount(tx: Transaction, ideaId: string, delta: number): Promise<void> {
    return this.repository.adjustEndorsementCount(tx, ideaId, delta);
  }

  /**
   * Moderation hides an idea (with its reason and who) or unhides it (null); false when it already was in that
   * state. The idea stays in the graph: lineages and credit never change.
   */
  setHidden(tx: Transaction, ideaId: string, hidden: { reason: string; by: string } | null): Promise<boolean> {
    return this.repository.setHidden(tx, ideaId, hidden);
  }

  /** Something visible about these ideas changed in this write: their `updatedAt` moves to the write's time. */
  touchIdeas(tx: Transaction, ideaIds: readonly string[]): Promise<void> {
    return ideaIds.length ? this.repository.touch(tx, ideaIds) : Promise.resolve();
  }

  /** The ideas as they are now, in one statement (the live feed re-reads the ideas its watchers have open). */
  ideasByIds(ideaIds: readonly string[]): Promise<IdeaRow[]> {
    return ideaIds.length ? this.repository.ideas(ideaIds) : Promise.resolve([]);
  }

  /** Ancestors ('up') or descendants ('down') of the ideas, themselves excluded. */
  reachableIds(db: Queryable, ideaIds: readonly string[], way: 'up' | 'down'): Promise<string[]> {
    return this.repository.reachableIds(db, ideaIds, way);
  }

  reachableWithin(db: Queryable, ideaIds: readonly string[], way: 'up' | 'down', maxDepth: number): Promise<string[]> {
    return this.repository.reachableWithin(db, ideaIds, way, maxDepth);
  }

  edgesAmong(db: Queryable, ideaIds: readonly string[]): Promise<LineageEdgeRow[]> {
    return this.repository.edgesAmong(db, ideaIds);
  }

  /** The idea an author may still change: it exists, the viewer authors it, it is neither withdrawn nor merged. */
  private async lockForAuthoring(tx: Transaction, viewer: Viewer, ideaId: string) {
    const current = await this.repository.lockForAuthoring(tx, ideaId);
    if (!current) throw GraphErrors.ideaNotFound(ideaId);
    if (!(await this.repository.isAuthor(tx, ideaId, viewer.id))) throw GraphErrors.notAnAuthor();
    if (current.withdrawn) throw GraphErrors.withdrawn();
    if (current.status === 'MERGED') throw GraphErrors.merged();
    return current;
  }

  private async requireAuthor(tx: Transaction, viewer: Viewer, ideaId: string): Promise<void> {
    await this.requireIdea(tx, ideaId);
    if (!(await this.repository.isAuthor(tx, ideaId, viewer.id))) throw GraphErrors.notAnAuthor();
  }
}

/** The idea's text, normalised and checked against the shared input rules. */
function cleanDraft(command: PostIdeaCommand) {
  const draft = { title: normaliseTitle(command.title), body: normaliseText(command.body), tags: normaliseTags(command.tags) };
  const [first] = ideaDraftViolations(draft);
  enforce(first ?? null);
  return draft;
}
