import { Field, ObjectType } from '@nestjs/graphql';
import { Idea } from './idea.model';

@ObjectType()
export class IdeaPayload {
  @Field(() => Idea, { description: 'The idea as it is after the change.' }) idea!: Idea;
}

@ObjectType()
export class PostIdeaPayload extends IdeaPayload {}
@ObjectType()
export class BuildOnPayload extends IdeaPayload {}
@ObjectType()
export class LinkParentPayload extends IdeaPayload {}
@ObjectType()
export class InviteCoAuthorPayload extends IdeaPayload {}
@ObjectType()
export class CoAuthorshipPayload extends IdeaPayload {}
@ObjectType()
export class SetRetentionPayload extends IdeaPayload {}
@ObjectType()
export class MergeIdeasPayload {
  @Field(() => Idea, { description: 'The duplicate, now merged.' }) duplicate!: Idea;
  @Field(() => Idea, { description: 'The idea kept, with the union of both ideas’ authors.' }) into!: Idea;
}
@ObjectType()
export class UnmergeIdeaPayload {
  @Field(() => Idea, { description: 'The former duplicate, restored.' }) idea!: Idea;
  @Field(() => Idea, { description: 'The idea it had been merged into, as before the merge.' }) into!: Idea;
}
