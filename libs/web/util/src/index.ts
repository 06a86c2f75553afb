export * from './i18n';
export * from './messages';
export * from './markdown';
export * from './csv';
export * from './hooks';
export * from './exact-percent';
