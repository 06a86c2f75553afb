/** The review domain's settings (KINDLING_RESPONSE_DAYS, KINDLING_CLAIM_HOURS), given once by the app or the CLI. */
export interface ReviewSettings {
  /** The response promise: an idea gets its first answer within this many days of being posted. */
  responseDays: number;
  /** How long a reviewer's claim on an idea lasts before others may take it. */
  claimHours: number;
}

export const REVIEW_SETTINGS = Symbol('REVIEW_SETTINGS');

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = { responseDays: 14, claimHours: 24 };
