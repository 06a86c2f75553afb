/**
 * What a person can be notified of, and the channels each kind goes out on unless the person chose otherwise.
 * The API stores one `notifications` row per (person, kind, coalescing key); its `data` has the shape below for
 * its kind. Both the web app (in-app list) and the mailer render from kind + data + the idea (read with its
 * moderation mask) in the reader's language.
 */
export const NOTIFICATION_KINDS = [
  'STATUS_CHANGED',
  'MERGED',
  'RETENTION_CHANGED',
  'MODERATED',
  'BUILT_ON',
  'COMMENTED',
  'REPLIED',
  'COAUTHOR_INVITED',
  'COAUTHOR_ANSWERED',
  'ENDORSED',
  'CREDIT_CHANGED',
  'WEBHOOK_DISABLED',
  'AUTHOR_SPLIT_PROPOSED',
  'AUTHOR_SPLIT_DECIDED',
  'AUTHOR_LEFT',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The `data` of a notification, by kind. Ids are local ids (strings); shares are parts per million. */
export interface NotificationData {
  /** An idea you hold credit in (or follow) changed status: its answer. */
  STATUS_CHANGED: { from: string; to: string; response: string; sharePpm: number | null };
  /** An idea you hold credit in was merged into another. */
  MERGED: { intoIdeaId: string; sharePpm: number | null };
  /** A reviewer set how original a build-on you hold credit in is. */
  RETENTION_CHANGED: { retention: number; reason: string; sharePpm: number | null };
  /** A moderator hid (authors only) or unhid an idea or comment you hold credit in. */
  MODERATED: { action: 'HIDDEN' | 'UNHIDDEN'; reason: string; commentId: string | null; sharePpm: number | null };
  /** Someone built on your idea (idea_id is yours; the new idea is childIdeaId). */
  BUILT_ON: { childIdeaId: string };
  /** A comment on an idea you wrote or follow. */
  COMMENTED: { commentId: string };
  /** A reply to your comment. */
  REPLIED: { commentId: string };
  /** You are invited to co-author the idea. */
  COAUTHOR_INVITED: Record<string, never>;
  /** Someone answered your co-author invitation. */
  COAUTHOR_ANSWERED: { accepted: boolean };
  /** Colleagues endorsed your idea (coalesced: the actors are the notification's actor_ids). */
  ENDORSED: Record<string, never>;
  /** Your share of an idea moved (coalesced per person, idea and day): from the first to the latest value. */
  CREDIT_CHANGED: { fromPpm: number; toPpm: number; causeIdeaId: string | null; cause: string };
  /** An admin: a webhook endpoint was disabled (410 Gone, or failures past the retry window). */
  WEBHOOK_DISABLED: { endpointId: string; url: string; reason: string };
  /** A co-author proposed a new split between the authors; it needs your consent: your share of the split now and under the proposal. */
  AUTHOR_SPLIT_PROPOSED: { proposalId: string; splitFromPpm: number; splitToPpm: number };
  /**
   * A proposed split was decided: applied (everyone consented; `splitToPpm` is your share of the split now), declined by
   * an author, withdrawn by its proposer, or outdated (the authors changed before everyone consented).
   */
  AUTHOR_SPLIT_DECIDED: { proposalId: string; outcome: AuthorSplitOutcome; splitToPpm: number | null };
  /** A co-author left the idea (the actor): whether they gave their share to the authors who stay, and your share of the split now. */
  AUTHOR_LEFT: { gaveShare: boolean; splitToPpm: number | null };
}

/** How a proposal to change the authors' split ended (AUTHOR_SPLIT_DECIDED). */
export const AUTHOR_SPLIT_OUTCOMES = ['applied', 'declined', 'withdrawn', 'outdated'] as const;
export type AuthorSplitOutcome = (typeof AUTHOR_SPLIT_OUTCOMES)[number];

export const NOTIFICATION_CHANNELS = ['IN_APP', 'EMAIL'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const EMAIL_FREQUENCIES = ['IMMEDIATELY', 'DAILY', 'WEEKLY', 'OFF'] as const;
export type EmailFrequency = (typeof EMAIL_FREQUENCIES)[number];
export const DEFAULT_EMAIL_FREQUENCY: EmailFrequency = 'IMMEDIATELY';

/**
 * Defaults: everything in the app; by e-mail what answers you or asks something of you (status, merge,
 * moderation, invitations, proposed author splits, build-ons, replies, webhook trouble) but not the chatty kinds (comments on followed
 * ideas, endorsements, small credit moves), which the in-app list and the digests carry.
 */
export const DEFAULT_CHANNELS: Readonly<Record<NotificationKind, Readonly<Record<NotificationChannel, boolean>>>> = {
  STATUS_CHANGED: { IN_APP: true, EMAIL: true },
  MERGED: { IN_APP: true, EMAIL: true },
  RETENTION_CHANGED: { IN_APP: true, EMAIL: true },
  MODERATED: { IN_APP: true, EMAIL: true },
  BUILT_ON: { IN_APP: true, EMAIL: true },
  COMMENTED: { IN_APP: true, EMAIL: false },
  REPLIED: { IN_APP: true, EMAIL: true },
  COAUTHOR_INVITED: { IN_APP: true, EMAIL: true },
  COAUTHOR_ANSWERED: { IN_APP: true, EMAIL: true },
  ENDORSED: { IN_APP: true, EMAIL: false },
  CREDIT_CHANGED: { IN_APP: true, EMAIL: false },
  WEBHOOK_DISABLED: { IN_APP: true, EMAIL: true },
  // a proposal asks for your consent; its outcome and a leaver change your share only by what you agreed to
  AUTHOR_SPLIT_PROPOSED: { IN_APP: true, EMAIL: true },
  AUTHOR_SPLIT_DECIDED: { IN_APP: true, EMAIL: false },
  AUTHOR_LEFT: { IN_APP: true, EMAIL: false },
};

/** The languages a person can read the app and e-mail in. */
export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];
