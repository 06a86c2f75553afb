import { Injectable } from '@nestjs/common';
import { DEFAULT_CREDIT_CONFIG, compareIds } from '@kindling/credit';
import { type Transaction, type Viewer, Writes, enforce } from '@kindling/api/core';
import { checkCurationReason, normaliseText } from '@kindling/shared/rules';
import { GraphErrors, MergeErrors } from './graph.errors';
import { IdeaUnmerged, IdeasMerged, type MergedFacts, RetentionSet } from './graph.events';
import { type AuthorRow, type EdgeRow, GraphRepository, type MergeIdeaRow } from './graph.repository';
import type { IdeaStatusValue } from './models/idea.model';

export interface SetRetentionCommand {
  ideaId: string;
  retention: number;
  reason: string;
}

export interface MergeIdeasCommand {
  duplicateId: string;
  intoId: string;
  reason: string;
}

type Pair = { childId: string; parentId: string };

/** What a merge changed, as it was before (`idea_merges.before`): what its unmerge puts back. */
interface MergeBefore {
  duplicateStatus: IdeaStatusValue;
  intoRetention: number;
  /** The kept idea's authorship row of every person of the union (null: none). */
  authors: Array<{ personId: string; row: AuthorRow | null }>;
  /** Every edge the merge touched, and those of them that existed. */
  pairs: Pair[];
  edges: EdgeRow[];
}

/** What the merge left (`idea_merges.after`): a later write that changed any of it blocks the unmerge. */
interface MergeAfter {
  intoRetention: number;
  authors: Array<{ personId: string; weight: number }>;
  edges: EdgeRow[];
}

const pairKey = (p: Pair) => `${p.childId}>${p.parentId}`;

/** Normalises positive weights to sum 1. */
function normalised<K>(weights: ReadonlyMap<K, number>): Map<K, number> {
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  return new Map([...weights].map(([k, w]) => [k, w / total]));
}

/**
 * Mixes the weights of two ideas' groups (authors, or parents), the earlier posted idea's group weighing 1 and
 * the later one's 1/2 (harmonic weights by posting time), each group normalised first. The result is scaled
 * so that its weights average 1: a co-author who joins later, with weight 1, gets an ordinary share.
 */
function harmonicMix<K>(earlier: ReadonlyMap<K, number>, later: ReadonlyMap<K, number>): Map<K, number> {
  const groups = [
    { weights: normalised(earlier), h: 1 },
    { weights: normalised(later), h: 1 / 2 },
  ].filter((g) => g.weights.size > 0);
  const total = groups.reduce((a, g) => a + g.h, 0);
  const mixed = new Map<K, number>();
  for (const { weights, h } of groups) for (const [k, w] of weights) mixed.set(k, (mixed.get(k) ?? 0) + (h * w) / total);
  return new Map([...mixed].map(([k, w]) => [k, w * mixed.size]));
}

/**
 * Reviewers' corrections of the graph: setting a build-on's retention, merging a duplicate into the idea kept
 * and undoing that merge exactly. Each is one transaction under the graph write lock; credit and the ledger
 * follow through the events' in-transaction handlers, endorsements and comments through engagement's.
 */
@Injectable()
export class MergeService {
  readonly config = DEFAULT_CREDIT_CONFIG;

  constructor(
    private readonly writes: Writes,
    private readonly repository: GraphRepository,
  ) {}

