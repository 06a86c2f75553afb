import { CampaignReason, PeopleReason } from '@kindling/shared/errors';
import type { CampaignViolation } from '@kindling/shared/rules';
import { KindlingError } from '@kindling/api/core';

const RULE_MESSAGES: Partial<Record<CampaignReason, string>> = {
  [CampaignReason.QUESTION_LENGTH]: 'A question is 5–200 characters.',
  [CampaignReason.DESCRIPTION_TOO_LONG]: 'A description is at most 20,000 characters.',
  [CampaignReason.DEADLINE_OUT_OF_RANGE]: 'The deadline must be in the future and at most a year away.',
};

export const CampaignErrors = {
  rule: (v: CampaignViolation) => new KindlingError(v.reason, `${v.field}: ${RULE_MESSAGES[v.reason]}`, v.field),
  notFound: (id: string, field = 'campaignId') => new KindlingError(CampaignReason.CAMPAIGN_NOT_FOUND, `Campaign ${id} does not exist.`, field),
  closed: (field = 'campaignId') => new KindlingError(CampaignReason.CAMPAIGN_CLOSED, 'This campaign is closed: it takes no new ideas.', field),
  notOpener: () => new KindlingError(CampaignReason.NOT_CAMPAIGN_OPENER, 'Only the reviewer who opened this campaign, or an admin, can close it.', 'campaignId'),
  departmentNotFound: (id: string, field: string) => new KindlingError(PeopleReason.DEPARTMENT_NOT_FOUND, `Department ${id} does not exist.`, field),
};
