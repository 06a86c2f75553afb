import { ErrorCode } from './codes';

/*
 * Why a request was refused (`extensions.reason`): one enum per domain, stable for integrators, and what the
 * web app translates. Adding a reason without a transport code below, or without a message in the web app,
 * fails to compile.
 */

/** Refusals of the request itself, before any domain looks at it. */
export enum RequestReason {
  SIGN_IN_REQUIRED = 'SIGN_IN_REQUIRED',
  ROLE_REQUIRED = 'ROLE_REQUIRED',
  INVALID_ID = 'INVALID_ID',
  WRONG_ID_TYPE = 'WRONG_ID_TYPE',
  INVALID_CURSOR = 'INVALID_CURSOR',
  PAGE_SIZE_OUT_OF_RANGE = 'PAGE_SIZE_OUT_OF_RANGE',
  FIRST_AND_LAST = 'FIRST_AND_LAST',
  TOO_MANY_IDS = 'TOO_MANY_IDS',
  /** A numeric argument outside its documented range (`field` names it). */
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  /** A value GraphQL or PostgreSQL could not read as its type. */
  MALFORMED_VALUE = 'MALFORMED_VALUE',
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
  /** `lineage` selected inside a lineage's own nodes: every node would walk its own family. */
  NESTED_LINEAGE = 'NESTED_LINEAGE',
  /** The query text has more lexical tokens than the limit (checked while parsing, before anything runs). */
  TOO_MANY_TOKENS = 'TOO_MANY_TOKENS',
  /** The query text or the request body is larger than the limit. */
  DOCUMENT_TOO_LARGE = 'DOCUMENT_TOO_LARGE',
  /** The request ran past its time budget, or one of its statements past the statement timeout; it was stopped. */
  REQUEST_TOO_SLOW = 'REQUEST_TOO_SLOW',
  /** Another write changed the same rows at the same moment; nothing was changed. */
  WRITE_CONFLICT = 'WRITE_CONFLICT',
  /** `__schema` / `__type` on a server whose introspection policy is `off`. */
  INTROSPECTION_DISABLED = 'INTROSPECTION_DISABLED',
}

/** An input breaks one of the shared input rules (@kindling/shared/rules); `field` names the input. */
export enum InputReason {
  TITLE_EMPTY = 'TITLE_EMPTY',
  TITLE_TOO_LONG = 'TITLE_TOO_LONG',
  BODY_EMPTY = 'BODY_EMPTY',
  BODY_TOO_LONG = 'BODY_TOO_LONG',
  TOO_MANY_TAGS = 'TOO_MANY_TAGS',
  INVALID_TAG = 'INVALID_TAG',
  PARENT_COUNT = 'PARENT_COUNT',
  DUPLICATE_PARENT = 'DUPLICATE_PARENT',
  COMBINES_NEEDS_TWO = 'COMBINES_NEEDS_TWO',
  SPLIT_LENGTH = 'SPLIT_LENGTH',
  SPLIT_NOT_POSITIVE = 'SPLIT_NOT_POSITIVE',
  SPLIT_TOO_LARGE = 'SPLIT_TOO_LARGE',
  /** A split given as percentages (the compose form's) does not add up to 100. */
  PARENT_SPLIT_SUM = 'PARENT_SPLIT_SUM',
  COMMENT_EMPTY = 'COMMENT_EMPTY',
  COMMENT_TOO_LONG = 'COMMENT_TOO_LONG',
  TOKEN_NAME = 'TOKEN_NAME',
  /** An API token's expiresInDays outside 1–365. */
  TOKEN_EXPIRY = 'TOKEN_EXPIRY',
  /** An API token needs at least one scope. */
  TOKEN_SCOPES = 'TOKEN_SCOPES',
  /** A reviewer's reason (retention, merge) is required … */
  REASON_EMPTY = 'REASON_EMPTY',
  /** … and at most 2,000 characters. */
  REASON_TOO_LONG = 'REASON_TOO_LONG',
  /** A reviewer's written response to a status move is required. */
  RESPONSE_EMPTY = 'RESPONSE_EMPTY',
  RESPONSE_TOO_LONG = 'RESPONSE_TOO_LONG',
  /** Withdrawing an idea needs a reason of at most 2,000 characters. */
  WITHDRAWAL_REASON_EMPTY = 'WITHDRAWAL_REASON_EMPTY',
  WITHDRAWAL_REASON_TOO_LONG = 'WITHDRAWAL_REASON_TOO_LONG',
}

