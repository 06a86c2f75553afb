import type { PageArgs } from '@kindling/api/core';
import type { IdeaStatusValue } from '@kindling/api/graph';

/** What the read side's queries take: plain values with database ids (resolvers decode global ids). */

export type IdeaOrderKey = 'NEWEST' | 'MOST_ENDORSED' | 'MOST_BUILT_ON';

export interface IdeaListFilter {
  tag?: string | null;
  status?: IdeaStatusValue | null;
  authorId?: string | null;
  departmentId?: string | null;
  postedAfter?: Date | null;
  updatedAfter?: Date | null;
  text?: string | null;
  /** Only ideas that build on something. */
  buildOnsOnly?: boolean;
  /** Withdrawn ideas are left out of the feed and the board; a person's own list keeps them. */
  withWithdrawn?: boolean;
}

export interface IdeaListQuery {
  filter: IdeaListFilter;
  order: IdeaOrderKey;
  page: PageArgs;
  /** Count every match too (a second statement): only when the client asked for totalCount. */
  withTotal: boolean;
}

export type BoardRankingKey = 'ENDORSEMENTS' | 'BUILD_ONS' | 'MOMENTUM' | 'SCORE';

export interface BoardQuery {
  rankBy: BoardRankingKey;
  /** Ideas posted within this many days; null for all time. */
  periodDays: number | null;
  departmentId: string | null;
  status: IdeaStatusValue | null;
  limit: number;
}
