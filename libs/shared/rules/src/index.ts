export * from './idea-rules';
export * from './moderation-rules';
