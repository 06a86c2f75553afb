import { Field, Float, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, Node, toGlobalId } from '@kindling/api/core';

export enum IdeaStatus {
  NEW = 'NEW',
  UNDER_REVIEW = 'UNDER_REVIEW',
  ACCEPTED = 'ACCEPTED',
  IN_PROGRESS = 'IN_PROGRESS',
  IMPLEMENTED = 'IMPLEMENTED',
  DECLINED = 'DECLINED',
  MERGED = 'MERGED',
}
registerEnumType(IdeaStatus, { name: 'IdeaStatus' });

export enum Relation {
  EXTENDS = 'EXTENDS',
  COMBINES = 'COMBINES',
  REFINES = 'REFINES',
}
registerEnumType(Relation, {
  name: 'Relation',
  description: 'How a build-on relates to what it builds on.',
  valuesMap: {
    EXTENDS: { description: 'Takes the idea further.' },
    COMBINES: { description: 'Joins two or more ideas into one.' },
    REFINES: { description: 'Sharpens or corrects the idea.' },
  },
});

export type IdeaStatusValue = `${IdeaStatus}`;
export type RelationValue = `${Relation}`;

/** An idea as its repositories read it (ids as text). */
export interface IdeaRow {
  id: string;
  title: string;
  body: string;
  tags: string[];
  status: IdeaStatusValue;
  retention: number;
  postedBy: string;
  createdAt: Date;
  endorsementCount: number;
  buildOnCount: number;
  /** Set while a moderator hides it (moderation masks the content by them). */
  hiddenAt: Date | null;
  hiddenReason: string | null;
  /** The last time anything visible about it changed (kept by the live domain's in-transaction handler). */
  updatedAt: Date;
}

@ObjectType('Idea', { implements: () => [Node] })
export class Idea extends Node {
  readonly __typename = 'Idea';
  localId!: string;
  postedById!: string;
  hiddenAt!: Date | null;
  hiddenReason!: string | null;
  @Field({ description: '"Hidden by a moderator" while a moderator hides it, for everyone but its authors and admins (moderation).' }) title!: string;
  @Field({ description: 'Markdown; empty while a moderator hides it, for everyone but its authors and admins.' }) body!: string;
  @Field(() => [String], { description: 'None while a moderator hides it, for everyone but its authors and admins.' }) tags!: string[];
  @Field(() => IdeaStatus) status!: IdeaStatusValue;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, {
    description: 'The last time anything visible about it changed: its text, status, comments, endorsements, build-ons, a merge or moderation.',
  })
  updatedAt!: Date;
  @Field(() => Float, { description: 'Retention ρ: the part of this idea that is its own (1 for an idea that builds on nothing).' })
  retention!: number;
  @Field(() => Int) endorsementCount!: number;
  @Field(() => Int, { description: 'How many ideas build directly on this one.' }) buildOnCount!: number;

  static from(row: IdeaRow): Idea {
    return Object.assign(new Idea(), {
      id: toGlobalId('Idea', row.id),
      localId: row.id,
      postedById: row.postedBy,
      title: row.title,
      body: row.body,
      tags: row.tags,
      status: row.status,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      retention: row.retention,
      endorsementCount: row.endorsementCount,
      buildOnCount: row.buildOnCount,
      hiddenAt: row.hiddenAt,
      hiddenReason: row.hiddenReason,
    });
  }
}

@ObjectType()
export class IdeaConnection extends ConnectionType(Idea, 'Idea') {
  @Field(() => Int, { nullable: true, description: 'How many ideas match, when asked for.' }) totalCount?: number;
}

@ObjectType({ description: 'One edge of the lineage seen from an idea: the idea at the other end, how they relate and the split.' })
export class IdeaLink {
  ideaLocalId!: string;
  @Field(() => Relation) relation!: RelationValue;
  @Field(() => Float, { description: 'The share of the build-on that goes to this parent (the author’s split, normalised to sum 1).' })
  split!: number;
}

@ObjectType()
export class IdeaLinkConnection extends ConnectionType(IdeaLink, 'IdeaLink') {
  @Field(() => Int) totalCount!: number;
}

@ObjectType({ description: 'A pending invitation to co-author an idea.' })
export class CoAuthorInvitation {
  ideaLocalId!: string;
  personLocalId!: string;
  invitedByLocalId!: string | null;
  /** The split acceptance applies (empty for invitations sent before they carried one). */
  proposedSplit!: Array<{ personId: string; ppm: number }>;
  @Field(() => GraphQLISODateTime) invitedAt!: Date;
}