  async setRetention(viewer: Viewer, command: SetRetentionCommand): Promise<void> {
    const reason = normaliseText(command.reason);
    const { minRetention, maxRetention } = this.config;
    if (!(command.retention >= minRetention && command.retention <= maxRetention)) throw MergeErrors.retentionOutOfRange(minRetention, maxRetention);
    enforce(checkCurationReason(reason));
    await this.writes.run({ lockGraph: true }, async (tx) => {
      const [idea] = await this.lock(tx, [command.ideaId], ['ideaId']);
      if (idea.status === 'MERGED') throw await this.merged(tx, idea.id, 'ideaId');
      if ((await this.repository.parentCount(tx, idea.id)) === 0) throw MergeErrors.rootRetention();
      await this.repository.setRetention(tx, idea.id, command.retention);
      await this.repository.insertRetentionNote(tx, { ideaId: idea.id, retention: command.retention, previous: idea.retention, reason, by: viewer.id });
      tx.publish(new RetentionSet(viewer.id, { ideaId: idea.id, retention: command.retention, previous: idea.retention }));
    });
  }

  /** Merges the duplicate D into the kept idea K (see docs/reviewers.md, "Merging duplicates"). */
  async mergeIdeas(viewer: Viewer, command: MergeIdeasCommand): Promise<void> {
    const { duplicateId, intoId } = command;
    const reason = normaliseText(command.reason);
    if (duplicateId === intoId) throw MergeErrors.intoItself();
    enforce(checkCurationReason(reason));
    await this.writes.run({ lockGraph: true }, async (tx) => {
      const [duplicate, into] = await this.lock(tx, [duplicateId, intoId], ['duplicateId', 'intoId']);
      if (duplicate.status === 'MERGED') throw MergeErrors.alreadyMerged(duplicateId, (await this.repository.activeMergeOf(tx, duplicateId))!.intoId);
      if (into.status === 'MERGED') throw MergeErrors.intoMerged(intoId, (await this.repository.activeMergeOf(tx, intoId))!.intoId);
      // D and K not on one line of descent is all it takes: then no path can join the merged idea to itself
      if ((await this.repository.isAncestorOrSelf(tx, duplicateId, intoId)) || (await this.repository.isAncestorOrSelf(tx, intoId, duplicateId))) throw MergeErrors.cycle();
      const intoFirst = into.createdAt.getTime() < duplicate.createdAt.getTime() || (into.createdAt.getTime() === duplicate.createdAt.getTime() && compareIds(intoId, duplicateId) < 0);
      const order = <T>(ofInto: T, ofDuplicate: T): [T, T] => (intoFirst ? [ofInto, ofDuplicate] : [ofDuplicate, ofInto]);

      // authorship: the union, with harmonic weights by posting time
      const intoRows = await this.repository.authorRows(tx, intoId);
      const accepted = (rows: AuthorRow[]) => new Map(rows.filter((r) => inSplit(r.state)).map((r) => [r.personId, r.weight]));
      const authors = harmonicMix(...order(accepted(intoRows), accepted(await this.repository.authorRows(tx, duplicateId))));

      // edges: D's parents become K's (splits mixed like the authors), D's build-ons are repointed to K
      const edges = await this.repository.edgesTouching(tx, [duplicateId, intoId]);
      const parentsOf = (id: string) => edges.filter((e) => e.childId === id);
      const [intoParents, duplicateParents] = [parentsOf(intoId), parentsOf(duplicateId)];
      const splits = (rows: EdgeRow[]) => new Map(rows.map((e) => [e.parentId, e.weight]));
      const mixedSplit = harmonicMix(...order(splits(intoParents), splits(duplicateParents)));
      const newEdges: EdgeRow[] = [...mixedSplit].map(([parentId, weight]) => {
        const kept = intoParents.find((e) => e.parentId === parentId) ?? duplicateParents.find((e) => e.parentId === parentId)!;
        return { ...kept, childId: intoId, weight };
      });
      const repointed = edges.filter((e) => e.parentId === duplicateId);
      for (const edge of repointed) {
        const existing = edges.find((e) => e.childId === edge.childId && e.parentId === intoId);
        newEdges.push(existing ? { ...existing, weight: existing.weight + edge.weight } : { ...edge, parentId: intoId });
      }
      const touched = new Map<string, Pair>();
      for (const e of [...intoParents, ...duplicateParents, ...repointed, ...newEdges]) touched.set(pairKey(e), { childId: e.childId, parentId: e.parentId });
      const pairs = [...touched.values()];
      const before: MergeBefore = {
        duplicateStatus: duplicate.status,
        intoRetention: into.retention,
        authors: [...authors.keys()].map((personId) => ({ personId, row: intoRows.find((r) => r.personId === personId) ?? null })),
        pairs,
        edges: edges.filter((e) => touched.has(pairKey(e))),
      };
      // a root kept idea takes the duplicate's retention along with its parents
      const retention = intoParents.length === 0 && duplicateParents.length > 0 ? duplicate.retention : into.retention;

      for (const [personId, weight] of authors) {
        const row = intoRows.find((r) => r.personId === personId);
        const now = new Date();
        await this.repository.putAuthorRow(
          tx,
          intoId,
          personId,
          row && inSplit(row.state)
            ? { ...row, weight }
            : { personId, state: 'ACCEPTED', invitedBy: null, invitedAt: now, respondedAt: now, weight, mergedFrom: duplicateId },
        );
      }
      await this.repository.replaceEdges(tx, pairs, newEdges);
      if (retention !== into.retention) await this.repository.setRetention(tx, intoId, retention);
      await this.repository.setStatus(tx, duplicateId, 'MERGED');
      await this.repository.recordStatusChange(tx, { ideaId: duplicateId, from: duplicate.status, to: 'MERGED', response: reason, by: viewer.id });
      const after: MergeAfter = { intoRetention: retention, authors: [...authors].map(([personId, weight]) => ({ personId, weight })), edges: newEdges };
      const mergeId = await this.repository.insertMerge(tx, { duplicateId, intoId, reason, by: viewer.id, before, after });
      tx.publish(new IdeasMerged(viewer.id, { mergeId, duplicateId, intoId, ...facts(intoId, retention, after.authors, pairs, newEdges) }));
    });
  }

