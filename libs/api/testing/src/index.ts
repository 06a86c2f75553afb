export * from './test-database';
export * from './graphql-client';
export * from './builders';
export * from './eventually';
