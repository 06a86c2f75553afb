import { ArgsType, Field, GraphQLISODateTime, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { ConnectionArgs } from '@kindling/api/core';
import { IdeaStatus } from '@kindling/api/graph';

export enum IdeaOrder {
  NEWEST = 'NEWEST',
  MOST_ENDORSED = 'MOST_ENDORSED',
  MOST_BUILT_ON = 'MOST_BUILT_ON',
}
registerEnumType(IdeaOrder, { name: 'IdeaOrder' });

@InputType()
export class IdeaFilter {
  @Field({ nullable: true }) tag?: string;
  @Field(() => ID, { nullable: true, description: 'Ideas with an author in this department.' }) departmentId?: string;
  @Field(() => ID, { nullable: true, description: 'Ideas this person (co-)authored.' }) authorId?: string;
  @Field(() => IdeaStatus, { nullable: true }) status?: IdeaStatus;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Ideas posted at or after this time (e.g. the board’s period).' })
  postedAfter?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Ideas that changed (`updatedAt`) after this time: what an integrator syncs since its last run.' })
  updatedAfter?: Date;
  @Field({ nullable: true, description: 'Full-text search in titles and bodies (web-search syntax: "quoted phrases", -exclusions, or).' })
  text?: string;
}

@ArgsType()
export class IdeasArgs extends ConnectionArgs {
  @Field(() => IdeaFilter, { nullable: true }) filter?: IdeaFilter;
  @Field(() => IdeaOrder, { nullable: true, defaultValue: IdeaOrder.NEWEST }) orderBy?: IdeaOrder;
}
