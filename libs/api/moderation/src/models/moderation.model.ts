import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@kindling/api/core';
import { Comment } from '@kindling/api/engagement';
import { Idea } from '@kindling/api/graph';
import type { FlagReasonValue } from '@kindling/shared/rules';

export enum FlagReason {
  SPAM = 'SPAM',
  OFFENSIVE = 'OFFENSIVE',
  PERSONAL_DATA = 'PERSONAL_DATA',
  OFF_TOPIC = 'OFF_TOPIC',
  OTHER = 'OTHER',
}
registerEnumType(FlagReason, {
  name: 'FlagReason',
  description: 'Why someone flagged an idea or a comment.',
  valuesMap: {
    PERSONAL_DATA: { description: 'It shows personal data of someone (a name with a health issue, a phone number …).' },
    OTHER: { description: 'Something else; the flag’s note says what.' },
  },
});

export enum FlagResolution {
  HIDDEN = 'HIDDEN',
  DISMISSED = 'DISMISSED',
}
registerEnumType(FlagResolution, { name: 'FlagResolution', description: 'How an admin resolved a flag: by hiding the content, or by dismissing the flag (also when unhiding).' });

export enum ModerationQueueState {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}
registerEnumType(ModerationQueueState, {
  name: 'ModerationQueueState',
  valuesMap: {
    OPEN: { description: 'Items with open flags, the longest waiting first.' },
    RESOLVED: { description: 'Items whose flags are all resolved, the most recently resolved first.' },
  },
});

export enum ModerationActionKind {
  HIDE = 'HIDE',
  UNHIDE = 'UNHIDE',
  DISMISS = 'DISMISS',
}
registerEnumType(ModerationActionKind, { name: 'ModerationActionKind', valuesMap: { DISMISS: { description: 'The open flags were dismissed without hiding.' } } });

export type ModerationActionValue = `${ModerationActionKind}`;
export type FlagResolutionValue = `${FlagResolution}`;
export type ModerationQueueStateValue = `${ModerationQueueState}`;

/** The flagged idea or comment (exactly one id is set). */
export interface ContentRef {
  ideaId: string | null;
  commentId: string | null;
}

@ObjectType({ description: 'One person’s flag on an idea or a comment.' })
export class Flag {
  flaggedByLocalId!: string;
  resolvedByLocalId!: string | null;
  @Field(() => FlagReason) reason!: FlagReasonValue;
  @Field({ description: 'What the person added (required for OTHER); may be empty.' }) note!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => FlagResolution, { nullable: true }) resolution!: FlagResolutionValue | null;
}

export interface FlagRow extends Omit<Flag, 'reason'> {
  ideaLocalId: string | null;
  commentLocalId: string | null;
  reason: FlagReasonValue;
}

@ObjectType({ description: 'A moderator’s decision on an idea or a comment, with its written reason.' })
export class ModerationAction {
  actedByLocalId!: string;
  @Field(() => ModerationActionKind) action!: ModerationActionValue;
  @Field() reason!: string;
  @Field(() => GraphQLISODateTime) at!: Date;
}

export interface ModerationActionRow extends ModerationAction {
  ideaLocalId: string | null;
  commentLocalId: string | null;
}

@ObjectType({ description: 'Why an idea or a comment is hidden, and its moderation history: for its authors and admins only.' })
export class ModerationNote {
  @Field() hidden!: boolean;
  @Field(() => String, { nullable: true, description: 'The moderator’s reason, while hidden.' }) reason!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was hidden, while hidden.' }) at!: Date | null;
  @Field(() => [ModerationAction], { description: 'Every hide, unhide and dismissal, oldest first.' }) history!: ModerationAction[];
}

@ObjectType({ description: 'A flagged idea or comment in the moderation queue, with its flags.' })
export class ModerationItem {
  ideaLocalId!: string;
  commentLocalId!: string | null;
  state!: ModerationQueueStateValue;
  @Field(() => Int, { description: 'How many flags the list shows: the open ones (OPEN) or the resolved ones (RESOLVED).' }) flagCount!: number;
  @Field(() => GraphQLISODateTime, { description: 'When the first of those flags was raised.' }) firstFlaggedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the last of them was resolved (RESOLVED).' }) lastResolvedAt!: Date | null;
}

export interface ModerationItemRow {
  ideaLocalId: string;
  commentLocalId: string | null;
  keyAt: string;
  keyId: string;
  flagCount: number;
  firstFlaggedAt: Date;
  lastResolvedAt: Date | null;
}

@ObjectType()
export class ModerationItemConnection extends ConnectionType(ModerationItem, 'ModerationItem') {
  @Field(() => Int) totalCount!: number;
}

@ObjectType()
export class ModerationPayload {
  @Field(() => Idea, { description: 'The idea flagged or moderated, or the one the comment is on, as it is after the change.' }) idea!: Idea;
  @Field(() => Comment, { nullable: true, description: 'The comment, when the input named one.' }) comment!: Comment | null;
}