  /** Puts back exactly what the merge of the duplicate changed, unless a later write depends on it; returns the kept idea's id. */
  async unmergeIdea(viewer: Viewer, duplicateId: string): Promise<string> {
    return this.writes.run({ lockGraph: true }, async (tx) => {
      const merge = await this.repository.activeMergeOf(tx, duplicateId);
      if (!merge) {
        await this.lock(tx, [duplicateId], ['ideaId']);
        throw MergeErrors.notMerged(duplicateId);
      }
      const { intoId } = merge;
      const [before, after] = [merge.before as MergeBefore, merge.after as MergeAfter];
      const ideas = await this.lock(tx, [duplicateId, intoId], ['ideaId', 'ideaId']);
      const into = ideas.find((i) => i.id === intoId)!;
      await this.refuseIfDependedOn(tx, merge.id, into, after, before.pairs);

      for (const { personId, row } of before.authors) await this.repository.putAuthorRow(tx, intoId, personId, row);
      await this.repository.replaceEdges(tx, before.pairs, before.edges);
      if (into.retention !== before.intoRetention) await this.repository.setRetention(tx, intoId, before.intoRetention);
      await this.repository.setStatus(tx, duplicateId, before.duplicateStatus);
      await this.repository.recordStatusChange(tx, { ideaId: duplicateId, from: 'MERGED', to: before.duplicateStatus, response: `Merge into idea ${intoId} undone.`, by: viewer.id });
      await this.repository.closeMerge(tx, merge.id, viewer.id);
      const restored = before.authors.filter((a) => a.row && inSplit(a.row.state)).map((a) => ({ personId: a.personId, weight: a.row!.weight }));
      tx.publish(new IdeaUnmerged(viewer.id, { mergeId: merge.id, duplicateId, intoId, ...facts(intoId, before.intoRetention, restored, before.pairs, before.edges) }));
      return intoId;
    });
  }

