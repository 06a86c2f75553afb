import { ArgsType, Field, Float, GraphQLISODateTime, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { ConnectionArgs } from '@kindling/api/core';
import { IdeaStatus, Relation } from '../models/idea.model';

@InputType()
export class PostIdeaInput {
  @Field() title!: string;
  @Field({ description: 'Markdown.' }) body!: string;
  @Field(() => [String], { nullable: true, description: 'Lowercase words or-dashed-phrases; at most 10.' }) tags?: string[];
}

@InputType()
export class BuildOnInput extends PostIdeaInput {
  @Field(() => [ID], { description: 'The ideas this one builds on (1–10).' }) parentIds!: string[];
  @Field(() => Relation, { nullable: true, description: 'Defaults to EXTENDS for one parent and COMBINES for several.' })
  relation?: Relation;
  @Field(() => [Float], {
    nullable: true,
    description: 'How much this builds on each parent, in the order of parentIds (any positive numbers, e.g. [70, 30]); equal when omitted.',
  })
  split?: number[];
}

@InputType()
export class LinkParentInput {
  @Field(() => ID, { description: 'An idea you author.' }) ideaId!: string;
  @Field(() => ID, { description: 'The existing idea it (also) builds on.' }) parentId!: string;
  @Field(() => Relation, { nullable: true }) relation?: Relation;
}

@InputType()
export class InviteCoAuthorInput {
  @Field(() => ID) ideaId!: string;
  @Field(() => ID) personId!: string;
}

@InputType()
export class IdeaRefInput {
  @Field(() => ID) ideaId!: string;
}

@InputType()
export class CommentInput {
  @Field(() => ID) ideaId!: string;
  @Field() body!: string;
  @Field(() => ID, { nullable: true, description: 'The comment this one replies to.' }) replyToId?: string;
}

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
  @Field({ nullable: true, description: 'Full-text search in titles and bodies (web-search syntax: "quoted phrases", -exclusions, or).' })
  text?: string;
}

@ArgsType()
export class IdeasArgs extends ConnectionArgs {
  @Field(() => IdeaFilter, { nullable: true }) filter?: IdeaFilter;
  @Field(() => IdeaOrder, { nullable: true, defaultValue: IdeaOrder.NEWEST }) orderBy?: IdeaOrder;
}
