import { jest } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { ErrorCode, formatGraphQLError, notFound } from './errors';

describe('formatGraphQLError', () => {
  it('keeps a domain error’s message and code', () => {
    const error = new GraphQLError('wrapped', { originalError: notFound('Idea', '7') });
    expect(formatGraphQLError({ message: 'wrapped' }, error)).toMatchObject({ message: 'Idea 7 does not exist.', extensions: { code: ErrorCode.NotFound } });
  });

  it('hides everything internal behind INTERNAL_SERVER_ERROR', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const internal = new GraphQLError('relation "ideas" does not exist', { originalError: new Error('relation "ideas" does not exist\n    at query (pg.js:1)') });
    const formatted = formatGraphQLError({ message: internal.message, extensions: { stacktrace: ['at x'] } }, internal);
    expect(formatted).toEqual({ message: 'Internal server error.', path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});
