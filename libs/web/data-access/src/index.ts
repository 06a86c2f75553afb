export * from './client';
export * from './errors';
export * from './describe-error';
export * from './viewer';
export * from './people';
export { graphql, getFragmentData, type FragmentType } from './generated';
export * from './generated/graphql';
export * from './viewer-language';
