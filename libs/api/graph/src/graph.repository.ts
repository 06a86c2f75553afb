import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type Queryable, affected } from '@kindling/api/core';
import type { PersonWithDepartmentRow } from '@kindling/api/people';
import type { IdeaRevisionRow, IdeaWithdrawalRow } from './models/authoring.model';
import type { BuildOnTie } from './models/build-on-tie.model';
import type { CoAuthorInvitation, IdeaLink, IdeaRow, IdeaStatusValue, RelationValue } from './models/idea.model';
import type { MergeNoteRow, RetentionNoteRow } from './models/merge.model';
import type { SplitMember, SplitShare } from './author-split';

/**
 * All of the graph's SQL: ideas, build-on edges and authorship. Writes take the caller's transaction;
 * traversals are recursive CTEs over ids with UNION (never path enumeration, which explodes on diamonds)
 * and take any Queryable, so other domains can walk the graph inside their own transaction.
 */

const IDEA_COLUMNS = `i.id::text AS id, i.title, i.body, i.tags, i.status, i.retention, i.posted_by::text AS "postedBy",
  i.created_at AS "createdAt", i.endorsement_count AS "endorsementCount", i.build_on_count AS "buildOnCount",
  i.hidden_at AS "hiddenAt", i.hidden_reason AS "hiddenReason", i.updated_at AS "updatedAt"`;

export interface LineageEdgeRow {
  childId: string;
  parentId: string;
  relation: RelationValue;
  /** The child's split for this parent, normalised over all the child's parents. */
  split: number;
}

/** What a merge checks of an idea it locks. */
export interface MergeIdeaRow {
  id: string;
  status: IdeaStatusValue;
  retention: number;
  createdAt: Date;
  postedBy: string;
}

/** One authorship row, every column a merge may have to restore (times as PostgreSQL's text, so they round-trip to the microsecond). */
export interface AuthorRow {
  personId: string;
  state: 'INVITED' | 'ACCEPTED' | 'DECLINED' | 'LEFT' | 'LEFT_GAVE_SHARE';
  invitedBy: string | null;
  invitedAt: Date | string;
  respondedAt: Date | string | null;
  weight: number;
  mergedFrom: string | null;
}

/** One build-on edge, every column (its time as PostgreSQL's text, so it round-trips to the microsecond). */
export interface EdgeRow {
  childId: string;
  parentId: string;
  relation: RelationValue;
  weight: number;
  createdAt: Date | string;
}

/** A merge in force with what it changed (see MergeService). */
export interface StoredMerge {
  id: string;
  duplicateId: string;
  intoId: string;
  before: unknown;
  after: unknown;
}

const step = {
  up: { from: 'child_id', to: 'parent_id' },
  down: { from: 'parent_id', to: 'child_id' },
} as const;