  /**
   * The unmerge rule: it restores what the merge changed, so it is refused when a later write changed any of
   * that — a later merge into or of the kept idea, a co-author, parent or retention of the kept idea, a
   * repointed build-on merged elsewhere. (Build-ons of the kept idea and endorsements made since stay with it;
   * engagement refuses when an endorsement the merge moved was withdrawn.)
   */
  private async refuseIfDependedOn(tx: Transaction, mergeId: string, into: MergeIdeaRow, after: MergeAfter, pairs: Pair[]): Promise<void> {
    if (into.status === 'MERGED') {
      const later = (await this.repository.activeMergeOf(tx, into.id))!;
      throw MergeErrors.blocked(`idea ${into.id} was itself merged into idea ${later.intoId} afterwards; undo that merge first`);
    }
    const [laterMerge] = await this.repository.laterMergesInto(tx, into.id, mergeId);
    if (laterMerge) throw MergeErrors.blocked(`idea ${laterMerge} was merged into idea ${into.id} afterwards; undo that merge first`);
    const authors = new Map((await this.repository.authorRows(tx, into.id)).filter((r) => inSplit(r.state)).map((r) => [r.personId, r.weight]));
    const joined = [...authors.keys()].find((p) => !after.authors.some((a) => a.personId === p));
    if (joined) throw MergeErrors.blocked(`Person ${joined} became a co-author of idea ${into.id} after the merge`);
    if (after.authors.some((a) => authors.get(a.personId) !== a.weight)) throw MergeErrors.blocked(`the authors of idea ${into.id} changed after the merge`);
    if (into.retention !== after.intoRetention) throw MergeErrors.blocked(`the retention of idea ${into.id} was set after the merge`);
    const edges = await this.repository.edgesTouching(tx, [into.id, ...new Set(pairs.map((p) => p.childId))]);
    const linked = edges.find((e) => e.childId === into.id && !after.edges.some((a) => a.childId === into.id && a.parentId === e.parentId));
    if (linked) throw MergeErrors.blocked(`idea ${into.id} was linked to idea ${linked.parentId} after the merge`);
    for (const left of after.edges) {
      const now = edges.find((e) => e.childId === left.childId && e.parentId === left.parentId);
      if (now?.weight !== left.weight) throw MergeErrors.blocked(`the build-on of idea ${left.childId} on idea ${left.parentId} changed after the merge`);
    }
  }

  /** Locks the ideas' rows; refuses missing ones with the field that named them. */
  private async lock(tx: Transaction, ids: string[], fields: string[]): Promise<MergeIdeaRow[]> {
    const rows = await this.repository.lockForMerge(tx, ids);
    const missing = ids.findIndex((id) => !rows.some((r) => r.id === id));
    if (missing >= 0) throw GraphErrors.ideaNotFound(ids[missing], fields[missing]);
    return ids.map((id) => rows.find((r) => r.id === id)!);
  }

  private async merged(tx: Transaction, ideaId: string, field: string) {
    return MergeErrors.ideaMerged(ideaId, (await this.repository.activeMergeOf(tx, ideaId))!.intoId, field);
  }
}

/** The ledger's record of a merge or an unmerge: the kept idea's retention and authors, and the edges changed. */
function facts(intoId: string, retention: number, authors: MergedFacts['into']['authors'], pairs: Pair[], edges: EdgeRow[]): MergedFacts {
  const remaining = new Set(edges.map(pairKey));
  return {
    into: { ideaId: intoId, retention, authors: [...authors].sort((a, b) => compareIds(a.personId, b.personId)) },
    removedEdges: pairs.filter((p) => !remaining.has(pairKey(p))),
    edges: edges.map((e) => ({ childId: e.childId, parentId: e.parentId, relation: e.relation, weight: e.weight })),
  };
}

/** Members of a_v: accepted authors and those who left keeping their share (a merge carries both over). */
function inSplit(state: AuthorRow['state']): boolean {
  return state === 'ACCEPTED' || state === 'LEFT';
}
