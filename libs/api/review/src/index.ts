export * from './review.module';
export * from './review.settings';
