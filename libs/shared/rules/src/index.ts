export * from './idea-rules';
export * from './scoring-rules';
