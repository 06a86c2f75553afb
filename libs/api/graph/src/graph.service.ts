import { Injectable } from '@nestjs/common';
import { DEFAULT_CREDIT_CONFIG } from '@kindling/credit';
import { type Queryable, type Transaction, type Viewer, Writes, enforce } from '@kindling/api/core';
import { PeopleService } from '@kindling/api/people';
import { checkParents, checkSplit, defaultRelation, ideaDraftViolations, normaliseTags, normaliseText, normaliseTitle } from '@kindling/shared/rules';
import type { BuildOnCommand, InviteCoAuthorCommand, LinkParentCommand, PostIdeaCommand } from './graph.commands';
import { GraphErrors } from './graph.errors';
import { BuiltOn, CampaignAnswered, CoAuthorAccepted, CoAuthorDeclined, CoAuthorInvited, IdeaPosted, ParentLinked } from './graph.events';
import { GraphRepository, type LineageEdgeRow } from './graph.repository';

/**
 * The attribution graph's write model: posting, building on, linking parents and co-authorship, each one
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

  async inviteCoAuthor(viewer: Viewer, command: InviteCoAuthorCommand): Promise<void> {
    await this.writes.run({}, async (tx) => {
      await this.requireAuthor(tx, viewer, command.ideaId);
      await this.people.requireActive(tx, command.personId, 'personId');
      if (!(await this.repository.invite(tx, command.ideaId, command.personId, viewer.id))) throw GraphErrors.alreadyAuthor();
      tx.publish(new CoAuthorInvited(viewer.id, { ideaId: command.ideaId, personId: command.personId }));
    });
  }

  /** The invited person accepts: they become a co-author, and the idea's credit (and its lineage's) is recomputed. */
  async acceptCoAuthorship(viewer: Viewer, ideaId: string): Promise<void> {
    await this.writes.run({ lockGraph: true }, async (tx) => {
      await this.lockIdea(tx, ideaId);
      if (!(await this.repository.answerInvitation(tx, ideaId, viewer.id, 'ACCEPTED'))) throw GraphErrors.noInvitation();
      tx.publish(new CoAuthorAccepted(viewer.id, { ideaId, personId: viewer.id }));
    });
  }

  async declineCoAuthorship(viewer: Viewer, ideaId: string): Promise<void> {
    await this.writes.run({}, async (tx) => {
      if (!(await this.repository.answerInvitation(tx, ideaId, viewer.id, 'DECLINED'))) throw GraphErrors.noInvitation();
      tx.publish(new CoAuthorDeclined(viewer.id, { ideaId, personId: viewer.id }));
    });
  }

  // ------------------------------------------------------------ for other domains

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

  isAuthor(db: Queryable, ideaId: string, personId: string): Promise<boolean> {
    return this.repository.isAuthor(db, ideaId, personId);
  }

  /** Keeps the idea's endorsement counter (used for ordering) in step with an endorsement write. */
  countEndorsement(tx: Transaction, ideaId: string, delta: 1 | -1): Promise<void> {
    return this.repository.adjustEndorsementCount(tx, ideaId, delta);
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
