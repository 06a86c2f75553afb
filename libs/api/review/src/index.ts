export * from './review.module';
