import type { IdeaStatusValue } from '@kindling/api/graph';

export interface ChangeStatusCommand {
  ideaId: string;
  status: IdeaStatusValue;
  response: string;
}

export interface ReviewQueueQuery {
  page: { first?: number | null; after?: string | null; last?: number | null; before?: string | null };
  departmentId: string | null;
  campaignId: string | null;
  overdueOnly: boolean;
}
