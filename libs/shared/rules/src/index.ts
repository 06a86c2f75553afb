export * from './idea-rules';
export * from './scoring-rules';
export * from './curation-rules';
export * from './review-rules';
export * from './moderation-rules';
export * from './campaign-rules';
export * from './notification-rules';
