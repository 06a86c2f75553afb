import { DomainEvent } from '@kindling/api/core';

/** The events campaigns publish. None is credit-affecting: which campaign an idea answers changes nobody's credit. */

export class CampaignOpened extends DomainEvent<{ campaignId: string; deadline: string; departmentIds: string[] }> {
  readonly type = 'CAMPAIGN_OPENED';
}

export class CampaignClosed extends DomainEvent<{ campaignId: string }> {
  readonly type = 'CAMPAIGN_CLOSED';
}
