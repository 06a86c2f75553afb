export * from './webhooks-page';
export * from './webhook-page';
