import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type PageRequest, type Queryable, affected } from '@kindling/api/core';
import type { IdeaStatusValue } from '@kindling/api/graph';
import type { ClaimRow, QueueRow, StatusChangeRow } from './models/review.model';

const CHANGE_COLUMNS = `id::text AS "localId", idea_id::text AS "ideaLocalId", from_status AS "fromStatus", to_status AS "toStatus",
  response, changed_by::text AS "changedByLocalId", changed_at AS "changedAt"`;

/**
 * Awaiting a first response: still NEW and never moved (ideas_awaiting_review_idx, then idea_status_changes' idea
 * index), and neither withdrawn by its authors nor hidden by a moderator: nobody waits for an answer to those.
 */
const AWAITING = `i.status = 'NEW' AND i.hidden_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM idea_status_changes s WHERE s.idea_id = i.id)
  AND NOT EXISTS (SELECT 1 FROM idea_withdrawals w WHERE w.idea_id = i.id)`;

export interface QueueFilter {
  responseDays: number;
  departmentId: string | null;
  campaignId: string | null;
  overdueOnly: boolean;
}

/** All of review's SQL: status moves (idea_status_changes), claims (review_claims) and the queue. */
@Injectable()
export class ReviewRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  // ------------------------------------------------------------ writes

  async insertChange(tx: Queryable, change: { ideaId: string; from: IdeaStatusValue; to: IdeaStatusValue; response: string; by: string }): Promise<string> {
    const [row] = await tx.query(
      `INSERT INTO idea_status_changes (idea_id, from_status, to_status, response, changed_by) VALUES ($1, $2, $3, $4, $5) RETURNING id::text AS id`,
      [change.ideaId, change.from, change.to, change.response, change.by],
    );
    return row.id;
  }

  async deleteClaim(tx: Queryable, ideaId: string): Promise<void> {
    await tx.query(`DELETE FROM review_claims WHERE idea_id = $1`, [ideaId]);
  }

  /** The unexpired claim on an idea, with its holder's name (for the refusal's message). */
  async currentClaim(tx: Queryable, ideaId: string): Promise<(ClaimRow & { personName: string }) | null> {
    const [row] = await tx.query(
      `SELECT c.idea_id::text AS "ideaLocalId", c.claimed_by::text AS "personLocalId", p.name AS "personName", c.claimed_at AS "claimedAt", c.expires_at AS "expiresAt"
         FROM review_claims c JOIN people p ON p.id = c.claimed_by
        WHERE c.idea_id = $1 AND c.expires_at > now()`,
      [ideaId],
    );
    return row ?? null;
  }

  /** Claims (or renews, or takes over an expired claim on) the idea for `hours` from now. */
  async upsertClaim(tx: Queryable, ideaId: string, personId: string, hours: number): Promise<ClaimRow> {
    const [row] = await tx.query(
      `INSERT INTO review_claims (idea_id, claimed_by, claimed_at, expires_at) VALUES ($1, $2, now(), now() + make_interval(hours => $3))
       ON CONFLICT (idea_id) DO UPDATE SET claimed_by = EXCLUDED.claimed_by, claimed_at = EXCLUDED.claimed_at, expires_at = EXCLUDED.expires_at
       RETURNING idea_id::text AS "ideaLocalId", claimed_by::text AS "personLocalId", claimed_at AS "claimedAt", expires_at AS "expiresAt"`,
      [ideaId, personId, hours],
    );
    return row;
  }

  /** False when the person holds no unexpired claim on the idea. */
  async deleteOwnClaim(tx: Queryable, ideaId: string, personId: string): Promise<boolean> {
    const removed = await tx.query(`DELETE FROM review_claims WHERE idea_id = $1 AND claimed_by = $2 AND expires_at > now() RETURNING 1`, [ideaId, personId]);
    return affected(removed) > 0;
  }

  // ------------------------------------------------------------ the queue

  /** One page of the queue, oldest first; keyset pagination on (posted, id). */
  queuePage(filter: QueueFilter, page: PageRequest): Promise<QueueRow[]> {
    const params: unknown[] = [filter.responseDays];
    const where = queueWhere(filter, params);
    if (page.cursor) {
      const [postedAt, id] = page.cursor;
      params.push(postedAt, id);
      where.push(`(i.created_at, i.id) ${page.backward ? '<' : '>'} ($${params.length - 1}::timestamptz, $${params.length}::bigint)`);
    }
    const dir = page.backward ? 'DESC' : 'ASC';
    return this.db.query(
      `SELECT i.id::text AS "ideaLocalId", i.created_at AS "postedAt", i.created_at::text AS "postedAtText",
              i.created_at + make_interval(days => $1) AS "dueAt", i.created_at + make_interval(days => $1) < now() AS overdue,
              c.claimed_by::text AS "claimedBy", c.claimed_at AS "claimedAt", c.expires_at AS "expiresAt"
         FROM ideas i
         LEFT JOIN review_claims c ON c.idea_id = i.id AND c.expires_at > now()
        WHERE ${where.join(' AND ')}
        ORDER BY i.created_at ${dir}, i.id ${dir} LIMIT ${page.limit + 1}`,
      params,
    );
  }

  /** How many match the filters, and how many of those matching the department are overdue. */
  async queueCounts(filter: QueueFilter): Promise<{ total: number; overdue: number }> {
    const params: unknown[] = [filter.responseDays];
    const where = queueWhere({ ...filter, overdueOnly: false }, params);
    params.push(filter.overdueOnly);
    const [row] = await this.db.query(
      `SELECT count(*) FILTER (WHERE NOT $${params.length}::boolean OR ${OVERDUE})::int AS total, count(*) FILTER (WHERE ${OVERDUE})::int AS overdue
         FROM ideas i WHERE ${where.join(' AND ')}`,
      params,
    );
    return row;
  }

  // ------------------------------------------------------------ batched reads (the loaders)

  /** Every move of the ideas, oldest first. */
  changesOf(ideaIds: readonly string[]): Promise<StatusChangeRow[]> {
    return this.db.query(`SELECT ${CHANGE_COLUMNS} FROM idea_status_changes WHERE idea_id = ANY($1::bigint[]) ORDER BY idea_id, changed_at, id`, [ideaIds]);
  }

  claimsOf(ideaIds: readonly string[]): Promise<ClaimRow[]> {
    return this.db.query(
      `SELECT idea_id::text AS "ideaLocalId", claimed_by::text AS "personLocalId", claimed_at AS "claimedAt", expires_at AS "expiresAt"
         FROM review_claims WHERE idea_id = ANY($1::bigint[]) AND expires_at > now()`,
      [ideaIds],
    );
  }
}

const OVERDUE = `i.created_at + make_interval(days => $1) < now()`;

/** The queue's conditions; `$1` is the response promise in days. */
function queueWhere(filter: QueueFilter, params: unknown[]): string[] {
  const where = [AWAITING];
  if (filter.departmentId) {
    params.push(filter.departmentId);
    where.push(`EXISTS (SELECT 1 FROM people p WHERE p.id = i.posted_by AND p.department_id = $${params.length}::bigint)`);
  }
  if (filter.campaignId) {
    params.push(filter.campaignId);
    where.push(`EXISTS (SELECT 1 FROM campaign_ideas ci WHERE ci.idea_id = i.id AND ci.campaign_id = $${params.length}::bigint)`);
  }
  // written as a range on created_at, so the index bounds the scan
  if (filter.overdueOnly) where.push(`i.created_at < now() - make_interval(days => $1)`);
  return where;
}
