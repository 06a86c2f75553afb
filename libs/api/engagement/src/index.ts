export * from './models/engagement.model';
export * from './engagement.events';
export * from './engagement.service';
export * from './engagement.loaders';
export * from './endorsement-lapse.handler';
export * from './engagement.module';
export * from './merge-engagement.handler';
