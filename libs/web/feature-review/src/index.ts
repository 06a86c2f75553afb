export { CriteriaPage } from './criteria-page';
export { ReviewQueuePage, reviewQueueQuery } from './review-queue-page';
export { ModerationPage } from './moderation-page';
export { DeadLettersPage } from './dead-letters-page';
