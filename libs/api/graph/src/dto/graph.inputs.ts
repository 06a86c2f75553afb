import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Relation } from '../models/idea.model';

@InputType()
export class PostIdeaInput {
  @Field() title!: string;
  @Field({ description: 'Markdown.' }) body!: string;
  @Field(() => [String], { nullable: true, description: 'Lowercase words or-dashed-phrases; at most 10.' }) tags?: string[];
  @Field(() => ID, { nullable: true, description: 'The open campaign this idea answers (CONFLICT, CAMPAIGN_CLOSED once it is closed or past its deadline).' })
  campaignId?: string;
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
