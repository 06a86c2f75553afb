import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { IdeaPayload } from './payloads.model';

/** A stored revision as the repository reads it (ids as text). */
export interface IdeaRevisionRow {
  ideaId: string;
  number: number;
  title: string;
  body: string;
  tags: string[];
  editedBy: string;
  editedAt: Date;
}

export interface IdeaWithdrawalRow {
  ideaId: string;
  reason: string;
  withdrawnBy: string;
  withdrawnAt: Date;
}

@ObjectType({ description: 'One version of an idea’s text: revision 1 is the original as posted, the last one is the idea as it is now.' })
export class IdeaRevision {
  editedByLocalId!: string;
  @Field(() => Int) number!: number;
  @Field() title!: string;
  @Field({ description: 'Markdown.' }) body!: string;
  @Field(() => [String]) tags!: string[];
  @Field(() => GraphQLISODateTime, { description: 'When this version was saved (for revision 1: when the idea was posted).' }) editedAt!: Date;
}

@ObjectType({ description: 'Why and by whom an idea was withdrawn. It stays in every lineage and credit trail.' })
export class IdeaWithdrawal {
  byLocalId!: string;
  @Field({ description: 'Plain text, as the author wrote it.' }) reason!: string;
  @Field(() => GraphQLISODateTime) at!: Date;
}

@ObjectType()
export class EditIdeaPayload extends IdeaPayload {}

@ObjectType()
export class WithdrawIdeaPayload extends IdeaPayload {}
