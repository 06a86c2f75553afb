export * from './outbox';
export * from './job-queue';
export * from './live-hub';
export * from './outbox-relay';
