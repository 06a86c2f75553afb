import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CURSOR_KEYS, type PageRequest, type Queryable, affected } from '@kindling/api/core';
import type { IdeaRow, IdeaStatusValue } from '@kindling/api/graph';
import type { CampaignRow } from './models/campaign.model';

/** A campaign has ended when it was closed, or when its deadline passed (then it ended at the deadline). */
const ENDED_AT = `CASE WHEN c.closed_at IS NOT NULL THEN c.closed_at WHEN c.deadline <= now() THEN c.deadline END`;

const CAMPAIGN_COLUMNS = `c.id::text AS id, c.question, c.description, c.deadline, c.opened_by::text AS "openedBy",
  c.opened_at AS "openedAt", ${ENDED_AT} AS "closedAt",
  ARRAY(SELECT d.department_id::text FROM campaign_departments d WHERE d.campaign_id = c.id ORDER BY d.department_id) AS "departmentIds"`;

const IDEA_COLUMNS = `i.id::text AS id, i.title, i.body, i.tags, i.status, i.retention, i.posted_by::text AS "postedBy",
  i.created_at AS "createdAt", i.endorsement_count AS "endorsementCount", i.build_on_count AS "buildOnCount",
  i.hidden_at AS "hiddenAt", i.hidden_reason AS "hiddenReason", i.updated_at AS "updatedAt"`;

export type ListedCampaignRow = CampaignRow & { keyText: string };
export type CampaignIdeaRow = IdeaRow & { key: string | number; rank: number };

/** The sort keys of the two lists: open ones by deadline, soonest first; closed ones by when they ended, latest first. */
export const STATE_KEYS = {
  OPEN: { where: `c.closed_at IS NULL AND c.deadline > now()`, key: `c.deadline`, forward: 'ASC' },
  CLOSED: { where: `(c.closed_at IS NOT NULL OR c.deadline <= now())`, key: `COALESCE(c.closed_at, c.deadline)`, forward: 'DESC' },
} as const;

/** The sort keys of a campaign's ideas (all descending, ties to the newer idea), and what a cursor's key must be. */
export const IDEA_ORDER_KEYS = {
  CREDIT: { key: `(SELECT count(*)::int FROM idea_upstream_credit u WHERE u.idea_id = i.id)`, cast: 'integer', isKey: CURSOR_KEYS.integer },
  ENDORSEMENTS: { key: `i.endorsement_count`, cast: 'integer', isKey: CURSOR_KEYS.integer },
  BUILD_ONS: { key: `i.build_on_count`, cast: 'integer', isKey: CURSOR_KEYS.integer },
  NEWEST: { key: `i.created_at::text`, cast: 'timestamptz', isKey: CURSOR_KEYS.timestamp },
  // the weighted score in thousandths (an integer key); unscored ideas count 0, so they come last
  SCORE: { key: `COALESCE((SELECT round(s.weighted * 1000)::int FROM idea_scores s WHERE s.idea_id = i.id), 0)`, cast: 'integer', isKey: CURSOR_KEYS.integer },
} as const;

