import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, Node, toGlobalId } from '@kindling/api/core';
import { IdeaPayload } from '@kindling/api/graph';

@ObjectType()
export class Endorsement {
  personLocalId!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType()
export class EndorsementConnection extends ConnectionType(Endorsement, 'Endorsement') {
  @Field(() => Int) totalCount!: number;
}

/** A comment as the repository reads it (ids as text). */
export interface CommentRow {
  localId: string;
  ideaLocalId: string;
  authorLocalId: string;
  replyToLocalId: string | null;
  body: string;
  createdAt: Date;
  /** Set while a moderator hides it (moderation masks the body by them). */
  hiddenAt: Date | null;
  hiddenReason: string | null;
}

@ObjectType('Comment', { implements: () => [Node] })
export class Comment extends Node {
  readonly __typename = 'Comment';
  localId!: string;
  ideaLocalId!: string;
  authorLocalId!: string;
  replyToLocalId!: string | null;
  hiddenAt!: Date | null;
  hiddenReason!: string | null;
  @Field({ description: 'Markdown; empty while a moderator hides it, for everyone but its author and admins (moderation).' }) body!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  static from(row: CommentRow): Comment {
    return Object.assign(new Comment(), row, { id: toGlobalId('Comment', row.localId) });
  }
}

@ObjectType()
export class EndorsePayload extends IdeaPayload {}

@ObjectType()
export class CommentPayload extends IdeaPayload {
  @Field(() => Comment) comment!: Comment;
}
