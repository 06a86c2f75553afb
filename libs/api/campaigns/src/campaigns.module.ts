import { Module } from '@nestjs/common';

/** Campaigns: a question leadership asks, with a deadline, answered by ideas. */
@Module({})
export class CampaignsModule {}
