export interface AuthOptions {
  /** HMAC key for session cookies. */
  sessionSecret: string;
  /** Whether anyone may sign in as any person (the embedded demo default only). */
  devSignIn: boolean;
  /** Send cookies only over HTTPS. */
  secureCookies: boolean;
}

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');
export const SESSION_COOKIE = 'kindling_session';
export const SESSION_DAYS = 30;
