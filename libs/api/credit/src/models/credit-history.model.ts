import { Field, Float, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CreditHistoryInterval {
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
}
registerEnumType(CreditHistoryInterval, {
  name: 'CreditHistoryInterval',
  description: 'Calendar periods in UTC; weeks start on Monday.',
});

@ObjectType({
  description:
    'The credit a person held at the end of one period: every idea’s credit recomputed from the record as it stood then ' +
    '(ideas, build-on links, accepted co-authorships and endorsements made by that moment). Shares are fractions of an idea, ' +
    'so `total` reads as “ideas’ worth of credit”.',
})
export class CreditHistoryPoint {
  @Field(() => GraphQLISODateTime, { description: 'The first moment of the period.' }) start!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When it was evaluated: the end of the period, or now for the current one.' }) end!: Date;
  @Field(() => Float, { description: 'Σ over ideas of this person’s share: authored + inherited + pool.' }) total!: number;
  @Field(() => Float, { description: 'Trail terms of kind AUTHOR: their own ideas.' }) authored!: number;
  @Field(() => Float, { description: 'Trail terms of kind INHERITED: ideas that built on theirs.' }) inherited!: number;
  @Field(() => Float, { description: 'Trail terms of kind POOL: ideas they built on.' }) pool!: number;
  @Field(() => Int, { description: 'In how many ideas they held a share.' }) ideas!: number;
}
