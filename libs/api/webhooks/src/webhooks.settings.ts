/** The webhooks domain's settings (KINDLING_WEBHOOK_ALLOW_PRIVATE, KINDLING_WEBHOOK_RETRY_DELAY_SECONDS), given once by the app. */
export interface WebhookSettings {
  /** Let endpoints point at loopback, private, link-local … addresses (tests, a closed network); off by default: the SSRF guard. */
  allowPrivate: boolean;
  /** A test/ops knob: every retry waits about this many seconds instead of the schedule (null: the schedule). */
  retryDelaySeconds: number | null;
}

export const WEBHOOK_SETTINGS = Symbol('WEBHOOK_SETTINGS');

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = { allowPrivate: false, retryDelaySeconds: null };

/**
 * Seconds to wait before each retry (Standard Webhooks' suggestion, stretched to about three days): after the
 * first attempt 5 s, then 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h — ten attempts in about 75 hours.
 * Each wait is jittered by ±20 % so endpoints that failed together do not all retry at once.
 */
export const RETRY_SCHEDULE_SECONDS = [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 14 * 3600, 20 * 3600, 24 * 3600] as const;
export const MAX_ATTEMPTS = RETRY_SCHEDULE_SECONDS.length + 1;

/** The wait before attempt `attempt + 1` (after `attempt` failed ones), jittered; null when it was the last. */
export function retryDelaySeconds(attempt: number, settings: WebhookSettings, random = Math.random): number | null {
  const base = RETRY_SCHEDULE_SECONDS[attempt - 1];
  if (base === undefined) return null;
  const wait = settings.retryDelaySeconds ?? base;
  return Math.max(1, Math.round(wait * (0.8 + 0.4 * random())));
}
