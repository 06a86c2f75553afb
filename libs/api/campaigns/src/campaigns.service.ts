import { Injectable } from '@nestjs/common';
import { compareIds, toPartsPerMillion } from '@kindling/credit';
import { CURSOR_KEYS, type Connection, type PageInfo, RequestErrors, type Transaction, type Viewer, Writes, holdsRole, isKeysetCursor, pageRequest, toConnection } from '@kindling/api/core';
import { CreditService } from '@kindling/api/credit';
import { Idea, IdeaStatus } from '@kindling/api/graph';
import { campaignDraftViolations, normaliseText, normaliseTitle } from '@kindling/shared/rules';
import type { CampaignIdeasQuery, CampaignListQuery, OpenCampaignCommand } from './campaigns.commands';
import { CampaignErrors } from './campaigns.errors';
import { CampaignClosed, CampaignOpened } from './campaigns.events';
import { CampaignsRepository, IDEA_ORDER_KEYS } from './campaigns.repository';
import { Campaign, CampaignCreditHolder, type CampaignIdeaEdge, type CampaignOutcome } from './models/campaign.model';

export const MAX_CAMPAIGN_DEPARTMENTS = 100;
const STATUS_ORDER = Object.values(IdeaStatus);

/**
 * Campaigns: reviewers open them and close them early; ideas answer them until they end (recorded by
 * CampaignAnswerHandler inside the posting's transaction); a closed campaign's outcome sums its ideas' credit.
 */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly writes: Writes,
    private readonly repository: CampaignsRepository,
    private readonly credit: CreditService,
  ) {}

  async open(viewer: Viewer, command: OpenCampaignCommand): Promise<string> {
    const draft = { question: normaliseTitle(command.question), description: normaliseText(command.description), deadline: command.deadline };
    const [first] = campaignDraftViolations(draft, new Date());
    if (first) throw CampaignErrors.rule(first);
    if (command.departmentIds.length > MAX_CAMPAIGN_DEPARTMENTS) throw RequestErrors.tooManyIds('departmentIds', MAX_CAMPAIGN_DEPARTMENTS);
    const departmentIds = [...new Set(command.departmentIds)];
    return this.writes.run({}, async (tx) => {
      const found = await this.repository.existingDepartmentIds(tx, departmentIds);
      const missing = command.departmentIds.findIndex((id) => !found.has(id));
      if (missing >= 0) throw CampaignErrors.departmentNotFound(command.departmentIds[missing], `departmentIds[${missing}]`);
      const campaignId = await this.repository.insertCampaign(tx, { ...draft, openedBy: viewer.id });
      await this.repository.insertDepartments(tx, campaignId, departmentIds);
      tx.publish(new CampaignOpened(viewer.id, { campaignId, deadline: draft.deadline.toISOString(), departmentIds }));
      return campaignId;
    });
  }

  /** Closes an open campaign before its deadline: by the reviewer who opened it, or an admin. */
  async close(viewer: Viewer, campaignId: string): Promise<void> {
    await this.writes.run({}, async (tx) => {
      const campaign = await this.repository.lockCampaign(tx, campaignId, 'UPDATE');
      if (!campaign) throw CampaignErrors.notFound(campaignId);
      if (campaign.openedBy !== viewer.id && !holdsRole(viewer.role, 'ADMIN')) throw CampaignErrors.notOpener();
      if (!campaign.open) throw CampaignErrors.closed();
      await this.repository.close(tx, campaignId, viewer.id);
      tx.publish(new CampaignClosed(viewer.id, { campaignId }));
    });
  }

  /** Records that a new idea answers a campaign, inside the posting's transaction; refuses (so nothing is written) once it has ended. */
  async recordAnswer(tx: Transaction, campaignId: string, ideaId: string): Promise<void> {
    const campaign = await this.repository.lockCampaign(tx, campaignId, 'SHARE');
    if (!campaign) throw CampaignErrors.notFound(campaignId);
    if (!campaign.open) throw CampaignErrors.closed();
    await this.repository.insertAnswer(tx, campaignId, ideaId);
  }

  async list(query: CampaignListQuery): Promise<Connection<Campaign>> {
    const page = pageRequest(query.page);
    if (page.cursor && !isKeysetCursor(page.cursor, CURSOR_KEYS.timestamp)) throw invalidCursor(query.page);
    const rows = await this.repository.page(query.state, page);
    return toConnection(rows, page, (r) => [r.keyText, r.id], Campaign.from);
  }

  async ideas(query: CampaignIdeasQuery): Promise<{ edges: CampaignIdeaEdge[]; pageInfo: PageInfo }> {
    const page = pageRequest(query.page);
    const { isKey } = IDEA_ORDER_KEYS[query.order];
    if (page.cursor && !isKeysetCursor(page.cursor, isKey)) throw invalidCursor(query.page);
    const rows = await this.repository.ideasPage(query.campaignId, query.order, page);
    const { edges, pageInfo } = toConnection(rows, page, (r) => [r.key, r.id], (r) => r);
    return { edges: edges.map((e) => ({ cursor: e.cursor, node: Idea.from(e.node), rank: e.node.rank })), pageInfo };
  }

  /**
   * The outcomes of ended campaigns, with one read of their ideas and one of those ideas' credit: the ideas by
   * status, and each person's share of the ideas' credit S_Y summed and divided by the number of ideas, in
   * exact ppm that add up to 1,000,000.
   */
  async outcomes(campaignIds: readonly string[]): Promise<CampaignOutcome[]> {
    const answers = await this.repository.answers(campaignIds);
    const credits = new Map((await this.credit.ideaCredits([...new Set(answers.map((a) => a.ideaId))])).map((c) => [c.ideaLocalId, c]));
    return campaignIds.map((campaignId) => {
      const mine = answers.filter((a) => a.campaignId === campaignId);
      const byStatus = new Map<string, number>();
      const shares = new Map<string, number>();
      for (const answer of mine) {
        byStatus.set(answer.status, (byStatus.get(answer.status) ?? 0) + 1);
        for (const s of credits.get(answer.ideaId)?.shares ?? []) shares.set(s.personLocalId, (shares.get(s.personLocalId) ?? 0) + s.share / mine.length);
      }
      const ppm = shares.size > 0 ? toPartsPerMillion(shares) : new Map<string, number>();
      return {
        ideaCount: mine.length,
        ideasByStatus: STATUS_ORDER.filter((s) => byStatus.has(s)).map((status) => ({ status, count: byStatus.get(status)! })),
        creditHolders: [...shares.entries()]
          .sort(([a, x], [b, y]) => y - x || compareIds(a, b))
          .map(([personLocalId, share]) => Object.assign(new CampaignCreditHolder(), { personLocalId, share, ppm: ppm.get(personLocalId)!, percent: ppm.get(personLocalId)! / 10_000 })),
      };
    });
  }
}

function invalidCursor(page: { after?: string | null; before?: string | null }) {
  return RequestErrors.invalidCursor('cursor', String(page.after ?? page.before));
}
