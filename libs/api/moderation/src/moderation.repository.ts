import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type PageRequest, type Queryable, affected } from '@kindling/api/core';
import type { FlagReasonValue } from '@kindling/shared/rules';
import type {
  ContentRef,
  FlagResolutionValue,
  FlagRow,
  ModerationActionRow,
  ModerationActionValue,
  ModerationItemRow,
  ModerationQueueStateValue,
} from './models/moderation.model';

const FLAG_COLUMNS = `idea_id::text AS "ideaLocalId", comment_id::text AS "commentLocalId", flagged_by::text AS "flaggedByLocalId",
  reason, note, created_at AS "createdAt", resolved_at AS "resolvedAt", resolved_by::text AS "resolvedByLocalId", resolution`;

/**
 * All of moderation's SQL: flags and moderation actions, its own tables. The hidden state lives on `ideas` and
 * `comments`: graph and engagement read it with every idea and comment, and write it for moderation
 * (GraphService.setHidden / EngagementService.setHidden).
 */
@Injectable()
export class ModerationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A comment's idea and author, or null. */
  async comment(tx: Queryable, commentId: string): Promise<{ ideaId: string; authorId: string } | null> {
    const [row] = await tx.query(`SELECT idea_id::text AS "ideaId", author_id::text AS "authorId" FROM comments WHERE id = $1`, [commentId]);
    return row ?? null;
  }

  /** A new open flag; null when the person already has an open flag on it. */
  async insertFlag(tx: Queryable, target: ContentRef, flaggedBy: string, reason: FlagReasonValue, note: string): Promise<string | null> {
    const [row] = await tx.query(
      `INSERT INTO flags (idea_id, comment_id, flagged_by, reason, note) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id::text AS id`,
      [target.ideaId, target.commentId, flaggedBy, reason, note],
    );
    return row?.id ?? null;
  }

  /** Resolves the open flags of an item; how many it resolved. */
  async resolveFlags(tx: Queryable, target: ContentRef, resolvedBy: string, resolution: FlagResolutionValue): Promise<number> {
    const updated = await tx.query(
      `UPDATE flags SET resolved_at = now(), resolved_by = $3, resolution = $4
        WHERE resolved_at IS NULL AND (idea_id = $1 OR comment_id = $2) RETURNING 1`,
      [target.ideaId, target.commentId, resolvedBy, resolution],
    );
    return affected(updated);
  }

  async insertAction(tx: Queryable, target: ContentRef, action: ModerationActionValue, reason: string, actedBy: string): Promise<void> {
    await tx.query(`INSERT INTO moderation_actions (idea_id, comment_id, action, reason, acted_by) VALUES ($1, $2, $3, $4, $5)`, [
      target.ideaId,
      target.commentId,
      action,
      reason,
      actedBy,
    ]);
  }

  // ------------------------------------------------------------ the queue

  /**
   * One page of flagged items: OPEN groups the open flags per item, the longest waiting first; RESOLVED the
   * items whose flags are all resolved, the most recently resolved first. Keyset on the item's sort time and
   * its first (OPEN) or last (RESOLVED) flag id, which no other item shares.
   */
  queue(state: ModerationQueueStateValue, page: PageRequest): Promise<ModerationItemRow[]> {
    const open = state === 'OPEN';
    const params: unknown[] = [];
    let having = '';
    if (page.cursor) {
      params.push(page.cursor[0], page.cursor[1]);
      const after = open !== page.backward ? '>' : '<';
      having = `HAVING (${open ? 'min(f.created_at), min(f.id)' : 'max(f.resolved_at), max(f.id)'}) ${after} ($1::timestamptz, $2::bigint)`;
    }
    const dir = open !== page.backward ? 'ASC' : 'DESC';
    return this.db.query(
      `SELECT COALESCE(f.idea_id, c.idea_id)::text AS "ideaLocalId", f.comment_id::text AS "commentLocalId",
              ${open ? 'min(f.created_at)' : 'max(f.resolved_at)'}::text AS "keyAt", ${open ? 'min(f.id)' : 'max(f.id)'}::text AS "keyId",
              count(*)::int AS "flagCount", min(f.created_at) AS "firstFlaggedAt", max(f.resolved_at) AS "lastResolvedAt"
         FROM flags f LEFT JOIN comments c ON c.id = f.comment_id
        WHERE ${queueWhere(open)}
        GROUP BY f.idea_id, f.comment_id, c.idea_id
        ${having}
        ORDER BY 3 ${dir}, 4 ${dir}
        LIMIT ${page.limit + 1}`,
      params,
    );
  }

  async queueCount(state: ModerationQueueStateValue): Promise<number> {
    const [{ count }] = await this.db.query(
      `SELECT count(*)::int AS count FROM (SELECT 1 FROM flags f WHERE ${queueWhere(state === 'OPEN')} GROUP BY f.idea_id, f.comment_id) items`,
    );
    return count;
  }

  // ------------------------------------------------------------ batched reads (the loaders)

  /** The moderation actions on these ideas and comments, oldest first. */
  actions(ideaIds: readonly string[], commentIds: readonly string[]): Promise<ModerationActionRow[]> {
    return this.db.query(
      `SELECT idea_id::text AS "ideaLocalId", comment_id::text AS "commentLocalId", action, reason, acted_by::text AS "actedByLocalId", acted_at AS at
         FROM moderation_actions WHERE idea_id = ANY($1::bigint[]) OR comment_id = ANY($2::bigint[]) ORDER BY acted_at, id`,
      [ideaIds, commentIds],
    );
  }

  /** Every flag on these ideas and comments (a comment's flags are its own, not its idea's), oldest first. */
  flags(ideaIds: readonly string[], commentIds: readonly string[]): Promise<FlagRow[]> {
    return this.db.query(`SELECT ${FLAG_COLUMNS} FROM flags WHERE idea_id = ANY($1::bigint[]) OR comment_id = ANY($2::bigint[]) ORDER BY created_at, id`, [
      ideaIds,
      commentIds,
    ]);
  }
}

/** Open items have an open flag; resolved items have flags, none of them open. */
function queueWhere(open: boolean): string {
  return open
    ? 'f.resolved_at IS NULL'
    : `f.resolved_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM flags o WHERE o.resolved_at IS NULL AND (o.idea_id = f.idea_id OR o.comment_id = f.comment_id))`;
}
