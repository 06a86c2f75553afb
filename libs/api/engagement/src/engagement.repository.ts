import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type Queryable, affected } from '@kindling/api/core';
import type { CommentRow } from './models/engagement.model';

const COMMENT_COLUMNS = `id::text AS "localId", idea_id::text AS "ideaLocalId", author_id::text AS "authorLocalId",
  reply_to_id::text AS "replyToLocalId", body, created_at AS "createdAt", moved_from_idea_id::text AS "movedFromLocalId",
  edited_at AS "editedAt", removed_at AS "removedAt", hidden_at AS "hiddenAt", hidden_reason AS "hiddenReason"`;

/** An endorsement with every column (its time as PostgreSQL's text, so it round-trips to the microsecond). */
export interface EndorsementRow {
  ideaId: string;
  personId: string;
  createdAt: string;
}

export type MergedEndorsementFate = 'MOVED' | 'COUNTED_ONCE' | 'BECAME_AUTHOR';

/** All of engagement's SQL: endorsements and comments. */
@Injectable()
export class EngagementRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** False when the person already endorses the idea. */
  async insertEndorsement(tx: Queryable, ideaId: string, personId: string): Promise<boolean> {
    const inserted = await tx.query(`INSERT INTO endorsements (idea_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`, [ideaId, personId]);
    return affected(inserted) > 0;
  }

  /** False when there was none. */
  async deleteEndorsement(tx: Queryable, ideaId: string, personId: string): Promise<boolean> {
    const removed = await tx.query(`DELETE FROM endorsements WHERE idea_id = $1 AND person_id = $2 RETURNING 1`, [ideaId, personId]);
    return affected(removed) > 0;
  }

  /** What an edit, a removal or a reply needs to know of a comment; locks its row to the end of the transaction. */
  async ideasOfComments(db: Queryable, commentIds: readonly string[]): Promise<Array<{ commentId: string; ideaId: string }>> {
    return db.query(`SELECT id::text AS "commentId", idea_id::text AS "ideaId" FROM comments WHERE id = ANY($1::bigint[])`, [commentIds]);
  }

  async lockComment(tx: Queryable, commentId: string): Promise<{ ideaId: string; authorId: string; body: string; removed: boolean } | null> {
    const [row] = await tx.query(
      `SELECT idea_id::text AS "ideaId", author_id::text AS "authorId", body, removed_at IS NOT NULL AS removed FROM comments WHERE id = $1 FOR UPDATE`,
      [commentId],
    );
    return row ?? null;
  }

  async updateCommentBody(tx: Queryable, commentId: string, body: string): Promise<void> {
    await tx.query(`UPDATE comments SET body = $2, edited_at = now() WHERE id = $1`, [commentId, body]);
  }

  /** The body is cleared: a removed comment is only a placeholder that keeps its replies in the thread. */
  async markCommentRemoved(tx: Queryable, commentId: string): Promise<void> {
    await tx.query(`UPDATE comments SET body = '', removed_at = now() WHERE id = $1`, [commentId]);
  }

  async insertComment(tx: Queryable, comment: { ideaId: string; authorId: string; replyToId: string | null; body: string }): Promise<string> {
    const [row] = await tx.query(`INSERT INTO comments (idea_id, author_id, reply_to_id, body) VALUES ($1, $2, $3, $4) RETURNING id::text AS id`, [
      comment.ideaId,
      comment.authorId,
      comment.replyToId,
      comment.body,
    ]);
    return row.id;
  }

  // ------------------------------------------------------------ merges

  endorsementRows(tx: Queryable, ideaIds: readonly string[]): Promise<EndorsementRow[]> {
    return tx.query(
      `SELECT idea_id::text AS "ideaId", person_id::text AS "personId", created_at::text AS "createdAt" FROM endorsements WHERE idea_id = ANY($1::bigint[]) ORDER BY idea_id, person_id`,
      [ideaIds],
    );
  }

  async deleteEndorsements(tx: Queryable, rows: ReadonlyArray<{ ideaId: string; personId: string }>): Promise<void> {
    await tx.query(`DELETE FROM endorsements WHERE (idea_id, person_id) IN (SELECT * FROM unnest($1::bigint[], $2::bigint[]))`, [rows.map((r) => r.ideaId), rows.map((r) => r.personId)]);
  }

  async insertEndorsements(tx: Queryable, rows: readonly EndorsementRow[]): Promise<void> {
    await tx.query(`INSERT INTO endorsements (idea_id, person_id, created_at) SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::timestamptz[])`, [
      rows.map((r) => r.ideaId),
      rows.map((r) => r.personId),
      rows.map((r) => r.createdAt),
    ]);
  }

  /** What a merge did with each endorsement of either idea (the row as it was, on the idea it was on). */
  async recordMergedEndorsements(tx: Queryable, mergeId: string, rows: ReadonlyArray<EndorsementRow & { fate: MergedEndorsementFate }>): Promise<void> {
    await tx.query(
      `INSERT INTO idea_merge_endorsements (merge_id, idea_id, person_id, created_at, fate)
       SELECT $1, * FROM unnest($2::bigint[], $3::bigint[], $4::timestamptz[], $5::merged_endorsement_fate[])`,
      [mergeId, rows.map((r) => r.ideaId), rows.map((r) => r.personId), rows.map((r) => r.createdAt), rows.map((r) => r.fate)],
    );
  }

  mergedEndorsements(tx: Queryable, mergeId: string): Promise<Array<EndorsementRow & { fate: MergedEndorsementFate }>> {
    return tx.query(
      `SELECT idea_id::text AS "ideaId", person_id::text AS "personId", created_at::text AS "createdAt", fate::text AS fate
         FROM idea_merge_endorsements WHERE merge_id = $1 ORDER BY idea_id, person_id`,
      [mergeId],
    );
  }

  /** Moves the duplicate's comments to the kept idea, marked as moved from it (or from where they came before), remembering each. */
  async moveComments(tx: Queryable, mergeId: string, fromId: string, intoId: string): Promise<void> {
    await tx.query(
      `WITH moved AS (
         INSERT INTO idea_merge_comments (merge_id, comment_id, moved_from_before)
         SELECT $1, id, moved_from_idea_id FROM comments WHERE idea_id = $2
         RETURNING comment_id
       )
       UPDATE comments SET idea_id = $3, moved_from_idea_id = COALESCE(moved_from_idea_id, $2) WHERE id IN (SELECT comment_id FROM moved)`,
      [mergeId, fromId, intoId],
    );
  }

  /** Moves back the comments the merge moved, with the replies written to them on the kept idea since (threads stay whole). */
  async moveCommentsBack(tx: Queryable, mergeId: string, fromId: string, intoId: string): Promise<void> {
    await tx.query(
      `WITH RECURSIVE thread(id) AS (
         SELECT comment_id FROM idea_merge_comments WHERE merge_id = $1
         UNION
         SELECT c.id FROM comments c JOIN thread t ON c.reply_to_id = t.id WHERE c.idea_id = $3
       )
       UPDATE comments c SET idea_id = $2,
              moved_from_idea_id = CASE WHEN m.comment_id IS NULL THEN c.moved_from_idea_id ELSE m.moved_from_before END
         FROM thread LEFT JOIN idea_merge_comments m ON m.merge_id = $1 AND m.comment_id = thread.id
        WHERE c.id = thread.id`,
      [mergeId, fromId, intoId],
    );
  }

  /** Hides (a reason and who) or unhides a comment for moderation; false when it was already in that state or does not exist. */
  async setHidden(tx: Queryable, commentId: string, hidden: { reason: string; by: string } | null): Promise<boolean> {
    const updated = hidden
      ? await tx.query(`UPDATE comments SET hidden_at = now(), hidden_reason = $2, hidden_by = $3 WHERE id = $1 AND hidden_at IS NULL RETURNING 1`, [
          commentId,
          hidden.reason,
          hidden.by,
        ])
      : await tx.query(`UPDATE comments SET hidden_at = NULL, hidden_reason = NULL, hidden_by = NULL WHERE id = $1 AND hidden_at IS NOT NULL RETURNING 1`, [commentId]);
    return affected(updated) > 0;
  }

  // ------------------------------------------------------------ batched reads (the loaders)

  endorsements(ideaIds: readonly string[]): Promise<Array<{ ideaId: string; personLocalId: string; createdAt: Date }>> {
    return this.db.query(
      `SELECT idea_id::text AS "ideaId", person_id::text AS "personLocalId", created_at AS "createdAt"
         FROM endorsements WHERE idea_id = ANY($1::bigint[]) ORDER BY idea_id, created_at DESC, person_id`,
      [ideaIds],
    );
  }

  async endorsedBy(personId: string, ideaIds: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await this.db.query(`SELECT idea_id::text AS id FROM endorsements WHERE person_id = $1 AND idea_id = ANY($2::bigint[])`, [
      personId,
      ideaIds,
    ]);
    return new Set(rows.map((r) => r.id));
  }

  commentsOf(ideaIds: readonly string[]): Promise<CommentRow[]> {
    return this.db.query(`SELECT ${COMMENT_COLUMNS} FROM comments WHERE idea_id = ANY($1::bigint[]) ORDER BY idea_id, created_at, id`, [ideaIds]);
  }

  comments(ids: readonly string[]): Promise<CommentRow[]> {
    return this.db.query(`SELECT ${COMMENT_COLUMNS} FROM comments WHERE id = ANY($1::bigint[])`, [ids]);
  }
}