/** All of the campaigns domain's SQL: campaigns, the departments they ask and the ideas answering them. */
@Injectable()
export class CampaignsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insertCampaign(tx: Queryable, campaign: { question: string; description: string; deadline: Date; openedBy: string }): Promise<string> {
    const [row] = await tx.query(`INSERT INTO campaigns (question, description, deadline, opened_by) VALUES ($1, $2, $3, $4) RETURNING id::text AS id`, [
      campaign.question,
      campaign.description,
      campaign.deadline,
      campaign.openedBy,
    ]);
    return row.id;
  }

  async insertDepartments(tx: Queryable, campaignId: string, departmentIds: readonly string[]): Promise<void> {
    if (departmentIds.length === 0) return;
    await tx.query(`INSERT INTO campaign_departments (campaign_id, department_id) SELECT $1, unnest($2::bigint[])`, [campaignId, departmentIds]);
  }

  async existingDepartmentIds(tx: Queryable, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: Array<{ id: string }> = await tx.query(`SELECT id::text AS id FROM departments WHERE id = ANY($1::bigint[])`, [ids]);
    return new Set(rows.map((r) => r.id));
  }

  /**
   * The campaign's row, locked until the transaction ends: answers take it shared (they may run together),
   * closing takes it exclusively, so no answer lands after a close it raced.
   */
  async lockCampaign(tx: Queryable, id: string, mode: 'SHARE' | 'UPDATE'): Promise<{ openedBy: string; open: boolean } | null> {
    const [row] = await tx.query(
      `SELECT opened_by::text AS "openedBy", (closed_at IS NULL AND deadline > now()) AS open FROM campaigns WHERE id = $1 FOR ${mode === 'SHARE' ? 'SHARE' : 'UPDATE'}`,
      [id],
    );
    return row ?? null;
  }

  async close(tx: Queryable, id: string, closedBy: string): Promise<void> {
    await tx.query(`UPDATE campaigns SET closed_at = now(), closed_by = $2 WHERE id = $1`, [id, closedBy]);
  }

  /** False when the idea already answers a campaign. */
  async insertAnswer(tx: Queryable, campaignId: string, ideaId: string): Promise<boolean> {
    const inserted = await tx.query(`INSERT INTO campaign_ideas (campaign_id, idea_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`, [campaignId, ideaId]);
    return affected(inserted) > 0;
  }

  campaigns(ids: readonly string[]): Promise<CampaignRow[]> {
    return this.db.query(`SELECT ${CAMPAIGN_COLUMNS} FROM campaigns c WHERE c.id = ANY($1::bigint[])`, [ids]);
  }

  /** One page of open or closed campaigns; keyset pagination on the state's key and the id. */
  page(state: keyof typeof STATE_KEYS, page: PageRequest): Promise<ListedCampaignRow[]> {
    const { where, key, forward } = STATE_KEYS[state];
    const ascending = (forward === 'ASC') !== page.backward;
    const params: unknown[] = [];
    const conditions: string[] = [where];
    if (page.cursor) {
      params.push(page.cursor[0], page.cursor[1]);
      conditions.push(`(${key}, c.id) ${ascending ? '>' : '<'} ($1::timestamptz, $2::bigint)`);
    }
    const dir = ascending ? 'ASC' : 'DESC';
    return this.db.query(
      `SELECT ${CAMPAIGN_COLUMNS}, ${key}::text AS "keyText" FROM campaigns c WHERE ${conditions.join(' AND ')}
        ORDER BY ${key} ${dir}, c.id ${dir} LIMIT ${page.limit + 1}`,
      params,
    );
  }

  ideaCounts(campaignIds: readonly string[]): Promise<Array<{ campaignId: string; count: number }>> {
    return this.db.query(
      `SELECT campaign_id::text AS "campaignId", count(*)::int AS count FROM campaign_ideas WHERE campaign_id = ANY($1::bigint[]) GROUP BY campaign_id`,
      [campaignIds],
    );
  }

  /** The campaign each idea answers, with the idea's id. */
  campaignsOfIdeas(ideaIds: readonly string[]): Promise<Array<CampaignRow & { ideaId: string }>> {
    return this.db.query(
      `SELECT ${CAMPAIGN_COLUMNS}, ci.idea_id::text AS "ideaId" FROM campaign_ideas ci JOIN campaigns c ON c.id = ci.campaign_id
        WHERE ci.idea_id = ANY($1::bigint[])`,
      [ideaIds],
    );
  }

  /** One page of a campaign's ideas in the order, descending, ties to the newer idea, each with its place in the whole order. */
  ideasPage(campaignId: string, order: keyof typeof IDEA_ORDER_KEYS, page: PageRequest): Promise<CampaignIdeaRow[]> {
    const { key, cast } = IDEA_ORDER_KEYS[order];
    const params: unknown[] = [campaignId];
    let after = '';
    if (page.cursor) {
      params.push(page.cursor[0], page.cursor[1]);
      after = `WHERE (x.key::${cast}, x.id::bigint) ${page.backward ? '>' : '<'} ($2::${cast}, $3::bigint)`;
    }
    const dir = page.backward ? 'ASC' : 'DESC';
    return this.db.query(
      `SELECT * FROM (
         SELECT ${IDEA_COLUMNS}, ${key} AS key, row_number() OVER (ORDER BY ${key}::${cast} DESC, i.id DESC)::int AS rank
           FROM campaign_ideas ci JOIN ideas i ON i.id = ci.idea_id WHERE ci.campaign_id = $1
       ) x ${after}
       ORDER BY x.key::${cast} ${dir}, x.id::bigint ${dir} LIMIT ${page.limit + 1}`,
      params,
    );
  }

  /** Every idea of the campaigns with its status: what their outcomes are made of. */
  answers(campaignIds: readonly string[]): Promise<Array<{ campaignId: string; ideaId: string; status: IdeaStatusValue }>> {
    return this.db.query(
      `SELECT ci.campaign_id::text AS "campaignId", i.id::text AS "ideaId", i.status FROM campaign_ideas ci JOIN ideas i ON i.id = ci.idea_id
        WHERE ci.campaign_id = ANY($1::bigint[]) ORDER BY i.id`,
      [campaignIds],
    );
  }
}
