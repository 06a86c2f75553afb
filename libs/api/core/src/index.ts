export * from './errors';
export * from './relay';
export * from './context';
export * from './node';
export * from './database';
export * from './graphql-limits';
export * from './core.module';
