import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CommentInput {
  @Field(() => ID) ideaId!: string;
  @Field() body!: string;
  @Field(() => ID, { nullable: true, description: 'The comment this one replies to.' }) replyToId?: string;
}
