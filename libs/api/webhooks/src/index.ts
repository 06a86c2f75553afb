export * from './models/webhook.model';
export * from './webhooks.events';
export * from './webhooks.settings';
export * from './public-events';
export * from './webhook-deliveries';
export * from './webhooks.module';
