export interface AuthOptions {
  /** Whether anyone may sign in as any person (the embedded demo default, or when explicitly enabled). */
  devSignIn: boolean;
  /** Dev sign-in is on and the server is reachable beyond this machine (the web app shows a warning). */
  devSignInExposed: boolean;
  /** Always mark the session cookie Secure; otherwise only when the request came over HTTPS. */
  secureCookies: boolean;
  /** A session unused for this long ends. */
  sessionIdleHours: number;
  /** A session ends this long after sign-in, however busy. */
  sessionMaxDays: number;
}

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');
export const SESSION_COOKIE = 'kindling_session';
/** A session older than this gets a new secret (the cookie is re-issued) on its next request. */
export const SESSION_ROTATE_HOURS = 24;
/** How long a rotated-away secret still acts, for requests already in flight with the old cookie. */
export const ROTATION_GRACE_SECONDS = 60;
/** last_seen_at / last_used_at are written at most this often per session or token, not on every request. */
export const TOUCH_SECONDS = 60;
