import { Field, Float, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import type { RetentionLabel } from '@kindling/shared/rules';
import { registerEnumType } from '@nestjs/graphql';

export enum Originality {
  SMALL_REFINEMENT = 'SMALL_REFINEMENT',
  PARTLY_NEW = 'PARTLY_NEW',
  MOSTLY_NEW = 'MOSTLY_NEW',
}
registerEnumType(Originality, {
  name: 'Originality',
  description: 'How original a build-on is, by its retention ρ: below 0.4 a small refinement, below 0.7 partly new, from 0.7 mostly new.',
});

/** A merge in force as the repository reads it. */
export interface MergeNoteRow {
  duplicateLocalId: string;
  intoLocalId: string;
  reason: string;
  byLocalId: string;
  at: Date;
}

@ObjectType({ description: 'A duplicate merged into the idea kept: who merged it, when and why.' })
export class IdeaMerge {
  duplicateLocalId!: string;
  intoLocalId!: string;
  byLocalId!: string;
  @Field({ description: 'Why the reviewer merged them.' }) reason!: string;
  @Field(() => GraphQLISODateTime) at!: Date;
}

/** The latest retention a reviewer set, as the repository reads it. */
export interface RetentionNoteRow {
  retention: number;
  reason: string;
  byLocalId: string;
  at: Date;
}

@ObjectType({ description: 'The retention a reviewer set on a build-on, with the reason.' })
export class RetentionNote {
  byLocalId!: string;
  @Field(() => Float) retention!: number;
  @Field(() => Originality, { description: 'The label the retention falls under.' }) originality!: RetentionLabel;
  @Field() reason!: string;
  @Field(() => GraphQLISODateTime) at!: Date;
}