export enum PeopleReason {
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  DEPARTMENT_NOT_FOUND = 'DEPARTMENT_NOT_FOUND',
  /** A people search longer than 100 characters. */
  SEARCH_TOO_LONG = 'SEARCH_TOO_LONG',
}

export enum AuthReason {
  DEV_SIGN_IN_DISABLED = 'DEV_SIGN_IN_DISABLED',
  /** The bearer token is unknown, or the Authorization header is not `Bearer <token>`. */
  INVALID_TOKEN = 'INVALID_TOKEN',
  EXPIRED_TOKEN = 'EXPIRED_TOKEN',
  REVOKED_TOKEN = 'REVOKED_TOKEN',
  /** A read-only API token sent a mutation. */
  TOKEN_SCOPE = 'TOKEN_SCOPE',
  /** Creating tokens and signing out everywhere need a signed-in browser session, not an API token. */
  SESSION_REQUIRED = 'SESSION_REQUIRED',
  /** No API token of the acting person has that id. */
  TOKEN_NOT_FOUND = 'TOKEN_NOT_FOUND',
}

/** Too many requests of one kind from one person or client address in a while (`extensions.retryAfter`: seconds). */
export enum RateLimitReason {
  TOO_MANY_SIGN_INS = 'TOO_MANY_SIGN_INS',
  TOO_MANY_WRITES = 'TOO_MANY_WRITES',
  TOO_MANY_EXPENSIVE_READS = 'TOO_MANY_EXPENSIVE_READS',
  /** Too many requests in flight at once from one client address. */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
}

/** The attribution graph: ideas, their lineage and their authors. */
export enum GraphReason {
  IDEA_NOT_FOUND = 'IDEA_NOT_FOUND',
  LINEAGE_CYCLE = 'LINEAGE_CYCLE',
  ALREADY_LINKED = 'ALREADY_LINKED',
  NOT_AN_AUTHOR = 'NOT_AN_AUTHOR',
  ALREADY_AUTHOR = 'ALREADY_AUTHOR',
  NO_INVITATION = 'NO_INVITATION',
  /** A retention is set only on a build-on: an idea that builds on nothing keeps all of its credit. */
  ROOT_RETENTION = 'ROOT_RETENTION',
  /** The duplicate and the kept idea are one and the same. */
  MERGE_INTO_ITSELF = 'MERGE_INTO_ITSELF',
  /** The kept idea was itself merged into another one. */
  MERGE_INTO_MERGED = 'MERGE_INTO_MERGED',
  /** The duplicate is already merged. */
  ALREADY_MERGED = 'ALREADY_MERGED',
  /** One idea builds (directly or further up) on the other: merged, the lineage would be circular. */
  MERGE_CYCLE = 'MERGE_CYCLE',
  /** Unmerge of an idea that is not merged. */
  NOT_MERGED = 'NOT_MERGED',
  /** A later write depends on the merge (the message says which), so it cannot be undone exactly. */
  UNMERGE_BLOCKED = 'UNMERGE_BLOCKED',
  /** The idea was merged into another one: endorse, build on or co-author that one instead. */
  IDEA_MERGED = 'IDEA_MERGED',
  /** The idea was withdrawn by its authors: it can no longer be edited, endorsed, built on or linked as a parent. */
  IDEA_WITHDRAWN = 'IDEA_WITHDRAWN',
  /** An edit that changes nothing (title, body and tags as they are). */
  NOTHING_CHANGED = 'NOTHING_CHANGED',
}

/** Endorsements and comments. */
export enum EngagementReason {
  OWN_IDEA = 'OWN_IDEA',
  ALREADY_ENDORSED = 'ALREADY_ENDORSED',
  NOT_ENDORSED = 'NOT_ENDORSED',
  COMMENT_NOT_FOUND = 'COMMENT_NOT_FOUND',
  /** Only a comment's author edits or removes it. */
  NOT_COMMENT_AUTHOR = 'NOT_COMMENT_AUTHOR',
  /** The comment was removed by its author: it cannot be edited or replied to. */
  COMMENT_REMOVED = 'COMMENT_REMOVED',
  /** An edit that leaves the comment as it is. */
  COMMENT_UNCHANGED = 'COMMENT_UNCHANGED',
}