@Injectable()
export class GraphRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  // ------------------------------------------------------------ writes

  /** A new idea with its poster as its first, accepted author (and the first entry of its split's history). */
  async insertIdea(tx: Queryable, idea: { title: string; body: string; tags: readonly string[]; retention: number; postedBy: string }): Promise<string> {
    const [row] = await tx.query(
      `WITH idea AS (
         INSERT INTO ideas (title, body, tags, retention, posted_by) VALUES ($1, $2, $3, $4, $5) RETURNING id
       ), author AS (
         INSERT INTO idea_authors (idea_id, person_id, state, responded_at) SELECT id, $5, 'ACCEPTED', now() FROM idea
       ), split AS (
         INSERT INTO idea_author_weights (idea_id, person_id, weight) SELECT id, $5, 1 FROM idea
       )
       SELECT id::text AS id FROM idea`,
      [idea.title, idea.body, idea.tags, idea.retention, idea.postedBy],
    );
    return row.id;
  }

  async existingIdeaIds(tx: Queryable, ids: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await tx.query(`SELECT id::text AS id FROM ideas WHERE id = ANY($1::bigint[])`, [ids]);
    return new Set(rows.map((r) => r.id));
  }

  async ideaExists(tx: Queryable, id: string): Promise<boolean> {
    const [row] = await tx.query(`SELECT 1 FROM ideas WHERE id = $1`, [id]);
    return !!row;
  }

  /**
   * Whether the idea exists; locks its row to the end of the transaction. Writers of an idea lock it FOR NO KEY
   * UPDATE (no idea is ever deleted or renumbered): they wait for each other, but not for the foreign-key checks
   * of rows that merely point at the idea (a notification, a comment), which would otherwise deadlock with them.
   */
  async lockIdea(tx: Queryable, id: string): Promise<boolean> {
    const [row] = await tx.query(`SELECT 1 FROM ideas WHERE id = $1 FOR NO KEY UPDATE`, [id]);
    return !!row;
  }

  /** The idea's status, its row locked (as `lockIdea` does) to the end of the transaction; null when there is no such idea. */
  async lockIdeaStatus(tx: Queryable, id: string): Promise<IdeaStatusValue | null> {
    const [row] = await tx.query(`SELECT status FROM ideas WHERE id = $1 FOR NO KEY UPDATE`, [id]);
    return row?.status ?? null;
  }

  async isAuthor(tx: Queryable, ideaId: string, personId: string): Promise<boolean> {
    const [row] = await tx.query(`SELECT 1 FROM idea_authors WHERE idea_id = $1 AND person_id = $2 AND state = 'ACCEPTED'`, [ideaId, personId]);
    return !!row;
  }

  /** Edges from a new build-on to its parents, and the parents' build-on counts. */
  async insertParents(tx: Queryable, childId: string, relation: RelationValue, parentIds: readonly string[], weights: readonly number[]): Promise<void> {
    await tx.query(
      `WITH edges AS (
         INSERT INTO idea_edges (child_id, parent_id, relation, weight)
         SELECT $1, parent_id, $2::idea_relation, weight FROM unnest($3::bigint[], $4::float8[]) AS p(parent_id, weight)
         RETURNING parent_id
       )
       UPDATE ideas SET build_on_count = build_on_count + 1 WHERE id IN (SELECT parent_id FROM edges)`,
      [childId, relation, parentIds, weights],
    );
  }

  async parentCount(tx: Queryable, childId: string): Promise<number> {
    const [row] = await tx.query(`SELECT count(*)::int AS n FROM idea_edges WHERE child_id = $1`, [childId]);
    return row.n;
  }

  async edgeExists(tx: Queryable, childId: string, parentId: string): Promise<boolean> {
    const [row] = await tx.query(`SELECT 1 FROM idea_edges WHERE child_id = $1 AND parent_id = $2`, [childId, parentId]);
    return !!row;
  }

  async setRetention(tx: Queryable, ideaId: string, retention: number): Promise<void> {
    await tx.query(`UPDATE ideas SET retention = $2 WHERE id = $1`, [ideaId, retention]);
  }

  /**
   * An invitation with the split acceptance applies, or a renewed one after a decline (or after leaving with the
   * share given away); false when the person is an author, already invited, or left keeping their share.
   */
  async invite(tx: Queryable, ideaId: string, personId: string, invitedBy: string, split: readonly SplitShare[]): Promise<boolean> {
    const inserted = await tx.query(
      `INSERT INTO idea_authors (idea_id, person_id, state, invited_by, proposed_split) VALUES ($1, $2, 'INVITED', $3, $4::jsonb)
       ON CONFLICT (idea_id, person_id) DO UPDATE SET state = 'INVITED', invited_by = $3, invited_at = now(), responded_at = NULL, left_at = NULL,
         proposed_split = $4::jsonb, weight = 1
         WHERE idea_authors.state IN ('DECLINED', 'LEFT_GAVE_SHARE')
       RETURNING 1`,
      [ideaId, personId, invitedBy, JSON.stringify(split)],
    );
    return affected(inserted) > 0;
  }

  /** Answers an open invitation; false when there is none. An acceptance's split is stored next, by setWeights. */
  async answerInvitation(tx: Queryable, ideaId: string, personId: string, answer: 'ACCEPTED' | 'DECLINED'): Promise<boolean> {
    const updated = await tx.query(
      `UPDATE idea_authors SET state = $3::authorship_state, responded_at = now() WHERE idea_id = $1 AND person_id = $2 AND state = 'INVITED' RETURNING 1`,
      [ideaId, personId, answer],
    );
    return affected(updated) > 0;
  }

  /** The endorsement counter kept on the idea for ordering (engagement asks for it through GraphService). */
  async adjustEndorsementCount(tx: Queryable, ideaId: string, delta: number): Promise<void> {
    await tx.query(`UPDATE ideas SET endorsement_count = endorsement_count + $2 WHERE id = $1`, [ideaId, delta]);
  }

  // ------------------------------------------------------------ merges and retention

  /** Locks the ideas' rows (as `lockIdea` does, in id order so two merges never deadlock) and returns what a merge checks of them. */
  async lockForMerge(tx: Queryable, ids: readonly string[]): Promise<MergeIdeaRow[]> {
    return tx.query(
      `SELECT id::text AS id, status, retention, created_at AS "createdAt", posted_by::text AS "postedBy"
         FROM ideas WHERE id = ANY($1::bigint[]) ORDER BY id FOR NO KEY UPDATE`,
      [ids],
    );
  }

  /** The idea's authorship rows in every state, with their weights. */
  authorRows(tx: Queryable, ideaId: string): Promise<AuthorRow[]> {
    return tx.query(
      `SELECT person_id::text AS "personId", state, invited_by::text AS "invitedBy", invited_at::text AS "invitedAt", responded_at::text AS "respondedAt",
              weight, merged_from::text AS "mergedFrom"
         FROM idea_authors WHERE idea_id = $1 ORDER BY person_id`,
      [ideaId],
    );
  }

  /** Replaces a person's authorship row of an idea (none: removes it). */
  async putAuthorRow(tx: Queryable, ideaId: string, personId: string, row: AuthorRow | null): Promise<void> {
    await tx.query(`DELETE FROM idea_authors WHERE idea_id = $1 AND person_id = $2`, [ideaId, personId]);
    if (!row) return this.recordSplit(tx, ideaId);
    await tx.query(
      `INSERT INTO idea_authors (idea_id, person_id, state, invited_by, invited_at, responded_at, weight, merged_from)
       VALUES ($1, $2, $3::authorship_state, $4, $5, $6, $7, $8)`,
      [ideaId, personId, row.state, row.invitedBy, row.invitedAt, row.respondedAt, row.weight, row.mergedFrom],
    );
    await this.recordSplit(tx, ideaId);
  }

  /** Edges with a child or a parent among `ids`, every column. */
  edgesTouching(tx: Queryable, ids: readonly string[]): Promise<EdgeRow[]> {
    return tx.query(
      `SELECT child_id::text AS "childId", parent_id::text AS "parentId", relation, weight, created_at::text AS "createdAt"
         FROM idea_edges WHERE child_id = ANY($1::bigint[]) OR parent_id = ANY($1::bigint[]) ORDER BY child_id, parent_id`,
      [ids],
    );
  }

  /** Deletes the edges of `pairs`, inserts `rows`, and recounts the build-ons of every parent involved. */
  async replaceEdges(tx: Queryable, pairs: ReadonlyArray<{ childId: string; parentId: string }>, rows: readonly EdgeRow[]): Promise<void> {
    await tx.query(`DELETE FROM idea_edges WHERE (child_id, parent_id) IN (SELECT * FROM unnest($1::bigint[], $2::bigint[]))`, [
      pairs.map((p) => p.childId),
      pairs.map((p) => p.parentId),
    ]);
    await tx.query(
      `INSERT INTO idea_edges (child_id, parent_id, relation, weight, created_at)
       SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::idea_relation[], $4::float8[], $5::timestamptz[])`,
      [rows.map((r) => r.childId), rows.map((r) => r.parentId), rows.map((r) => r.relation), rows.map((r) => r.weight), rows.map((r) => r.createdAt)],
    );
    await tx.query(`UPDATE ideas i SET build_on_count = (SELECT count(*) FROM idea_edges e WHERE e.parent_id = i.id) WHERE i.id = ANY($1::bigint[])`, [
      [...new Set(pairs.map((p) => p.parentId))],
    ]);
  }

  async setStatus(tx: Queryable, ideaId: string, status: IdeaStatusValue): Promise<void> {
    await tx.query(`UPDATE ideas SET status = $2::idea_status WHERE id = $1`, [ideaId, status]);
  }

  /** A status move with its written response, in the workflow's history (idea_status_changes). */
  async recordStatusChange(tx: Queryable, change: { ideaId: string; from: IdeaStatusValue; to: IdeaStatusValue; response: string; by: string }): Promise<void> {
    await tx.query(`INSERT INTO idea_status_changes (idea_id, from_status, to_status, response, changed_by) VALUES ($1, $2, $3, $4, $5)`, [
      change.ideaId,
      change.from,
      change.to,
      change.response,
      change.by,
    ]);
  }

  async insertMerge(tx: Queryable, merge: { duplicateId: string; intoId: string; reason: string; by: string; before: object; after: object }): Promise<string> {
    const [row] = await tx.query(
      `INSERT INTO idea_merges (duplicate_id, into_id, reason, merged_by, before, after) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id::text AS id`,
      [merge.duplicateId, merge.intoId, merge.reason, merge.by, JSON.stringify(merge.before), JSON.stringify(merge.after)],
    );
    return row.id;
  }

  /** For each of the ideas that is a merged duplicate, the idea it was merged into. */
  async mergedInto(tx: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; intoId: string }> = await tx.query(
      `SELECT duplicate_id::text AS id, into_id::text AS "intoId" FROM idea_merges WHERE duplicate_id = ANY($1::bigint[]) AND unmerged_at IS NULL`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.intoId]));
  }

  /** The merge in force of which the idea is the duplicate. */
  async activeMergeOf(tx: Queryable, duplicateId: string): Promise<StoredMerge | null> {
    const [row] = await tx.query(
      `SELECT id::text AS id, duplicate_id::text AS "duplicateId", into_id::text AS "intoId", before, after
         FROM idea_merges WHERE duplicate_id = $1 AND unmerged_at IS NULL`,
      [duplicateId],
    );
    return row ?? null;
  }

  /** Ideas merged into `intoId` by merges in force made after merge `afterId`. */
  async laterMergesInto(tx: Queryable, intoId: string, afterId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await tx.query(
      `SELECT duplicate_id::text AS id FROM idea_merges WHERE into_id = $1 AND unmerged_at IS NULL AND id > $2 ORDER BY id`,
      [intoId, afterId],
    );
    return rows.map((r) => r.id);
  }

  async closeMerge(tx: Queryable, mergeId: string, by: string): Promise<void> {
    await tx.query(`UPDATE idea_merges SET unmerged_by = $2, unmerged_at = now() WHERE id = $1`, [mergeId, by]);
  }

  async insertRetentionNote(tx: Queryable, note: { ideaId: string; retention: number; previous: number; reason: string; by: string }): Promise<void> {
    await tx.query(`INSERT INTO idea_retention_notes (idea_id, retention, previous, reason, set_by) VALUES ($1, $2, $3, $4, $5)`, [
      note.ideaId,
      note.retention,
      note.previous,
      note.reason,
      note.by,
    ]);
  }

  /** Merges in force seen from each idea: as the duplicate (`duplicate`) or as the kept idea (`into`), oldest first. */
  mergesOf(ideaIds: readonly string[], side: 'duplicate' | 'into'): Promise<Array<MergeNoteRow & { selfId: string }>> {
    const self = side === 'duplicate' ? 'duplicate_id' : 'into_id';
    return this.db.query(
      `SELECT ${self}::text AS "selfId", duplicate_id::text AS "duplicateLocalId", into_id::text AS "intoLocalId", reason,
              merged_by::text AS "byLocalId", merged_at AS "at"
         FROM idea_merges WHERE ${self} = ANY($1::bigint[]) AND unmerged_at IS NULL ORDER BY ${self}, merged_at, id`,
      [ideaIds],
    );
  }

  /** The latest retention a reviewer set on each idea. */
  retentionNotes(ideaIds: readonly string[]): Promise<Array<RetentionNoteRow & { ideaId: string }>> {
    return this.db.query(
      `SELECT DISTINCT ON (idea_id) idea_id::text AS "ideaId", retention, reason, set_by::text AS "byLocalId", set_at AS "at"
         FROM idea_retention_notes WHERE idea_id = ANY($1::bigint[]) ORDER BY idea_id, set_at DESC, id DESC`,
      [ideaIds],
    );
  }

  /** Hides (a reason and who) or unhides an idea for moderation; false when it was already in that state or does not exist. */
  /** Marks the ideas changed now (`updated_at`; now() is the transaction's time, like every other timestamp it writes). */
  async touch(tx: Queryable, ideaIds: readonly string[]): Promise<void> {
    // rows locked in id order, as every other writer of several ideas locks them
    await tx.query(
      `UPDATE ideas SET updated_at = now()
        WHERE id IN (SELECT id FROM ideas WHERE id = ANY($1::bigint[]) AND updated_at < now() ORDER BY id FOR NO KEY UPDATE)`,
      [ideaIds],
    );
  }

  async setHidden(tx: Queryable, ideaId: string, hidden: { reason: string; by: string } | null): Promise<boolean> {
    const updated = hidden
      ? await tx.query(`UPDATE ideas SET hidden_at = now(), hidden_reason = $2, hidden_by = $3 WHERE id = $1 AND hidden_at IS NULL RETURNING 1`, [ideaId, hidden.reason, hidden.by])
      : await tx.query(`UPDATE ideas SET hidden_at = NULL, hidden_reason = NULL, hidden_by = NULL WHERE id = $1 AND hidden_at IS NOT NULL RETURNING 1`, [ideaId]);
    return affected(updated) > 0;
  }

  // ------------------------------------------------------------ batched reads (the loaders)

  // ------------------------------------------------------------ authoring: edits and withdrawals

  /** The idea's text and state for an author's edit or withdrawal; locks its row to the end of the transaction. */
  async lockForAuthoring(
    tx: Queryable,
    id: string,
  ): Promise<{ title: string; body: string; tags: string[]; status: IdeaStatusValue; withdrawn: boolean } | null> {
    const [row] = await tx.query(
      `SELECT i.title, i.body, i.tags, i.status, EXISTS (SELECT 1 FROM idea_withdrawals w WHERE w.idea_id = i.id) AS withdrawn
         FROM ideas i WHERE i.id = $1 FOR NO KEY UPDATE OF i`,
      [id],
    );
    return row ?? null;
  }

  /**
   * Saves the idea's new text as its next revision and on the idea row (which always holds the latest text, so
   * the search vector follows). At the first edit, the original becomes revision 1. Returns the new number.
   */
  async saveRevision(tx: Queryable, ideaId: string, text: { title: string; body: string; tags: readonly string[] }, editedBy: string): Promise<number> {
    await tx.query(
      `INSERT INTO idea_revisions (idea_id, number, title, body, tags, edited_by, edited_at)
       SELECT id, 1, title, body, tags, posted_by, created_at FROM ideas
        WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM idea_revisions WHERE idea_id = $1)`,
      [ideaId],
    );
    const [row] = await tx.query(
      `WITH revision AS (
         INSERT INTO idea_revisions (idea_id, number, title, body, tags, edited_by)
         SELECT $1, max(number) + 1, $2, $3, $4, $5 FROM idea_revisions WHERE idea_id = $1
         RETURNING number
       ), idea AS (
         UPDATE ideas SET title = $2, body = $3, tags = $4 WHERE id = $1
       )
       SELECT number FROM revision`,
      [ideaId, text.title, text.body, text.tags, editedBy],
    );
    return row.number;
  }

  async insertWithdrawal(tx: Queryable, ideaId: string, reason: string, withdrawnBy: string): Promise<void> {
    await tx.query(`INSERT INTO idea_withdrawals (idea_id, reason, withdrawn_by) VALUES ($1, $2, $3)`, [ideaId, reason, withdrawnBy]);
  }

  async withdrawnAmong(db: Queryable, ids: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await db.query(`SELECT idea_id::text AS id FROM idea_withdrawals WHERE idea_id = ANY($1::bigint[])`, [ids]);
    return new Set(rows.map((r) => r.id));
  }

  /** Stored revisions, oldest first (none for an idea never edited). */
  revisions(ideaIds: readonly string[]): Promise<IdeaRevisionRow[]> {
    return this.db.query(
      `SELECT idea_id::text AS "ideaId", number, title, body, tags, edited_by::text AS "editedBy", edited_at AS "editedAt"
         FROM idea_revisions WHERE idea_id = ANY($1::bigint[]) ORDER BY idea_id, number`,
      [ideaIds],
    );
  }

  withdrawals(ideaIds: readonly string[]): Promise<IdeaWithdrawalRow[]> {
    return this.db.query(
      `SELECT idea_id::text AS "ideaId", reason, withdrawn_by::text AS "withdrawnBy", withdrawn_at AS "withdrawnAt"
         FROM idea_withdrawals WHERE idea_id = ANY($1::bigint[])`,
      [ideaIds],
    );
  }

  async ideas(ids: readonly string[]): Promise<IdeaRow[]> {
    return this.db.query(`SELECT ${IDEA_COLUMNS} FROM ideas i WHERE i.id = ANY($1::bigint[])`, [ids]);
  }

  /**
   * Accepted authors with their person and department (in the shape PeopleLoaders.remember reads), poster
   * first, then co-authors in the order they accepted; after a merge, the authors of the earlier posted idea
   * first (each author row is placed by the idea it came from).
   */
  async authors(ideaIds: readonly string[]): Promise<Array<PersonWithDepartmentRow & { ideaId: string }>> {
    return this.db.query(
      `SELECT a.idea_id::text AS "ideaId", p.id::text AS id, p.name, p.email, p.title, p.department_id::text AS "departmentId",
              p.role, p.active, d.name AS "departmentName"
         FROM idea_authors a JOIN ideas i ON i.id = COALESCE(a.merged_from, a.idea_id)
         JOIN people p ON p.id = a.person_id JOIN departments d ON d.id = p.department_id
        WHERE a.idea_id = ANY($1::bigint[]) AND a.state = 'ACCEPTED'
        ORDER BY a.idea_id, i.created_at, i.id, (a.person_id = i.posted_by) DESC, a.responded_at NULLS FIRST, a.person_id`,
      [ideaIds],
    );
  }

  async invitations(ideaIds: readonly string[]): Promise<CoAuthorInvitation[]> {
    return this.db.query(
      `SELECT idea_id::text AS "ideaLocalId", person_id::text AS "personLocalId", invited_by::text AS "invitedByLocalId", invited_at AS "invitedAt",
              COALESCE(proposed_split, '[]'::jsonb) AS "proposedSplit"
         FROM idea_authors WHERE idea_id = ANY($1::bigint[]) AND state = 'INVITED' ORDER BY invited_at, person_id`,
      [ideaIds],
    );
  }

  /** Each idea's parents or children, with the edge's relation and the child's normalised split. */
  async links(ids: readonly string[], way: 'parents' | 'children'): Promise<Array<IdeaLink & { selfId: string }>> {
    const [self, other] = way === 'parents' ? ['child_id', 'parent_id'] : ['parent_id', 'child_id'];
    const rows: Array<IdeaLink & { selfId: string }> = await this.db.query(
      `SELECT e.${self}::text AS "selfId", e.${other}::text AS "ideaLocalId", e.relation,
              e.weight / sum(e.weight) OVER (PARTITION BY e.child_id) AS split
         FROM idea_edges e
        WHERE e.child_id IN (SELECT child_id FROM idea_edges WHERE ${self} = ANY($1::bigint[]))
        ORDER BY e.${self}, e.created_at, e.${other}`,
      [ids],
    );
    return rows.filter((r) => ids.includes(r.selfId));
  }

  /** Colleagues linked to each person by build-on edges (own idea at `mine`, theirs at `theirs`), most build-ons first. */
  async buildOnTies(personIds: readonly string[], way: 'builtOn' | 'builtOnBy'): Promise<Array<BuildOnTie & { selfId: string }>> {
    const [mine, theirs] = way === 'builtOn' ? ['child_id', 'parent_id'] : ['parent_id', 'child_id'];
    return this.db.query(
      `SELECT me.person_id::text AS "selfId", them.person_id::text AS "personLocalId",
              count(DISTINCT e.child_id)::int AS "buildOns", max(e.created_at) AS "lastBuiltAt"
         FROM idea_authors me
         JOIN idea_edges e ON e.${mine} = me.idea_id
         JOIN idea_authors them ON them.idea_id = e.${theirs} AND them.state = 'ACCEPTED' AND them.person_id <> me.person_id
        WHERE me.person_id = ANY($1::bigint[]) AND me.state = 'ACCEPTED'
        GROUP BY me.person_id, them.person_id
        ORDER BY me.person_id, "buildOns" DESC, "lastBuiltAt" DESC, them.person_id`,
      [personIds],
    );
  }

  // ------------------------------------------------------------ traversals

  /** True when `candidate` is `of` itself or one of its ancestors. */
  async isAncestorOrSelf(db: Queryable, candidate: string, of: string): Promise<boolean> {
    const [row] = await db.query(
      `WITH RECURSIVE up(id) AS (
         SELECT $2::bigint
         UNION
         SELECT e.parent_id FROM idea_edges e JOIN up ON e.child_id = up.id
       )
       SELECT EXISTS (SELECT 1 FROM up WHERE id = $1::bigint) AS found`,
      [candidate, of],
    );
    return row.found;
  }

  /** Ids of the ancestors or descendants of `rootIds` (roots excluded), unbounded depth. */
  async reachableIds(db: Queryable, rootIds: readonly string[], way: 'up' | 'down'): Promise<string[]> {
    const { from, to } = step[way];
    const rows = await db.query(
      `WITH RECURSIVE r(id) AS (
         SELECT e.${to} FROM idea_edges e WHERE e.${from} = ANY($1::bigint[])
         UNION
         SELECT e.${to} FROM idea_edges e JOIN r ON e.${from} = r.id
       )
       SELECT id::text AS id FROM r WHERE id <> ALL($1::bigint[])`,
      [rootIds],
    );
    return rows.map((r: { id: string }) => r.id);
  }

  /** Ids within `maxDepth` steps. UNION over (id, depth) keeps the row count at most nodes × depth. */
  async reachableWithin(db: Queryable, rootIds: readonly string[], way: 'up' | 'down', maxDepth: number): Promise<string[]> {
    const { from, to } = step[way];
    const rows = await db.query(
      `WITH RECURSIVE r(id, depth) AS (
         SELECT e.${to}, 1 FROM idea_edges e WHERE e.${from} = ANY($1::bigint[])
         UNION
         SELECT e.${to}, r.depth + 1 FROM idea_edges e JOIN r ON e.${from} = r.id WHERE r.depth < $2
       )
       SELECT DISTINCT id::text AS id FROM r WHERE id <> ALL($1::bigint[])`,
      [rootIds, maxDepth],
    );
    return rows.map((r: { id: string }) => r.id);
  }

  /** The edges among a set of ideas (both ends inside the set). */
  async edgesAmong(db: Queryable, ids: readonly string[]): Promise<LineageEdgeRow[]> {
    return db.query(
      `SELECT child_id::text AS "childId", parent_id::text AS "parentId", relation, split
         FROM (SELECT child_id, parent_id, relation, weight / sum(weight) OVER (PARTITION BY child_id) AS split
                 FROM idea_edges WHERE child_id = ANY($1::bigint[])) e
        WHERE parent_id = ANY($1::bigint[])
        ORDER BY child_id, parent_id`,
      [ids],
    );
  }

  // ------------------------------------------------------------ co-authorship: the split (a_v) and leaving

  /** The members of a_v with their raw weights: accepted authors and those who left keeping their share, in id order. */
  splitMembers(tx: Queryable, ideaId: string): Promise<Array<SplitMember & { left: boolean }>> {
    return tx.query(
      `SELECT person_id::text AS "personId", weight, state = 'LEFT' AS left FROM idea_authors WHERE idea_id = $1 AND state IN ('ACCEPTED', 'LEFT') ORDER BY person_id`,
      [ideaId],
    );
  }

  /** The split an open invitation proposes (null: none open; an empty list: sent before invitations carried one). */
  async invitationSplit(tx: Queryable, ideaId: string, personId: string): Promise<SplitShare[] | null> {
    const [row] = await tx.query(`SELECT proposed_split AS split FROM idea_authors WHERE idea_id = $1 AND person_id = $2 AND state = 'INVITED'`, [ideaId, personId]);
    return row ? ((row.split as SplitShare[] | null) ?? []) : null;
  }

  /** Stores a_v: each member's raw weight. */
  async setWeights(tx: Queryable, ideaId: string, weights: readonly SplitMember[]): Promise<void> {
    await tx.query(
      `UPDATE idea_authors a SET weight = w.weight FROM unnest($2::bigint[], $3::float8[]) AS w(person_id, weight)
        WHERE a.idea_id = $1 AND a.person_id = w.person_id`,
      [ideaId, weights.map((w) => w.personId), weights.map((w) => w.weight)],
    );
    await this.recordSplit(tx, ideaId);
  }

  /** An accepted author leaves: `LEFT` keeps them in a_v, `LEFT_GAVE_SHARE` takes them out; false when they are no accepted author. */
  async leave(tx: Queryable, ideaId: string, personId: string, state: 'LEFT' | 'LEFT_GAVE_SHARE'): Promise<boolean> {
    const updated = await tx.query(
      `UPDATE idea_authors SET state = $3::authorship_state, left_at = now() WHERE idea_id = $1 AND person_id = $2 AND state = 'ACCEPTED' RETURNING 1`,
      [ideaId, personId, state],
    );
    if (affected(updated) === 0) return false;
    await this.recordSplit(tx, ideaId);
    return true;
  }

  /**
   * Appends a_v as the idea's authorship rows now give it to the split's history (idea_author_weights), dated
   * now: a row for each member whose weight changed or who joined, one without weight for each earlier member who
   * is out of it. Every write of a_v calls it in its transaction, so credit at a past moment uses that moment's split.
   */
  private async recordSplit(tx: Queryable, ideaId: string): Promise<void> {
    await tx.query(
      `WITH members AS (
         SELECT person_id, weight FROM idea_authors WHERE idea_id = $1 AND state IN ('ACCEPTED', 'LEFT')
       ), recorded AS (
         SELECT DISTINCT ON (person_id) person_id, weight FROM idea_author_weights WHERE idea_id = $1 ORDER BY person_id, valid_from DESC, id DESC
       )
       INSERT INTO idea_author_weights (idea_id, person_id, weight)
       SELECT $1, COALESCE(m.person_id, r.person_id), m.weight
         FROM members m FULL JOIN recorded r ON r.person_id = m.person_id
        WHERE m.weight IS DISTINCT FROM r.weight`,
      [ideaId],
    );
  }

  /** The pending proposal to change the split, locked to the end of the transaction. */
  async lockPendingProposal(tx: Queryable, ideaId: string): Promise<SplitProposalRow | null> {
    const [row] = await tx.query(`SELECT ${PROPOSAL_COLUMNS} FROM author_split_proposals p WHERE p.idea_id = $1 AND p.state = 'PENDING' FOR UPDATE`, [ideaId]);
    return row ?? null;
  }

  async insertProposal(tx: Queryable, ideaId: string, proposedBy: string, split: readonly SplitShare[]): Promise<string> {
    const [row] = await tx.query(
      `INSERT INTO author_split_proposals (idea_id, proposed_by, split, consented_by) VALUES ($1, $2, $3::jsonb, ARRAY[$2::bigint]) RETURNING id::text AS id`,
      [ideaId, proposedBy, JSON.stringify(split)],
    );
    return row.id;
  }

  async addConsent(tx: Queryable, proposalId: string, personId: string): Promise<void> {
    await tx.query(`UPDATE author_split_proposals SET consented_by = consented_by || $2::bigint WHERE id = $1`, [proposalId, personId]);
  }

  async closeProposal(tx: Queryable, proposalId: string, state: 'APPLIED' | 'REFUSED' | 'WITHDRAWN' | 'OUTDATED', by: string): Promise<void> {
    await tx.query(`UPDATE author_split_proposals SET state = $2, resolved_at = now(), resolved_by = $3 WHERE id = $1`, [proposalId, state, by]);
  }

  /** Each idea's members of a_v with their weights and whether they left (for `Idea.authorSplit`). */
  splits(ideaIds: readonly string[]): Promise<Array<SplitMember & { ideaId: string; left: boolean }>> {
    return this.db.query(
      `SELECT idea_id::text AS "ideaId", person_id::text AS "personId", weight, state = 'LEFT' AS left
         FROM idea_authors WHERE idea_id = ANY($1::bigint[]) AND state IN ('ACCEPTED', 'LEFT') ORDER BY idea_id, person_id`,
      [ideaIds],
    );
  }

  /** Each idea's pending proposal to change the split. */
  pendingProposals(ideaIds: readonly string[]): Promise<SplitProposalRow[]> {
    return this.db.query(`SELECT ${PROPOSAL_COLUMNS} FROM author_split_proposals p WHERE p.idea_id = ANY($1::bigint[]) AND p.state = 'PENDING'`, [ideaIds]);
  }
}

const PROPOSAL_COLUMNS = `p.id::text AS id, p.idea_id::text AS "ideaId", p.proposed_by::text AS "proposedBy", p.split,
  ARRAY(SELECT c::text FROM unnest(p.consented_by) c) AS "consentedBy", p.created_at AS "createdAt"`;

export interface SplitProposalRow {
  id: string;
  ideaId: string;
  proposedBy: string;
  split: SplitShare[];
  consentedBy: string[];
  createdAt: Date;
}
