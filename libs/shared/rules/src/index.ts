export * from './idea-rules';
export * from './review-rules';
