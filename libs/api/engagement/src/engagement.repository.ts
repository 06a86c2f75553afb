import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type Queryable, affected } from '@kindling/api/core';
import type { CommentRow } from './models/engagement.model';

const COMMENT_COLUMNS = `id::text AS "localId", idea_id::text AS "ideaLocalId", author_id::text AS "authorLocalId",
  reply_to_id::text AS "replyToLocalId", body, created_at AS "createdAt", hidden_at AS "hiddenAt", hidden_reason AS "hiddenReason"`;

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

  async commentIdea(tx: Queryable, commentId: string): Promise<string | null> {
    const [row] = await tx.query(`SELECT idea_id::text AS "ideaId" FROM comments WHERE id = $1`, [commentId]);
    return row?.ideaId ?? null;
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
