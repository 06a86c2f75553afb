import { AuthReason } from '@kindling/shared/errors';
import { KindlingError } from '@kindling/api/core';

export const AuthErrors = {
  devSignInDisabled: () => new KindlingError(AuthReason.DEV_SIGN_IN_DISABLED, 'Dev sign-in is disabled on this server.'),
};
