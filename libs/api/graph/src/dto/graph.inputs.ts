import { Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
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

@InputType({ description: 'One person’s part of a split between an idea’s authors.' })
export class AuthorShareInput {
  @Field(() => ID) personId!: string;
  @Field(() => Int, { description: 'Parts per million, above 0; a split’s shares add up to exactly 1,000,000.' }) ppm!: number;
}

@InputType()
export class InviteCoAuthorInput {
  @Field(() => ID) ideaId!: string;
  @Field(() => ID) personId!: string;
  @Field(() => [AuthorShareInput], {
    nullable: true,
    description:
      'The split between the authors once the invitee accepts: every author of the idea and the invitee, once each. Omitted: the invitee gets an equal share (1/n) and the others keep their proportions. Another author may be lowered only as far as making room for the invitee does (SPLIT_LOWERS_OTHER_AUTHOR).',
  })
  split?: AuthorShareInput[];
}

@InputType()
export class ProposeAuthorSplitInput {
  @Field(() => ID, { description: 'An idea you author, with at least one other author.' }) ideaId!: string;
  @Field(() => [AuthorShareInput], { description: 'The new split: every author of the idea (and anyone who left keeping a share), once each.' })
  split!: AuthorShareInput[];
}

@InputType()
export class RespondToAuthorSplitInput {
  @Field(() => ID, { description: 'The idea whose pending split proposal you answer.' }) ideaId!: string;
  @Field({ description: 'true consents; false refuses it (or, from its proposer, withdraws it): the split stays as it is.' }) accept!: boolean;
}

export enum ShareRecipient {
  REMAINING_AUTHORS = 'REMAINING_AUTHORS',
}
registerEnumType(ShareRecipient, {
  name: 'ShareRecipient',
  description: 'Who gets the share of an author who leaves.',
  valuesMap: { REMAINING_AUTHORS: { description: 'The authors who stay, in proportion to their shares.' } },
});

@InputType()
export class LeaveIdeaInput {
  @Field(() => ID, { description: 'An idea you co-author (not as its only author).' }) ideaId!: string;
  @Field(() => ShareRecipient, {
    nullable: true,
    description: 'Omitted: your share of the idea stays yours (you are no longer an author). REMAINING_AUTHORS: you give it to the authors who stay.',
  })
  giveShareTo?: ShareRecipient;
}

@InputType()
export class IdeaRefInput {
  @Field(() => ID) ideaId!: string;
}

@InputType()
export class SetRetentionInput {
  @Field(() => ID, { description: 'A build-on.' }) ideaId!: string;
  @Field(() => Float, { description: 'Its retention ρ, within the credit model’s bounds (creditModel: minRetention … maxRetention).' }) retention!: number;
  @Field({ description: 'Why (required, at most 2,000 characters); shown on the idea page.' }) reason!: string;
}

@InputType()
export class MergeIdeasInput {
  @Field(() => ID, { description: 'The duplicate, which stays readable as merged.' }) duplicateId!: string;
  @Field(() => ID, { description: 'The idea kept.' }) intoId!: string;
  @Field({ description: 'Why (required, at most 2,000 characters); shown on both ideas.' }) reason!: string;
}

@InputType()
export class UnmergeIdeaInput {
  @Field(() => ID, { description: 'The merged duplicate.' }) ideaId!: string;
}

@InputType()
export class EditIdeaInput {
  @Field(() => ID, { description: 'An idea you author.' }) ideaId!: string;
  @Field({ nullable: true, description: 'Unchanged when omitted.' }) title?: string;
  @Field({ nullable: true, description: 'Markdown; unchanged when omitted.' }) body?: string;
  @Field(() => [String], { nullable: true, description: 'The full new list of tags; unchanged when omitted.' }) tags?: string[];
}

@InputType()
export class WithdrawIdeaInput {
  @Field(() => ID, { description: 'An idea you author.' }) ideaId!: string;
  @Field({ description: 'Why, in plain text (1–2,000 characters); shown on the idea.' }) reason!: string;
}