/** Scorecards: criteria and reviewers' scores (`field` names the input at fault). */
export enum ScoringReason {
  CRITERION_NOT_FOUND = 'CRITERION_NOT_FOUND',
  /** A retired criterion takes no new scores and no edits. */
  CRITERION_RETIRED = 'CRITERION_RETIRED',
  CRITERION_NAME = 'CRITERION_NAME',
  CRITERION_DESCRIPTION = 'CRITERION_DESCRIPTION',
  CRITERION_WEIGHT = 'CRITERION_WEIGHT',
  /** There is no active criterion to score by. */
  NO_CRITERIA = 'NO_CRITERIA',
  SCORE_OUT_OF_RANGE = 'SCORE_OUT_OF_RANGE',
  /** An active criterion was left unscored. */
  SCORE_MISSING = 'SCORE_MISSING',
  SCORE_DUPLICATE = 'SCORE_DUPLICATE',
  /** A score names a criterion that does not exist. */
  SCORE_UNKNOWN_CRITERION = 'SCORE_UNKNOWN_CRITERION',
  NOTE_TOO_LONG = 'NOTE_TOO_LONG',
}

/** The review workflow: status moves and claims. */
export enum ReviewReason {
  /** The move is not in the workflow (the message names from and to). */
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  /** Another reviewer holds an unexpired claim (the message says who and until when). */
  ALREADY_CLAIMED = 'ALREADY_CLAIMED',
  /** Releasing a claim the acting person does not hold. */
  NOT_CLAIMED = 'NOT_CLAIMED',
  /** The idea is IMPLEMENTED or MERGED: nothing is left to review, so it cannot be claimed. */
  FINAL_STATUS = 'FINAL_STATUS',
}

/** Flags and hiding (moderation). */
export enum ModerationReason {
  /** Give exactly one of ideaId and commentId. */
  ONE_TARGET = 'ONE_TARGET',
  /** A flag with reason OTHER needs a note saying what is wrong. */
  FLAG_NOTE_REQUIRED = 'FLAG_NOTE_REQUIRED',
  FLAG_NOTE_TOO_LONG = 'FLAG_NOTE_TOO_LONG',
  /** Hiding, unhiding and dismissing need a written reason. */
  MODERATION_REASON_EMPTY = 'MODERATION_REASON_EMPTY',
  MODERATION_REASON_TOO_LONG = 'MODERATION_REASON_TOO_LONG',
  /** The person already has an open flag on this item. */
  ALREADY_FLAGGED = 'ALREADY_FLAGGED',
  /** Nobody flags their own idea or comment. */
  OWN_CONTENT = 'OWN_CONTENT',
  ALREADY_HIDDEN = 'ALREADY_HIDDEN',
  NOT_HIDDEN = 'NOT_HIDDEN',
  /** Dismissing needs open flags. */
  NO_OPEN_FLAGS = 'NO_OPEN_FLAGS',
}

/** Campaigns: questions leadership asks, answered by ideas until their deadline. */
export enum CampaignReason {
  CAMPAIGN_NOT_FOUND = 'CAMPAIGN_NOT_FOUND',
  /** The campaign was closed or its deadline passed: it takes no new ideas and cannot be closed again. */
  CAMPAIGN_CLOSED = 'CAMPAIGN_CLOSED',
  /** Only the reviewer who opened a campaign, or an admin, closes it early. */
  NOT_CAMPAIGN_OPENER = 'NOT_CAMPAIGN_OPENER',
  /** A campaign's question is 5–200 characters. */
  QUESTION_LENGTH = 'QUESTION_LENGTH',
  DESCRIPTION_TOO_LONG = 'DESCRIPTION_TOO_LONG',
  /** A deadline is in the future and at most a year away. */
  DEADLINE_OUT_OF_RANGE = 'DEADLINE_OUT_OF_RANGE',
}

/** Delivery operations: the job queue's dead letters (admins). */
export enum DeliveryReason {
  /** A job id that is not a job's id (pg-boss ids are UUIDs). */
  JOB_ID_INVALID = 'JOB_ID_INVALID',
  /** A job that does not exist or is not failed (any more): nothing was retried. */
  FAILED_JOB_NOT_FOUND = 'FAILED_JOB_NOT_FOUND',
  /** Retry either the listed ids or all (of a queue): exactly one of the two. */
  RETRY_TARGET = 'RETRY_TARGET',
}

