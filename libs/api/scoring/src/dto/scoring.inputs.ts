import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class CreateScoreCriterionInput {
  @Field({ description: '1–80 characters.' }) nameEn!: string;
  @Field({ description: '1–80 characters.' }) nameNl!: string;
  @Field({ defaultValue: '', description: 'At most 500 characters.' }) descriptionEn!: string;
  @Field({ defaultValue: '', description: 'At most 500 characters.' }) descriptionNl!: string;
  @Field(() => Float, { defaultValue: 1, description: '0.1–10.' }) weight!: number;
}

@InputType({ description: 'The fields given replace the criterion’s; the others stay.' })
export class UpdateScoreCriterionInput {
  @Field(() => ID) criterionId!: string;
  @Field({ nullable: true }) nameEn?: string;
  @Field({ nullable: true }) nameNl?: string;
  @Field({ nullable: true }) descriptionEn?: string;
  @Field({ nullable: true }) descriptionNl?: string;
  @Field(() => Float, { nullable: true }) weight?: number;
}

@InputType()
export class RetireScoreCriterionInput {
  @Field(() => ID) criterionId!: string;
}

@InputType()
export class CriterionScoreInput {
  @Field(() => ID) criterionId!: string;
  @Field(() => Int, { description: '1–5.' }) score!: number;
}

@InputType()
export class ScoreIdeaInput {
  @Field(() => ID) ideaId!: string;
  @Field(() => [CriterionScoreInput], { description: 'Every active criterion exactly once.' }) scores!: CriterionScoreInput[];
  @Field({ nullable: true, description: 'Markdown, at most 5,000 characters; seen by reviewers and admins only.' }) note?: string;
}
