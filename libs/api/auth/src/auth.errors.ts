import { GraphQLError } from 'graphql';
import { AuthReason } from '@kindling/shared/errors';
import { KindlingError } from '@kindling/api/core';

export const AuthErrors = {
  devSignInDisabled: () => new KindlingError(AuthReason.DEV_SIGN_IN_DISABLED, 'Dev sign-in is disabled on this server.'),
  invalidToken: () => new KindlingError(AuthReason.INVALID_TOKEN, 'The bearer token is not valid; send "Authorization: Bearer <token>" with a token of this server.'),
  expiredToken: () => new KindlingError(AuthReason.EXPIRED_TOKEN, 'The bearer token has expired; create a new one.'),
  revokedToken: () => new KindlingError(AuthReason.REVOKED_TOKEN, 'The bearer token has been revoked.'),
  tokenScope: () => new KindlingError(AuthReason.TOKEN_SCOPE, 'This API token has only the READ scope: it cannot run mutations.'),
  sessionRequired: () => new KindlingError(AuthReason.SESSION_REQUIRED, 'This needs a signed-in browser session; an API token cannot do it.'),
  tokenNotFound: (field: string) => new KindlingError(AuthReason.TOKEN_NOT_FOUND, 'You have no API token with that id.', field),
};

/**
 * A refusal of the whole request, before any resolver runs, with its HTTP status (401 for bad credentials,
 * 403 for a token's scope); formatGraphQLError still words it from the KindlingError inside.
 */
export function requestRefusal(error: KindlingError, status: 401 | 403): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: { http: { status } } });
}
