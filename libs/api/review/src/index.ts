export * from './models/review.model';
export * from './review.events';
export * from './review.settings';
export * from './review.service';
export * from './review.loaders';
export * from './review.module';