export enum NotificationReason {
  /** One of the ids is not a notification of the acting person (unknown or someone else's): nothing was marked. */
  NOTIFICATION_NOT_FOUND = 'NOTIFICATION_NOT_FOUND',
  /** Give either `ids` or `all: true`. */
  IDS_OR_ALL = 'IDS_OR_ALL',
  /** A preference names the same kind twice. */
  DUPLICATE_KIND = 'DUPLICATE_KIND',
}

/** Webhooks for intranets and the change feed. */
export enum WebhookReason {
  WEBHOOK_NOT_FOUND = 'WEBHOOK_NOT_FOUND',
  WEBHOOK_DELIVERY_NOT_FOUND = 'WEBHOOK_DELIVERY_NOT_FOUND',
  /** Not an absolute http(s) URL, or longer than 2,000 characters. */
  WEBHOOK_URL_INVALID = 'WEBHOOK_URL_INVALID',
  /** The URL's host is (or resolves to) a loopback, private, link-local, unspecified, multicast or shared address. */
  WEBHOOK_URL_NOT_ALLOWED = 'WEBHOOK_URL_NOT_ALLOWED',
  /** The URL's host name does not resolve. */
  WEBHOOK_URL_UNRESOLVED = 'WEBHOOK_URL_UNRESOLVED',
  /** No events, or an event that does not exist. */
  WEBHOOK_EVENTS_INVALID = 'WEBHOOK_EVENTS_INVALID',
  WEBHOOK_DESCRIPTION_TOO_LONG = 'WEBHOOK_DESCRIPTION_TOO_LONG',
  /** A rotation's overlap is 0–168 hours. */
  WEBHOOK_OVERLAP_OUT_OF_RANGE = 'WEBHOOK_OVERLAP_OUT_OF_RANGE',
}

/** Refusals of live updates (GraphQL subscriptions). */
export enum LiveReason {
  /** One WebSocket connection follows at most a fixed number of ideas at once. */
  TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS',
  /** A subscription sent over HTTP: it runs over graphql-ws on /graphql. */
  SUBSCRIPTION_OVER_HTTP = 'SUBSCRIPTION_OVER_HTTP',
}

/** Co-authorship with consent: the split between an idea's authors (a_v), proposals to change it, leaving. */
export enum AuthorshipReason {
  /** A split names every author of the idea (and an invitation's invitee) exactly once, and nobody else. */
  SPLIT_AUTHORS = 'SPLIT_AUTHORS',
  /** Every share of a split is a whole number of parts per million, greater than zero. */
  SPLIT_SHARE_NOT_POSITIVE = 'SPLIT_SHARE_NOT_POSITIVE',
  /** The shares of a split add up to exactly 1,000,000 ppm (100 %). */
  SPLIT_SUM = 'SPLIT_SUM',
  /** An invitation lowers another author more than making room for the invitee does: that needs their consent (proposeAuthorSplit). */
  SPLIT_LOWERS_OTHER_AUTHOR = 'SPLIT_LOWERS_OTHER_AUTHOR',
  /** A proposal that is the split as it is. */
  SPLIT_UNCHANGED = 'SPLIT_UNCHANGED',
  /** A split needs at least two authors. */
  SPLIT_SINGLE_AUTHOR = 'SPLIT_SINGLE_AUTHOR',
  /** The idea already has a pending split proposal: answer or withdraw it first. */
  SPLIT_PROPOSAL_PENDING = 'SPLIT_PROPOSAL_PENDING',
  /** The idea has no pending split proposal. */
  NO_SPLIT_PROPOSAL = 'NO_SPLIT_PROPOSAL',
  /** The acting author already consented to (or proposed) the pending split. */
  SPLIT_ALREADY_ANSWERED = 'SPLIT_ALREADY_ANSWERED',
  /** The last author of an idea cannot leave it. */
  LAST_AUTHOR = 'LAST_AUTHOR',
}

export type Reason = RequestReason | InputReason | PeopleReason | AuthReason | RateLimitReason | GraphReason | EngagementReason | ReviewReason | ScoringReason | ModerationReason | CampaignReason | DeliveryReason | NotificationReason | WebhookReason | LiveReason | AuthorshipReason;

