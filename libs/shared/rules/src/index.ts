export * from './idea-rules';
