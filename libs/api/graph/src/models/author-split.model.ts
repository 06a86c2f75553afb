import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { IdeaPayload } from './payloads.model';

@ObjectType({ description: 'One person’s part of the split between an idea’s authors (a_v in CREDIT.md), in parts per million.' })
export class AuthorShare {
  personLocalId!: string;
  @Field(() => Int, { description: 'Their part of the authors’ share, 0–1,000,000 ppm; an idea’s shares add up to exactly 1,000,000.' }) ppm!: number;
  @Field({ description: 'They left the idea and kept their share (they are no longer an author).' }) left!: boolean;
}

@ObjectType({ description: 'A proposed change of the split between an idea’s authors: applied once every author consented.' })
export class AuthorSplitProposal {
  ideaLocalId!: string;
  proposedByLocalId!: string;
  consentedLocalIds!: string[];
  waitingLocalIds!: string[];
  @Field(() => ID) id!: string;
  @Field(() => [AuthorShare], { description: 'The split it would apply, in the order of the people’s ids.' }) split!: AuthorShare[];
  @Field(() => GraphQLISODateTime) proposedAt!: Date;
}

@ObjectType()
export class AuthorSplitPayload extends IdeaPayload {}

@ObjectType()
export class LeaveIdeaPayload extends IdeaPayload {}
