export * from './idea-rules';
export * from './curation-rules';
