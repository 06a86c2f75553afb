import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Idea, IdeaStatus } from '@kindling/api/graph';

export enum BoardRanking {
  ENDORSEMENTS = 'ENDORSEMENTS',
  BUILD_ONS = 'BUILD_ONS',
  MOMENTUM = 'MOMENTUM',
  SCORE = 'SCORE',
}
registerEnumType(BoardRanking, {
  name: 'BoardRanking',
  valuesMap: {
    ENDORSEMENTS: { description: 'Most endorsed.' },
    BUILD_ONS: { description: 'Most built on (direct build-ons).' },
    MOMENTUM: { description: 'Recent activity: endorsements and build-ons of the last 30 days, each weighing less as it ages (half-life 7 days; a build-on counts double).' },
    SCORE: { description: 'Highest weighted reviewer score first (see IdeaScore.weighted); unscored ideas last; ties go to the newer idea.' },
  },
});

export enum BoardPeriod {
  LAST_7_DAYS = 'LAST_7_DAYS',
  LAST_30_DAYS = 'LAST_30_DAYS',
  LAST_90_DAYS = 'LAST_90_DAYS',
  LAST_365_DAYS = 'LAST_365_DAYS',
  ALL_TIME = 'ALL_TIME',
}
registerEnumType(BoardPeriod, { name: 'BoardPeriod', description: 'Which ideas compete: those posted within the period.' });

export const PERIOD_DAYS: Record<BoardPeriod, number | null> = {
  LAST_7_DAYS: 7,
  LAST_30_DAYS: 30,
  LAST_90_DAYS: 90,
  LAST_365_DAYS: 365,
  ALL_TIME: null,
};

@ArgsType()
export class LeaderboardArgs {
  @Field(() => BoardRanking, { defaultValue: BoardRanking.ENDORSEMENTS }) rankBy!: BoardRanking;
  @Field(() => BoardPeriod, { defaultValue: BoardPeriod.ALL_TIME }) period!: BoardPeriod;
  @Field(() => ID, { nullable: true, description: 'Ideas with an author in this department.' }) departmentId?: string;
  @Field(() => IdeaStatus, { nullable: true }) status?: IdeaStatus;
  @Field(() => Int, { defaultValue: 50, description: 'How many places (1–100).' }) first!: number;
}

@ObjectType({ description: 'A place on the leadership board.' })
export class LeaderboardEntry {
  @Field(() => Int) rank!: number;
  @Field(() => Idea) idea!: Idea;
  @Field(() => Float, { description: 'Recent-activity score (see BoardRanking.MOMENTUM).' }) momentum!: number;
}
