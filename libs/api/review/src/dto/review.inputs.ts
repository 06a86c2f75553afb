import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ConnectionArgs } from '@kindling/api/core';
import { IdeaStatus, type IdeaStatusValue } from '@kindling/api/graph';

@InputType()
export class ChangeIdeaStatusInput {
  @Field(() => ID) ideaId!: string;
  @Field(() => IdeaStatus, { description: 'A legal next status (see the workflow); MERGED only through a merge.' }) status!: IdeaStatusValue;
  @Field({ description: 'Markdown, required: the official answer the author reads.' }) response!: string;
}

@ArgsType()
export class ReviewQueueArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only ideas whose poster is in this department.' }) departmentId?: string;
  @Field(() => ID, { nullable: true, description: 'Only ideas answering this campaign.' }) campaignId?: string;
  @Field({ nullable: true, defaultValue: false, description: 'Only ideas past their due date.' }) overdueOnly?: boolean;
}
