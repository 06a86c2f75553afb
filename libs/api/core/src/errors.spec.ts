import { jest } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { GraphReason, InputReason, RequestReason } from '@kindling/shared/errors';
import { KindlingError, RequestErrors, enforce, formatGraphQLError } from './errors';

describe('formatGraphQLError', () => {
  it('gives a domain error’s message, transport code, reason and field', () => {
    const error = new GraphQLError('wrapped', { originalError: new KindlingError(GraphReason.LINEAGE_CYCLE, 'circular', 'parentId') });
    expect(formatGraphQLError({ message: 'wrapped' }, error)).toMatchObject({
      message: 'circular',
      extensions: { code: 'CONFLICT', reason: 'LINEAGE_CYCLE', field: 'parentId' },
    });
  });

  it('words a broken input rule with its reason and field', () => {
    expect(() => enforce({ field: 'title', reason: InputReason.TITLE_TOO_LONG })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'TITLE_TOO_LONG', field: 'title' }));
    expect(() => enforce(null)).not.toThrow();
  });

  it('keeps the reason of query-limit refusals and names unreadable values', () => {
    const limit = new GraphQLError('too deep', { extensions: { code: 'BAD_USER_INPUT', reason: RequestReason.QUERY_TOO_DEEP } });
    expect(formatGraphQLError({ message: 'too deep', extensions: limit.extensions }, limit).extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' });
    const coercion = new GraphQLError('Int cannot represent "x"');
    expect(formatGraphQLError({ message: coercion.message }, coercion).extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'MALFORMED_VALUE' });
  });

  it('maps a write that raced another to CONFLICT / WRITE_CONFLICT without the driver’s words', () => {
    const race = Object.assign(new Error('could not serialize access due to concurrent update'), { code: '40001' });
    const formatted = formatGraphQLError({ message: race.message }, new GraphQLError(race.message, { originalError: race }));
    expect(formatted).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'WRITE_CONFLICT' } });
    expect(formatted.message).not.toMatch(/serialize/);
  });

  it('maps a statement cancelled by statement_timeout to REQUEST_TOO_SLOW, and a parse past the token limit to TOO_MANY_TOKENS', () => {
    const cancelled = Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
    const slow = formatGraphQLError({ message: cancelled.message }, new GraphQLError(cancelled.message, { originalError: cancelled }));
    expect(slow).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'REQUEST_TOO_SLOW' } });
    expect(slow.message).not.toMatch(/statement timeout/);
    const message = 'Syntax Error: Document contains more that 5000 tokens. Parsing aborted.';
    const tokens = formatGraphQLError({ message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, new GraphQLError(message));
    expect(tokens).toEqual({ message: 'Document contains more that 5000 tokens. Parsing aborted.', extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_TOKENS' } });
    // any other syntax error keeps GraphQL's own code
    expect(formatGraphQLError({ message: 'Syntax Error: Expected Name', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, new GraphQLError('x')).extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('hides everything internal behind INTERNAL_SERVER_ERROR', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const internal = new GraphQLError('relation "ideas" does not exist', { originalError: new Error('relation "ideas" does not exist\n    at query (pg.js:1)') });
    const formatted = formatGraphQLError({ message: internal.message, extensions: { stacktrace: ['at x'] } }, internal);
    expect(formatted).toEqual({ message: 'Internal server error.', path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  it('derives the code from the reason', () => {
    expect(RequestErrors.signInRequired()).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' });
    expect(RequestErrors.roleRequired('ADMIN')).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
  });
});
