import { CombinedGraphQLErrors } from '@apollo/client/errors';

export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'BAD_USER_INPUT' | 'network' | 'unknown';

/** The stable code of an Apollo error (extensions.code), or 'network' when the server was not reached. */
export function errorCode(error: unknown): ErrorCode {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.['code'];
    if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'CONFLICT' || code === 'BAD_USER_INPUT') return code;
    return 'unknown';
  }
  if (error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message))) return 'network';
  return 'unknown';
}

/** The first message the server gave (safe to show: the API never leaks internals). */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => e.message).join(' ');
  if (error instanceof Error) return error.message;
  return String(error);
}
