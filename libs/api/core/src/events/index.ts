export * from './domain-event';
export * from './transaction';
export * from './writes';
