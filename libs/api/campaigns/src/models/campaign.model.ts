import { Field, Float, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, Node, PageInfo, toGlobalId } from '@kindling/api/core';
import { Idea, IdeaStatus, type IdeaStatusValue } from '@kindling/api/graph';

/** A campaign as the repository reads it (ids as text); `closedAt` is when it stopped taking ideas, if it has. */
export interface CampaignRow {
  id: string;
  question: string;
  description: string;
  deadline: Date;
  openedBy: string;
  openedAt: Date;
  closedAt: Date | null;
  departmentIds: string[];
}

export enum CampaignState {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(CampaignState, {
  name: 'CampaignState',
  valuesMap: {
    OPEN: { description: 'Taking ideas: not closed and before its deadline. Soonest deadline first.' },
    CLOSED: { description: 'Closed early or past its deadline. Most recently ended first.' },
  },
});

export enum CampaignIdeaOrder {
  CREDIT = 'CREDIT',
  ENDORSEMENTS = 'ENDORSEMENTS',
  BUILD_ONS = 'BUILD_ONS',
  NEWEST = 'NEWEST',
  SCORE = 'SCORE',
}
registerEnumType(CampaignIdeaOrder, {
  name: 'CampaignIdeaOrder',
  valuesMap: {
    CREDIT: { description: 'Most people holding a share of its credit (its authors and the authors of what it builds on).' },
    ENDORSEMENTS: { description: 'Most endorsed.' },
    BUILD_ONS: { description: 'Most built on (direct build-ons).' },
    NEWEST: { description: 'Most recently posted.' },
    SCORE: { description: 'Highest reviewer score first (unscored ideas last).' },
  },
});

@ObjectType('Campaign', { implements: () => [Node], description: 'A question reviewers ask with a deadline; ideas answer it.' })
export class Campaign extends Node {
  readonly __typename = 'Campaign';
  localId!: string;
  openedById!: string;
  departmentIds!: string[];
  @Field() question!: string;
  @Field({ description: 'Markdown.' }) description!: string;
  @Field(() => GraphQLISODateTime) deadline!: Date;
  @Field(() => GraphQLISODateTime) openedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it stopped taking ideas: closed early, or its deadline; null while open.' })
  closedAt!: Date | null;
  @Field({ description: 'Whether it takes ideas now.' }) isOpen!: boolean;

  static from(row: CampaignRow): Campaign {
    return Object.assign(new Campaign(), {
      id: toGlobalId('Campaign', row.id),
      localId: row.id,
      openedById: row.openedBy,
      departmentIds: row.departmentIds,
      question: row.question,
      description: row.description,
      deadline: row.deadline,
      openedAt: row.openedAt,
      closedAt: row.closedAt,
      isOpen: row.closedAt === null,
    });
  }
}

@ObjectType()
export class CampaignConnection extends ConnectionType(Campaign, 'Campaign') {}

@ObjectType('CampaignIdeaEdge')
export class CampaignIdeaEdge {
  @Field() cursor!: string;
  @Field(() => Idea) node!: Idea;
  @Field(() => Int, { description: 'Its place in the chosen order, from 1.' }) rank!: number;
}

@ObjectType('CampaignIdeaConnection')
export class CampaignIdeaConnection {
  @Field(() => [CampaignIdeaEdge]) edges!: CampaignIdeaEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType({ description: 'How many of a closed campaign’s ideas have a status.' })
export class CampaignStatusCount {
  @Field(() => IdeaStatus) status!: IdeaStatusValue;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'A person’s part of the credit of a campaign’s ideas together.' })
export class CampaignCreditHolder {
  personLocalId!: string;
  @Field(() => Int, { description: 'Parts per million; a campaign’s holders add up to exactly 1,000,000.' }) ppm!: number;
  @Field(() => Float, { description: 'ppm / 10,000.' }) percent!: number;
  @Field(() => Float, { description: 'The exact share, 0–1: their share of each idea’s credit, summed, divided by the number of ideas.' })
  share!: number;
}

@ObjectType({ description: 'What a closed campaign brought: its ideas by status and the people holding credit in them.' })
export class CampaignOutcome {
  @Field(() => Int) ideaCount!: number;
  @Field(() => [CampaignStatusCount], { description: 'Statuses its ideas have, in workflow order; only those with ideas.' })
  ideasByStatus!: CampaignStatusCount[];
  @Field(() => [CampaignCreditHolder], { description: 'Everyone holding a share of its ideas’ credit, largest first.' })
  creditHolders!: CampaignCreditHolder[];
}
