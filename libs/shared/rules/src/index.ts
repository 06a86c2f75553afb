export * from './idea-rules';
export * from './campaign-rules';
