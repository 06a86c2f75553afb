export * from './live.module';
export * from './idea-updated-at.handler';
export * from './models/idea-update.model';
export { IdeaFeed } from './idea-feed';
export { ideaTouch, type IdeaTouch } from './idea-changes';
