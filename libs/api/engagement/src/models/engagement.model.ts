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
  /** The idea it was written on, when a merge moved it here. */
  movedFromLocalId: string | null;
  editedAt: Date | null;
  removedAt: Date | null;
}

@ObjectType('Comment', { implements: () => [Node] })
export class Comment extends Node {
  readonly __typename = 'Comment';
  localId!: string;
  ideaLocalId!: string;
  authorLocalId!: string;
  replyToLocalId!: string | null;
  movedFromLocalId!: string | null;
  hiddenAt!: Date | null;
  hiddenReason!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Markdown; null once its author removed it; empty while a moderator hides it, for everyone but its author and admins (moderation).',
  })
  body!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its author last edited it; null if never.' }) editedAt!: Date | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When its author removed it: it stays in the thread as a placeholder (no body) so its replies keep their place.',
  })
  removedAt!: Date | null;

  static from(row: CommentRow): Comment {
    return Object.assign(new Comment(), row, { id: toGlobalId('Comment', row.localId), body: row.removedAt ? null : row.body });
  }
}

@ObjectType()
export class EndorsePayload extends IdeaPayload {}

@ObjectType()
export class CommentPayload extends IdeaPayload {
  @Field(() => Comment) comment!: Comment;
}

@ObjectType()
export class EditCommentPayload extends CommentPayload {}

@ObjectType()
export class RemoveCommentPayload extends CommentPayload {}
