import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CommentInput {
  @Field(() => ID) ideaId!: string;
  @Field() body!: string;
  @Field(() => ID, { nullable: true, description: 'The comment this one replies to.' }) replyToId?: string;
}

@InputType()
export class EditCommentInput {
  @Field(() => ID, { description: 'A comment you wrote.' }) commentId!: string;
  @Field({ description: 'Markdown.' }) body!: string;
}

@InputType()
export class CommentRefInput {
  @Field(() => ID, { description: 'A comment you wrote.' }) commentId!: string;
}
