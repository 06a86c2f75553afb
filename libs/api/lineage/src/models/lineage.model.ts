import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Idea, Relation } from '@kindling/api/graph';
import type { RelationValue } from '@kindling/api/graph';

export enum LineageDirection {
  ANCESTORS = 'ANCESTORS',
  DESCENDANTS = 'DESCENDANTS',
  BOTH = 'BOTH',
}
registerEnumType(LineageDirection, { name: 'LineageDirection' });

@ObjectType({ description: 'A build-on edge: `childId` builds on `parentId`. Ids are the nodes’ global ids.' })
export class LineageEdge {
  @Field(() => ID) parentId!: string;
  @Field(() => ID) childId!: string;
  @Field(() => Relation) relation!: RelationValue;
  @Field(() => Float, { description: 'The child’s split for this parent (normalised over all its parents).' }) split!: number;
}

@ObjectType({ description: 'An idea’s family as a flat graph: every idea once, and the edges among them.' })
export class Lineage {
  @Field(() => [Idea], { description: 'The idea itself first, then its ancestors and/or descendants.' }) nodes!: Idea[];
  @Field(() => [LineageEdge]) edges!: LineageEdge[];
  @Field(() => Int) ancestorCount!: number;
  @Field(() => Int) descendantCount!: number;
}
