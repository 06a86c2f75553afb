export * from './models/campaign.model';
export * from './campaigns.service';
export * from './campaigns.module';
export * from './campaign-answer.handler';
