import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { CampaignIdeaOrder, CampaignState } from '../models/campaign.model';

@InputType()
export class OpenCampaignInput {
  @Field({ description: 'The question asked, 5–200 characters.' }) question!: string;
  @Field({ description: 'Markdown, at most 20,000 characters.' }) description!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it stops taking ideas: in the future, at most a year away.' }) deadline!: Date;
  @Field(() => [ID], { description: 'The departments it asks (shown, and highlighted for their people); empty: everyone. Anyone may answer.' })
  departmentIds!: string[];
}

@InputType()
export class CloseCampaignInput {
  @Field(() => ID) campaignId!: string;
}

@ArgsType()
export class CampaignsArgs {
  @Field(() => CampaignState, { defaultValue: CampaignState.OPEN }) state!: CampaignState;
  @Field(() => Int, { nullable: true }) first?: number;
  @Field(() => String, { nullable: true }) after?: string;
}

@ArgsType()
export class CampaignIdeasArgs {
  @Field(() => CampaignIdeaOrder, { defaultValue: CampaignIdeaOrder.CREDIT }) orderBy!: CampaignIdeaOrder;
  @Field(() => Int, { nullable: true }) first?: number;
  @Field(() => String, { nullable: true }) after?: string;
}
