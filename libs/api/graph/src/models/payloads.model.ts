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
