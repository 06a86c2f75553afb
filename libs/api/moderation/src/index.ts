export * from './models/moderation.model';
export * from './moderation.events';
export * from './moderation.service';
export * from './moderation.module';