/** The one mapping from reasons to transport codes. */
export const REASON_CODES: { readonly [R in Reason]: ErrorCode } = {
  [RequestReason.SIGN_IN_REQUIRED]: ErrorCode.Unauthenticated,
  [RequestReason.ROLE_REQUIRED]: ErrorCode.Forbidden,
  [RequestReason.INVALID_ID]: ErrorCode.BadUserInput,
  [RequestReason.WRONG_ID_TYPE]: ErrorCode.BadUserInput,
  [RequestReason.INVALID_CURSOR]: ErrorCode.BadUserInput,
  [RequestReason.PAGE_SIZE_OUT_OF_RANGE]: ErrorCode.BadUserInput,
  [RequestReason.FIRST_AND_LAST]: ErrorCode.BadUserInput,
  [RequestReason.TOO_MANY_IDS]: ErrorCode.BadUserInput,
  [RequestReason.OUT_OF_RANGE]: ErrorCode.BadUserInput,
  [RequestReason.MALFORMED_VALUE]: ErrorCode.BadUserInput,
  [RequestReason.QUERY_TOO_DEEP]: ErrorCode.BadUserInput,
  [RequestReason.TOO_MANY_ALIASES]: ErrorCode.BadUserInput,
  [RequestReason.QUERY_TOO_COSTLY]: ErrorCode.BadUserInput,
  [RequestReason.NESTED_LINEAGE]: ErrorCode.BadUserInput,
  [RequestReason.TOO_MANY_TOKENS]: ErrorCode.BadUserInput,
  [RequestReason.DOCUMENT_TOO_LARGE]: ErrorCode.BadUserInput,
  [RequestReason.REQUEST_TOO_SLOW]: ErrorCode.BadUserInput,
  [RequestReason.WRITE_CONFLICT]: ErrorCode.Conflict,
  [RequestReason.INTROSPECTION_DISABLED]: ErrorCode.Forbidden,

  [InputReason.TITLE_EMPTY]: ErrorCode.BadUserInput,
  [InputReason.TITLE_TOO_LONG]: ErrorCode.BadUserInput,
  [InputReason.BODY_EMPTY]: ErrorCode.BadUserInput,
  [InputReason.BODY_TOO_LONG]: ErrorCode.BadUserInput,
  [InputReason.TOO_MANY_TAGS]: ErrorCode.BadUserInput,
  [InputReason.INVALID_TAG]: ErrorCode.BadUserInput,
  [InputReason.PARENT_COUNT]: ErrorCode.BadUserInput,
  [InputReason.DUPLICATE_PARENT]: ErrorCode.BadUserInput,
  [InputReason.COMBINES_NEEDS_TWO]: ErrorCode.BadUserInput,
  [InputReason.SPLIT_LENGTH]: ErrorCode.BadUserInput,
  [InputReason.SPLIT_NOT_POSITIVE]: ErrorCode.BadUserInput,
  [InputReason.SPLIT_TOO_LARGE]: ErrorCode.BadUserInput,
  [InputReason.PARENT_SPLIT_SUM]: ErrorCode.BadUserInput,
  [InputReason.COMMENT_EMPTY]: ErrorCode.BadUserInput,
  [InputReason.COMMENT_TOO_LONG]: ErrorCode.BadUserInput,
  [InputReason.TOKEN_NAME]: ErrorCode.BadUserInput,
  [InputReason.TOKEN_EXPIRY]: ErrorCode.BadUserInput,
  [InputReason.TOKEN_SCOPES]: ErrorCode.BadUserInput,
  [InputReason.REASON_EMPTY]: ErrorCode.BadUserInput,
  [InputReason.REASON_TOO_LONG]: ErrorCode.BadUserInput,
  [InputReason.RESPONSE_EMPTY]: ErrorCode.BadUserInput,
  [InputReason.RESPONSE_TOO_LONG]: ErrorCode.BadUserInput,
  [InputReason.WITHDRAWAL_REASON_EMPTY]: ErrorCode.BadUserInput,
  [InputReason.WITHDRAWAL_REASON_TOO_LONG]: ErrorCode.BadUserInput,

  [PeopleReason.PERSON_NOT_FOUND]: ErrorCode.NotFound,
  [PeopleReason.DEPARTMENT_NOT_FOUND]: ErrorCode.NotFound,
  [PeopleReason.SEARCH_TOO_LONG]: ErrorCode.BadUserInput,

  [AuthReason.DEV_SIGN_IN_DISABLED]: ErrorCode.Forbidden,
  [AuthReason.INVALID_TOKEN]: ErrorCode.Unauthenticated,
  [AuthReason.EXPIRED_TOKEN]: ErrorCode.Unauthenticated,
  [AuthReason.REVOKED_TOKEN]: ErrorCode.Unauthenticated,
  [AuthReason.TOKEN_SCOPE]: ErrorCode.Forbidden,
  [AuthReason.SESSION_REQUIRED]: ErrorCode.Forbidden,
  [AuthReason.TOKEN_NOT_FOUND]: ErrorCode.NotFound,

  [RateLimitReason.TOO_MANY_SIGN_INS]: ErrorCode.RateLimited,
  [RateLimitReason.TOO_MANY_WRITES]: ErrorCode.RateLimited,
  [RateLimitReason.TOO_MANY_EXPENSIVE_READS]: ErrorCode.RateLimited,
  [RateLimitReason.TOO_MANY_REQUESTS]: ErrorCode.RateLimited,

  [GraphReason.IDEA_NOT_FOUND]: ErrorCode.NotFound,
  [GraphReason.LINEAGE_CYCLE]: ErrorCode.Conflict,
  [GraphReason.ALREADY_LINKED]: ErrorCode.Conflict,
  [GraphReason.NOT_AN_AUTHOR]: ErrorCode.Forbidden,
  [GraphReason.ALREADY_AUTHOR]: ErrorCode.Conflict,
  [GraphReason.NO_INVITATION]: ErrorCode.NotFound,
  [GraphReason.ROOT_RETENTION]: ErrorCode.Conflict,
  [GraphReason.MERGE_INTO_ITSELF]: ErrorCode.BadUserInput,
  [GraphReason.MERGE_INTO_MERGED]: ErrorCode.Conflict,
  [GraphReason.ALREADY_MERGED]: ErrorCode.Conflict,
  [GraphReason.MERGE_CYCLE]: ErrorCode.Conflict,
  [GraphReason.NOT_MERGED]: ErrorCode.Conflict,
  [GraphReason.UNMERGE_BLOCKED]: ErrorCode.Conflict,
  [GraphReason.IDEA_MERGED]: ErrorCode.Conflict,
  [GraphReason.IDEA_WITHDRAWN]: ErrorCode.Conflict,
  [GraphReason.NOTHING_CHANGED]: ErrorCode.BadUserInput,

  [EngagementReason.OWN_IDEA]: ErrorCode.Forbidden,
  [EngagementReason.ALREADY_ENDORSED]: ErrorCode.Conflict,
  [EngagementReason.NOT_ENDORSED]: ErrorCode.NotFound,
  [EngagementReason.COMMENT_NOT_FOUND]: ErrorCode.NotFound,

  [ScoringReason.CRITERION_NOT_FOUND]: ErrorCode.NotFound,
  [ScoringReason.CRITERION_RETIRED]: ErrorCode.Conflict,
  [ScoringReason.CRITERION_NAME]: ErrorCode.BadUserInput,
  [ScoringReason.CRITERION_DESCRIPTION]: ErrorCode.BadUserInput,
  [ScoringReason.CRITERION_WEIGHT]: ErrorCode.BadUserInput,
  [ScoringReason.NO_CRITERIA]: ErrorCode.Conflict,
  [ScoringReason.SCORE_OUT_OF_RANGE]: ErrorCode.BadUserInput,
  [ScoringReason.SCORE_MISSING]: ErrorCode.BadUserInput,
  [ScoringReason.SCORE_DUPLICATE]: ErrorCode.BadUserInput,
  [ScoringReason.SCORE_UNKNOWN_CRITERION]: ErrorCode.BadUserInput,
  [ScoringReason.NOTE_TOO_LONG]: ErrorCode.BadUserInput,
  [ReviewReason.ILLEGAL_TRANSITION]: ErrorCode.Conflict,
  [ReviewReason.ALREADY_CLAIMED]: ErrorCode.Conflict,
  [ReviewReason.NOT_CLAIMED]: ErrorCode.NotFound,
  [ReviewReason.FINAL_STATUS]: ErrorCode.Conflict,
  [EngagementReason.NOT_COMMENT_AUTHOR]: ErrorCode.Forbidden,
  [EngagementReason.COMMENT_REMOVED]: ErrorCode.Conflict,
  [EngagementReason.COMMENT_UNCHANGED]: ErrorCode.BadUserInput,
  [ModerationReason.ONE_TARGET]: ErrorCode.BadUserInput,
  [ModerationReason.FLAG_NOTE_REQUIRED]: ErrorCode.BadUserInput,
  [ModerationReason.FLAG_NOTE_TOO_LONG]: ErrorCode.BadUserInput,
  [ModerationReason.MODERATION_REASON_EMPTY]: ErrorCode.BadUserInput,
  [ModerationReason.MODERATION_REASON_TOO_LONG]: ErrorCode.BadUserInput,
  [ModerationReason.ALREADY_FLAGGED]: ErrorCode.Conflict,
  [ModerationReason.OWN_CONTENT]: ErrorCode.Forbidden,
  [ModerationReason.ALREADY_HIDDEN]: ErrorCode.Conflict,
  [ModerationReason.NOT_HIDDEN]: ErrorCode.Conflict,
  [ModerationReason.NO_OPEN_FLAGS]: ErrorCode.Conflict,
  [CampaignReason.CAMPAIGN_NOT_FOUND]: ErrorCode.NotFound,
  [CampaignReason.CAMPAIGN_CLOSED]: ErrorCode.Conflict,
  [CampaignReason.NOT_CAMPAIGN_OPENER]: ErrorCode.Forbidden,
  [CampaignReason.QUESTION_LENGTH]: ErrorCode.BadUserInput,
  [CampaignReason.DESCRIPTION_TOO_LONG]: ErrorCode.BadUserInput,
  [CampaignReason.DEADLINE_OUT_OF_RANGE]: ErrorCode.BadUserInput,
  [DeliveryReason.JOB_ID_INVALID]: ErrorCode.BadUserInput,
  [DeliveryReason.FAILED_JOB_NOT_FOUND]: ErrorCode.NotFound,
  [DeliveryReason.RETRY_TARGET]: ErrorCode.BadUserInput,
  [NotificationReason.NOTIFICATION_NOT_FOUND]: ErrorCode.NotFound,
  [NotificationReason.IDS_OR_ALL]: ErrorCode.BadUserInput,
  [NotificationReason.DUPLICATE_KIND]: ErrorCode.BadUserInput,
  [WebhookReason.WEBHOOK_NOT_FOUND]: ErrorCode.NotFound,
  [WebhookReason.WEBHOOK_DELIVERY_NOT_FOUND]: ErrorCode.NotFound,
  [WebhookReason.WEBHOOK_URL_INVALID]: ErrorCode.BadUserInput,
  [WebhookReason.WEBHOOK_URL_NOT_ALLOWED]: ErrorCode.BadUserInput,
  [WebhookReason.WEBHOOK_URL_UNRESOLVED]: ErrorCode.BadUserInput,
  [WebhookReason.WEBHOOK_EVENTS_INVALID]: ErrorCode.BadUserInput,
  [WebhookReason.WEBHOOK_DESCRIPTION_TOO_LONG]: ErrorCode.BadUserInput,
  [WebhookReason.WEBHOOK_OVERLAP_OUT_OF_RANGE]: ErrorCode.BadUserInput,
  [LiveReason.TOO_MANY_SUBSCRIPTIONS]: ErrorCode.RateLimited,
  [LiveReason.SUBSCRIPTION_OVER_HTTP]: ErrorCode.BadUserInput,
  [AuthorshipReason.SPLIT_AUTHORS]: ErrorCode.BadUserInput,
  [AuthorshipReason.SPLIT_SHARE_NOT_POSITIVE]: ErrorCode.BadUserInput,
  [AuthorshipReason.SPLIT_SUM]: ErrorCode.BadUserInput,
  [AuthorshipReason.SPLIT_LOWERS_OTHER_AUTHOR]: ErrorCode.BadUserInput,
  [AuthorshipReason.SPLIT_UNCHANGED]: ErrorCode.BadUserInput,
  [AuthorshipReason.SPLIT_SINGLE_AUTHOR]: ErrorCode.BadUserInput,
  [AuthorshipReason.SPLIT_PROPOSAL_PENDING]: ErrorCode.Conflict,
  [AuthorshipReason.NO_SPLIT_PROPOSAL]: ErrorCode.NotFound,
  [AuthorshipReason.SPLIT_ALREADY_ANSWERED]: ErrorCode.Conflict,
  [AuthorshipReason.LAST_AUTHOR]: ErrorCode.Conflict,
};

const ALL_REASONS = new Set<string>(Object.keys(REASON_CODES));

/** Whether a string is one of the reasons above (e.g. one a server sent). */
export function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && ALL_REASONS.has(value);
}
