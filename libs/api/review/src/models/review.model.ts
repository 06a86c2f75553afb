import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, toGlobalId } from '@kindling/api/core';
import { IdeaPayload, IdeaStatus, type IdeaStatusValue } from '@kindling/api/graph';

/** A status move as the repository reads it (ids as text). */
export interface StatusChangeRow {
  localId: string;
  ideaLocalId: string;
  fromStatus: IdeaStatusValue;
  toStatus: IdeaStatusValue;
  response: string;
  changedByLocalId: string;
  changedAt: Date;
}

/** An unexpired claim as the repository reads it. */
export interface ClaimRow {
  ideaLocalId: string;
  personLocalId: string;
  claimedAt: Date;
  expiresAt: Date;
}

/** One idea of the review queue; the claim columns are null when nobody holds it. */
export interface QueueRow {
  ideaLocalId: string;
  postedAt: Date;
  /** PostgreSQL's text of the posting time, microseconds kept: the cursor's key. */
  postedAtText: string;
  dueAt: Date;
  overdue: boolean;
  claimedBy: string | null;
  claimedAt: Date | null;
  expiresAt: Date | null;
}

@ObjectType({ description: 'One move of an idea through the review workflow, with the written response: the official answer at that moment.' })
export class StatusChange {
  localId!: string;
  changedByLocalId!: string;
  @Field(() => ID) id!: string;
  @Field(() => IdeaStatus, { description: 'The status before the move.' }) fromStatus!: IdeaStatusValue;
  @Field(() => IdeaStatus, { description: 'The status the move set.' }) status!: IdeaStatusValue;
  @Field({ description: 'Markdown: why, and what happens next.' }) response!: string;
  @Field(() => GraphQLISODateTime) at!: Date;

  static from(row: StatusChangeRow): StatusChange {
    return Object.assign(new StatusChange(), {
      id: toGlobalId('StatusChange', row.localId),
      localId: row.localId,
      changedByLocalId: row.changedByLocalId,
      fromStatus: row.fromStatus,
      status: row.toStatus,
      response: row.response,
      at: row.changedAt,
    });
  }
}

@ObjectType({ description: 'A reviewer has taken an idea for a while, so others pick another; it expires by itself.' })
export class ReviewClaim {
  personLocalId!: string;
  @Field(() => GraphQLISODateTime) claimedAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'After this, anyone may claim it.' }) expiresAt!: Date;

  static from(row: Omit<ClaimRow, 'ideaLocalId'>): ReviewClaim {
    return Object.assign(new ReviewClaim(), { personLocalId: row.personLocalId, claimedAt: row.claimedAt, expiresAt: row.expiresAt });
  }
}

@ObjectType({ description: 'An idea awaiting its first response, with the response promise.' })
export class ReviewQueueItem {
  ideaLocalId!: string;
  @Field(() => GraphQLISODateTime) postedAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When the first response is due: posted + KINDLING_RESPONSE_DAYS.' }) dueAt!: Date;
  @Field({ description: 'Whether the due date has passed.' }) overdue!: boolean;
  @Field(() => ReviewClaim, { nullable: true, description: 'Who has taken it, unless nobody (or the claim expired).' }) claim!: ReviewClaim | null;

  static from(row: QueueRow): ReviewQueueItem {
    return Object.assign(new ReviewQueueItem(), {
      ideaLocalId: row.ideaLocalId,
      postedAt: row.postedAt,
      dueAt: row.dueAt,
      overdue: row.overdue,
      claim: row.claimedBy ? ReviewClaim.from({ personLocalId: row.claimedBy, claimedAt: row.claimedAt!, expiresAt: row.expiresAt! }) : null,
    });
  }
}

@ObjectType()
export class ReviewQueueConnection extends ConnectionType(ReviewQueueItem, 'ReviewQueue') {
  @Field(() => Int, { description: 'How many ideas match the filters.' }) totalCount!: number;
  @Field(() => Int, { description: 'How many of the ideas matching the department filter are overdue (whatever overdueOnly says).' }) overdueCount!: number;
}

@ObjectType()
export class ChangeIdeaStatusPayload extends IdeaPayload {
  @Field(() => StatusChange) change!: StatusChange;
}

@ObjectType()
export class ClaimIdeaPayload extends IdeaPayload {
  @Field(() => ReviewClaim) claim!: ReviewClaim;
}

@ObjectType()
export class ReleaseClaimPayload extends IdeaPayload {}
