import type { PageArgs } from '@kindling/api/core';
import type { CampaignIdeaOrder, CampaignState } from './models/campaign.model';

/** What the campaigns service takes: plain values with database ids (resolvers decode global ids). */

export interface OpenCampaignCommand {
  question: string;
  description: string;
  deadline: Date;
  /** The departments it asks; empty: everyone. */
  departmentIds: readonly string[];
}

export interface CampaignListQuery {
  state: `${CampaignState}`;
  page: PageArgs;
}

export interface CampaignIdeasQuery {
  campaignId: string;
  order: `${CampaignIdeaOrder}`;
  page: PageArgs;
}
