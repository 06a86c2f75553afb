export { ReviewQueuePage, reviewQueueQuery } from './review-queue-page';
