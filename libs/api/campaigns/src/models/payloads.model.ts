import { Field, ObjectType } from '@nestjs/graphql';
import { Campaign } from './campaign.model';

@ObjectType()
export class OpenCampaignPayload {
  @Field(() => Campaign) campaign!: Campaign;
}

@ObjectType()
export class CloseCampaignPayload {
  @Field(() => Campaign, { description: 'The campaign as it is after closing: its outcome is ready.' }) campaign!: Campaign;
}
