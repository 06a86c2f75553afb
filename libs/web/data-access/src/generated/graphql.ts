/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

/** A bearer token of the acting person. Its secret is shown only once, when created. */
export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Recorded at most once a minute. */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<ApiTokenScope>;
};

/** What an API token may do: every token may read; only one with WRITE may run mutations. */
export type ApiTokenScope =
  | 'READ'
  | 'WRITE';

/** How people can sign in to this server. */
export type AuthSettings = {
  __typename?: 'AuthSettings';
  /** Whether the dev sign-in (choose any person) is enabled. */
  devSignIn: Scalars['Boolean']['output'];
  /** Dev sign-in is on and the server is reachable from other machines: anyone who can reach it can act as any person. */
  devSignInExposed: Scalars['Boolean']['output'];
};

/** One person’s part of the split between an idea’s authors (a_v in CREDIT.md), in parts per million. */
export type AuthorShare = {
  __typename?: 'AuthorShare';
  /** They left the idea and kept their share (they are no longer an author). */
  left: Scalars['Boolean']['output'];
  person: Person;
  /** Their part of the authors’ share, 0–1,000,000 ppm; an idea’s shares add up to exactly 1,000,000. */
  ppm: Scalars['Int']['output'];
};

/** One person’s part of a split between an idea’s authors. */
export type AuthorShareInput = {
  personId: Scalars['ID']['input'];
  /** Parts per million, above 0; a split’s shares add up to exactly 1,000,000. */
  ppm: Scalars['Int']['input'];
};

/** How a proposal to change the authors’ split ended. */
export type AuthorSplitOutcome =
  /** Every author consented: it is the split now. */
  | 'APPLIED'
  /** An author declined it; the split is unchanged. */
  | 'DECLINED'
  /** The authors changed (someone joined or left) before everyone consented; the split is unchanged. */
  | 'OUTDATED'
  /** Its proposer withdrew it; the split is unchanged. */
  | 'WITHDRAWN';

export type AuthorSplitPayload = {
  __typename?: 'AuthorSplitPayload';
  /** The idea as it is after the change. */
  idea: Idea;
};

/** A proposed change of the split between an idea’s authors: applied once every author consented. */
export type AuthorSplitProposal = {
  __typename?: 'AuthorSplitProposal';
  /** Authors who consented (the proposer included). */
  consentedBy: Array<Person>;
  id: Scalars['ID']['output'];
  proposedAt: Scalars['DateTime']['output'];
  proposedBy: Person;
  /** The split it would apply, in the order of the people’s ids. */
  split: Array<AuthorShare>;
  /** Whether the acting author still has to answer it. */
  viewerMustAnswer: Scalars['Boolean']['output'];
  /** Authors whose consent it still waits for. */
  waitingFor: Array<Person>;
};

/** Which ideas compete: those posted within the period. */
export type BoardPeriod =
  | 'ALL_TIME'
  | 'LAST_7_DAYS'
  | 'LAST_30_DAYS'
  | 'LAST_90_DAYS'
  | 'LAST_365_DAYS';

export type BoardRanking =
  /** Most built on (direct build-ons). */
  | 'BUILD_ONS'
  /** Most endorsed. */
  | 'ENDORSEMENTS'
  /** Recent activity: endorsements and build-ons of the last 30 days, each weighing less as it ages (half-life 7 days; a build-on counts double). */
  | 'MOMENTUM'
  /** Highest weighted reviewer score first (see IdeaScore.weighted); unscored ideas last; ties go to the newer idea. */
  | 'SCORE';

export type BuildOnInput = {
  /** Markdown. */
  body: Scalars['String']['input'];
  /** The open campaign this idea answers (CONFLICT, CAMPAIGN_CLOSED once it is closed or past its deadline). */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** The ideas this one builds on (1–10). */
  parentIds: Array<Scalars['ID']['input']>;
  /** Defaults to EXTENDS for one parent and COMBINES for several. */
  relation?: InputMaybe<Relation>;
  /** How much this builds on each parent, in the order of parentIds (any positive numbers, e.g. [70, 30]); equal when omitted. */
  split?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** Lowercase words or-dashed-phrases; at most 10. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
};

export type BuildOnPayload = {
  __typename?: 'BuildOnPayload';
  /** The idea as it is after the change. */
  idea: Idea;
};

/** A colleague on the other end of build-ons: someone whose ideas a person built on, or who built on theirs. */
export type BuildOnTie = {
  __typename?: 'BuildOnTie';
  /** How many build-ons connect the two (distinct ideas built on top). */
  buildOns: Scalars['Int']['output'];
  /** When the latest of those build-on links was made. */
  lastBuiltAt: Scalars['DateTime']['output'];
  person: Person;
};

export type BuildOnTieConnection = {
  __typename?: 'BuildOnTieConnection';
  edges: Array<BuildOnTieEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BuildOnTieEdge = {
  __typename?: 'BuildOnTieEdge';
  cursor: Scalars['String']['output'];
  node: BuildOnTie;
};

/** A question reviewers ask with a deadline; ideas answer it. */
export type Campaign = Node & {
  __typename?: 'Campaign';
  /** When it stopped taking ideas: closed early, or its deadline; null while open. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  deadline: Scalars['DateTime']['output'];
  /** The departments it asks; empty: everyone. */
  departments: Array<Department>;
  /** Markdown. */
  description: Scalars['String']['output'];
  /** Global, opaque id (Relay). */
  id: Scalars['ID']['output'];
  /** How many ideas answer it. */
  ideaCount: Scalars['Int']['output'];
  /** The ideas answering it, ranked; expand each idea’s `credit` for who holds it. */
  ideas: CampaignIdeaConnection;
  /** Whether it takes ideas now. */
  isOpen: Scalars['Boolean']['output'];
  openedAt: Scalars['DateTime']['output'];
  openedBy: Person;
  /** What it brought, once closed; null while open. */
  outcome: Maybe<CampaignOutcome>;
  question: Scalars['String']['output'];
  /** Whether the acting person may close it now (its opener or an admin, while it is open). */
  viewerCanClose: Scalars['Boolean']['output'];
};


/** A question reviewers ask with a deadline; ideas answer it. */
export type CampaignIdeasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: CampaignIdeaOrder;
};

export type CampaignConnection = {
  __typename?: 'CampaignConnection';
  edges: Array<CampaignEdge>;
  pageInfo: PageInfo;
};

/** A person’s part of the credit of a campaign’s ideas together. */
export type CampaignCreditHolder = {
  __typename?: 'CampaignCreditHolder';
  /** ppm / 10,000. */
  percent: Scalars['Float']['output'];
  person: Person;
  /** Parts per million; a campaign’s holders add up to exactly 1,000,000. */
  ppm: Scalars['Int']['output'];
  /** The exact share, 0–1: their share of each idea’s credit, summed, divided by the number of ideas. */
  share: Scalars['Float']['output'];
};

export type CampaignEdge = {
  __typename?: 'CampaignEdge';
  cursor: Scalars['String']['output'];
  node: Campaign;
};

export type CampaignIdeaConnection = {
  __typename?: 'CampaignIdeaConnection';
  edges: Array<CampaignIdeaEdge>;
  pageInfo: PageInfo;
};

export type CampaignIdeaEdge = {
  __typename?: 'CampaignIdeaEdge';
  cursor: Scalars['String']['output'];
  node: Idea;
  /** Its place in the chosen order, from 1. */
  rank: Scalars['Int']['output'];
};

export type CampaignIdeaOrder =
  /** Most built on (direct build-ons). */
  | 'BUILD_ONS'
  /** Most people holding a share of its credit (its authors and the authors of what it builds on). */
  | 'CREDIT'
  /** Most endorsed. */
  | 'ENDORSEMENTS'
  /** Most recently posted. */
  | 'NEWEST'
  /** Highest reviewer score first (unscored ideas last). */
  | 'SCORE';

/** What a closed campaign brought: its ideas by status and the people holding credit in them. */
export type CampaignOutcome = {
  __typename?: 'CampaignOutcome';
  /** Everyone holding a share of its ideas’ credit, largest first. */
  creditHolders: Array<CampaignCreditHolder>;
  ideaCount: Scalars['Int']['output'];
  /** Statuses its ideas have, in workflow order; only those with ideas. */
  ideasByStatus: Array<CampaignStatusCount>;
};

export type CampaignState =
  /** Closed early or past its deadline. Most recently ended first. */
  | 'CLOSED'
  /** Taking ideas: not closed and before its deadline. Soonest deadline first. */
  | 'OPEN';

/** How many of a closed campaign’s ideas have a status. */
export type CampaignStatusCount = {
  __typename?: 'CampaignStatusCount';
  count: Scalars['Int']['output'];
  status: IdeaStatus;
};

/** One public event of the change feed: the same envelope a webhook receives. */
export type ChangeEvent = {
  __typename?: 'ChangeEvent';
  /** The message id, as in a webhook’s `webhook-id` header (use it to skip what a webhook already brought). */
  messageId: Scalars['String']['output'];
  /** The event as JSON text: `{ "type", "timestamp", "data" }`, exactly a webhook’s body (docs/webhooks.md). */
  payload: Scalars['String']['output'];
  timestamp: Scalars['DateTime']['output'];
  /** idea.posted, idea.built_on, idea.status_changed, idea.merged, comment.created or credit.changed. */
  type: Scalars['String']['output'];
};

export type ChangeEventConnection = {
  __typename?: 'ChangeEventConnection';
  edges: Array<ChangeEventEdge>;
  pageInfo: PageInfo;
};

export type ChangeEventEdge = {
  __typename?: 'ChangeEventEdge';
  cursor: Scalars['String']['output'];
  node: ChangeEvent;
};

export type ChangeIdeaStatusInput = {
  ideaId: Scalars['ID']['input'];
  /** Markdown, required: the official answer the author reads. */
  response: Scalars['String']['input'];
  /** A legal next status (see the workflow); MERGED only through a merge. */
  status: IdeaStatus;
};

export type ChangeIdeaStatusPayload = {
  __typename?: 'ChangeIdeaStatusPayload';
  change: StatusChange;
  /** The idea as it is after the change. */
  idea: Idea;
};

export type ClaimIdeaPayload = {
  __typename?: 'ClaimIdeaPayload';
  claim: ReviewClaim;
  /** The idea as it is after the change. */
  idea: Idea;
};

export type CloseCampaignInput = {
  campaignId: Scalars['ID']['input'];
};

export type CloseCampaignPayload = {
  __typename?: 'CloseCampaignPayload';
  /** The campaign as it is after closing: its outcome is ready. */
  campaign: Campaign;
};

/** A pending invitation to co-author an idea. */
export type CoAuthorInvitation = {
  __typename?: 'CoAuthorInvitation';
  invitedAt: Scalars['DateTime']['output'];
  invitedBy: Maybe<Person>;
  person: Person;
  /** The split between the authors that accepting applies (ppm, adding up to 1,000,000), the invitee included. */
  split: Array<AuthorShare>;
};

/** What a split between an idea’s authors would do to its credit, computed by the credit engine. */
export type CoAuthorPreview = {
  __typename?: 'CoAuthorPreview';
  /** Everyone who holds a share of the idea now or with the split, largest first: the authors’ shares include what they hold through the idea’s parents and build-ons. */
  shares: Array<CoAuthorPreviewShare>;
  /** The split previewed (the authors’ part, a_v), in ppm. */
  split: Array<AuthorShare>;
};

/** One person’s share of an idea’s credit now and with the previewed split. */
export type CoAuthorPreviewShare = {
  __typename?: 'CoAuthorPreviewShare';
  /** Their share of the idea’s credit as it is now, in ppm. */
  currentPpm: Scalars['Int']['output'];
  person: Person;
  /** Their share of the idea’s credit with the split, in ppm (an idea’s shares add up to 1,000,000). */
  ppm: Scalars['Int']['output'];
};

export type CoAuthorshipPayload = {
  __typename?: 'CoAuthorshipPayload';
  /** The idea as it is after the change. */
  idea: Idea;
};

export type Comment = Node & {
  __typename?: 'Comment';
  author: Person;
  /** Markdown; null once its author removed it; empty while a moderator hides it, for everyone but its author and admins (moderation). */
  body: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** When its author last edited it; null if never. */
  editedAt: Maybe<Scalars['DateTime']['output']>;
  /** Whether a moderator hid it; the thread shows "Hidden by a moderator" in its place. */
  hidden: Scalars['Boolean']['output'];
  /** Global, opaque id (Relay). */
  id: Scalars['ID']['output'];
  idea: Idea;
  /** Why it is hidden, and its moderation history: for its author and admins; null for everyone else. */
  moderation: Maybe<ModerationNote>;
  /** The idea it was written on, when a merge moved it to this one; else null. */
  movedFrom: Maybe<Idea>;
  /** When its author removed it: it stays in the thread as a placeholder (no body) so its replies keep their place. */
  removedAt: Maybe<Scalars['DateTime']['output']>;
  /** Direct replies, oldest first. */
  replies: Array<Comment>;
  replyTo: Maybe<Comment>;
};

export type CommentInput = {
  body: Scalars['String']['input'];
  ideaId: Scalars['ID']['input'];
  /** The comment this one replies to. */
  replyToId?: InputMaybe<Scalars['ID']['input']>;
};

export type CommentPayload = {
  __typename?: 'CommentPayload';
  comment: Comment;
  /** The idea as it is after the change. */
  idea: Idea;
};

export type CommentRefInput = {
  /** A comment you wrote. */
  commentId: Scalars['ID']['input'];
};

export type CreateApiTokenInput = {
  /** Days until it expires, 1–365. */
  expiresInDays?: Scalars['Int']['input'];
  /** What the token is for, e.g. "Intranet widget". */
  name: Scalars['String']['input'];
  /** At least one; READ when omitted. */
  scopes?: Array<ApiTokenScope>;
};

export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  apiToken: ApiToken;
  /** Send as `Authorization: Bearer <token>`. Shown only now. */
  token: Scalars['String']['output'];
  viewer: Person;
};

export type CreateScoreCriterionInput = {
  /** At most 500 characters. */
  descriptionEn?: Scalars['String']['input'];
  /** At most 500 characters. */
  descriptionNl?: Scalars['String']['input'];
  /** 1–80 characters. */
  nameEn: Scalars['String']['input'];
  /** 1–80 characters. */
  nameNl: Scalars['String']['input'];
  /** 0.1–10. */
  weight?: Scalars['Float']['input'];
};

export type CreateWebhookEndpointInput = {
  /** What it is for, at most 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** At least one of idea.posted, idea.built_on, idea.status_changed, idea.merged, comment.created, credit.changed. */
  events: Array<Scalars['String']['input']>;
  /** An http:// or https:// URL, at most 2,000 characters, on a public address (the SSRF guard). */
  url: Scalars['String']['input'];
};

/** Calendar periods in UTC; weeks start on Monday. */
export type CreditHistoryInterval =
  | 'MONTH'
  | 'QUARTER'
  | 'WEEK';

/** The credit a person held at the end of one period: every idea’s credit recomputed from the record as it stood then (ideas, build-on links, accepted co-authorships and endorsements made by that moment). Shares are fractions of an idea, so `total` reads as “ideas’ worth of credit”. */
export type CreditHistoryPoint = {
  __typename?: 'CreditHistoryPoint';
  /** Trail terms of kind AUTHOR: their own ideas. */
  authored: Scalars['Float']['output'];
  /** When it was evaluated: the end of the period, or now for the current one. */
  end: Scalars['DateTime']['output'];
  /** In how many ideas they held a share. */
  ideas: Scalars['Int']['output'];
  /** Trail terms of kind INHERITED: ideas that built on theirs. */
  inherited: Scalars['Float']['output'];
  /** Trail terms of kind POOL: ideas they built on. */
  pool: Scalars['Float']['output'];
  /** The first moment of the period. */
  start: Scalars['DateTime']['output'];
  /** Σ over ideas of this person’s share: authored + inherited + pool. */
  total: Scalars['Float']['output'];
};

/** The constants of the credit model (see docs/credit-model.md). */
export type CreditModel = {
  __typename?: 'CreditModel';
  /** β: the most an idea’s extenders can hold together. */
  beta: Scalars['Float']['output'];
  /** C₀: pool weight at which the pool reaches β. */
  c0: Scalars['Float']['output'];
  /** ρ for a new build-on. */
  defaultRetention: Scalars['Float']['output'];
  /** δ: how fast a build-on’s weight decays with depth. */
  delta: Scalars['Float']['output'];
  maxRetention: Scalars['Float']['output'];
  minRetention: Scalars['Float']['output'];
  /** q₀: what an unendorsed build-on weighs. */
  q0: Scalars['Float']['output'];
  /** The model in one paragraph. */
  summary: Scalars['String']['output'];
};

/** One person’s share of an idea’s credit. */
export type CreditShare = {
  __typename?: 'CreditShare';
  /** ppm / 10,000, e.g. 23.4567. */
  percent: Scalars['Float']['output'];
  person: Person;
  /** Parts per million; the shares of an idea add up to exactly 1,000,000. */
  ppm: Scalars['Int']['output'];
  /** The exact share, 0–1. */
  share: Scalars['Float']['output'];
};

/** Why a person holds their share: terms that add up to it exactly. */
export type CreditTrail = {
  __typename?: 'CreditTrail';
  percent: Scalars['Float']['output'];
  person: Person;
  ppm: Scalars['Int']['output'];
  share: Scalars['Float']['output'];
  terms: Array<CreditTrailTerm>;
};

/** One term of a credit trail. */
export type CreditTrailTerm = {
  __typename?: 'CreditTrailTerm';
  kind: TrailTermKind;
  percent: Scalars['Float']['output'];
  /** Parts per million of the idea; a trail’s terms add up to the person’s ppm. */
  ppm: Scalars['Int']['output'];
  share: Scalars['Float']['output'];
  /** The parent (INHERITED) or build-on (POOL) the term comes through. */
  via: Maybe<Idea>;
};

/** The mean score reviewers gave an idea by one criterion. */
export type CriterionMean = {
  __typename?: 'CriterionMean';
  criterion: ScoreCriterion;
  mean: Scalars['Float']['output'];
  /** How many reviewers scored it by this criterion. */
  reviewers: Scalars['Int']['output'];
};

/** One criterion scored on a scorecard. */
export type CriterionScore = {
  __typename?: 'CriterionScore';
  criterion: ScoreCriterion;
  /** 1–5. */
  score: Scalars['Int']['output'];
};

export type CriterionScoreInput = {
  criterionId: Scalars['ID']['input'];
  /** 1–5. */
  score: Scalars['Int']['input'];
};

export type DeleteWebhookEndpointInput = {
  id: Scalars['ID']['input'];
};

export type DeleteWebhookEndpointPayload = {
  __typename?: 'DeleteWebhookEndpointPayload';
  deletedId: Scalars['ID']['output'];
};

export type Department = Node & {
  __typename?: 'Department';
  /** Global, opaque id (Relay). */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  people: PersonConnection;
};


export type DepartmentPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Response times of the ideas posted by one department’s people. */
export type DepartmentResponseTimes = {
  __typename?: 'DepartmentResponseTimes';
  department: Department;
  times: ResponseTimes;
};

export type DevSignInInput = {
  /** The person to act as. */
  personId: Scalars['ID']['input'];
};

/** A person as the dev sign-in picker shows them: only a name and a department. */
export type DevSignInPerson = {
  __typename?: 'DevSignInPerson';
  /** The name of their department. */
  departmentName: Scalars['String']['output'];
  /** The person’s id, for `devSignIn(input: { personId })`. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type DevSignInPersonConnection = {
  __typename?: 'DevSignInPersonConnection';
  edges: Array<DevSignInPersonEdge>;
  pageInfo: PageInfo;
};

export type DevSignInPersonEdge = {
  __typename?: 'DevSignInPersonEdge';
  cursor: Scalars['String']['output'];
  node: DevSignInPerson;
};

export type EditCommentInput = {
  /** Markdown. */
  body: Scalars['String']['input'];
  /** A comment you wrote. */
  commentId: Scalars['ID']['input'];
};

export type EditCommentPayload = {
  __typename?: 'EditCommentPayload';
  comment: Comment;
  /** The idea as it is after the change. */
  idea: Idea;
};

export type EditIdeaInput = {
  /** Markdown; unchanged when omitted. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** An idea you author. */
  ideaId: Scalars['ID']['input'];
  /** The full new list of tags; unchanged when omitted. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Unchanged when omitted. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type EditIdeaPayload = {
  __typename?: 'EditIdeaPayload';
  /** The idea as it is after the change. */
  idea: Idea;
};

export type EmailFrequency =
  /** One digest a day. */
  | 'DAILY'
  /** One e-mail per notification, as it happens. */
  | 'IMMEDIATELY'
  /** No e-mail. */
  | 'OFF'
  /** One digest a week. */
  | 'WEEKLY';

export type EndorsePayload = {
  __typename?: 'EndorsePayload';
  /** The idea as it is after the change. */
  idea: Idea;
};

export type Endorsement = {
  __typename?: 'Endorsement';
  createdAt: Scalars['DateTime']['output'];
  person: Person;
};

export type EndorsementConnection = {
  __typename?: 'EndorsementConnection';
  edges: Array<EndorsementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EndorsementEdge = {
  __typename?: 'EndorsementEdge';
  cursor: Scalars['String']['output'];
  node: Endorsement;
};

/** Admins: a job that used up its attempts (a dead letter). pg-boss keeps it 30 days; `retryFailedJobs` puts it back in its queue. */
export type FailedJob = {
  __typename?: 'FailedJob';
  /** Attempts made. */
  attempts: Scalars['Int']['output'];
  /** For an outbox consumer’s job: the consumer’s name. */
  consumer: Maybe<Scalars['String']['output']>;
  /** When the job was first queued. */
  createdAt: Scalars['DateTime']['output'];
  /** For an outbox consumer’s job: the event’s sequence number in the outbox. */
  eventSeq: Maybe<Scalars['String']['output']>;
  /** For an outbox consumer’s job: the event’s type, e.g. IDEA_STATUS_CHANGED. */
  eventType: Maybe<Scalars['String']['output']>;
  /** When its last attempt failed. */
  failedAt: Scalars['DateTime']['output'];
  /** The job’s id in the job queue (a UUID). */
  id: Scalars['ID']['output'];
  /** What it was, for people: the consumer, event type and outbox seq, or the queue and the ids in its data (never whole payloads). */
  label: Scalars['String']['output'];
  /** The last attempt’s error message (at most 300 characters; no stack). Empty when there was none. */
  lastError: Scalars['String']['output'];
  /** Attempts its queue allowed (an admin’s retry allows one more). */
  maxAttempts: Scalars['Int']['output'];
  /** Its queue, e.g. `outbox.notifications` (a consumer of the outbox) or `webhooks.deliver`. */
  queue: Scalars['String']['output'];
};

export type FailedJobConnection = {
  __typename?: 'FailedJobConnection';
  edges: Array<FailedJobEdge>;
  pageInfo: PageInfo;
  /** Failed jobs in all (of the queue, when one was given). */
  totalCount: Scalars['Int']['output'];
};

export type FailedJobEdge = {
  __typename?: 'FailedJobEdge';
  cursor: Scalars['String']['output'];
  node: FailedJob;
};

/** One person’s flag on an idea or a comment. */
export type Flag = {
  __typename?: 'Flag';
  createdAt: Scalars['DateTime']['output'];
  /** Who flagged it (the queue is for admins only). */
  flaggedBy: Person;
  /** What the person added (required for OTHER); may be empty. */
  note: Scalars['String']['output'];
  reason: FlagReason;
  resolution: Maybe<FlagResolution>;
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** The admin who resolved it. */
  resolvedBy: Maybe<Person>;
};

export type FlagContentInput = {
  commentId?: InputMaybe<Scalars['ID']['input']>;
  ideaId?: InputMaybe<Scalars['ID']['input']>;
  /** What is wrong, at most 1,000 characters; required for OTHER. */
  note?: InputMaybe<Scalars['String']['input']>;
  reason: FlagReason;
};

/** Why someone flagged an idea or a comment. */
export type FlagReason =
  | 'OFFENSIVE'
  | 'OFF_TOPIC'
  /** Something else; the flag’s note says what. */
  | 'OTHER'
  /** It shows personal data of someone (a name with a health issue, a phone number …). */
  | 'PERSONAL_DATA'
  | 'SPAM';

/** How an admin resolved a flag: by hiding the content, or by dismissing the flag (also when unhiding). */
export type FlagResolution =
  | 'DISMISSED'
  | 'HIDDEN';

export type FollowIdeaInput = {
  ideaId: Scalars['ID']['input'];
};

export type FollowIdeaPayload = {
  __typename?: 'FollowIdeaPayload';
  idea: Idea;
};

export type Idea = Node & {
  __typename?: 'Idea';
  /** The split between its authors (a_v in CREDIT.md), in ppm adding up to exactly 1,000,000: accepted authors, and anyone who left keeping their share. */
  authorSplit: Array<AuthorShare>;
  /** The pending proposal to change the split, for its authors; null for anyone else. */
  authorSplitProposal: Maybe<AuthorSplitProposal>;
  /** Accepted authors: the poster first, then co-authors. */
  authors: Array<Person>;
  /** Markdown; empty while a moderator hides it, for everyone but its authors and admins. */
  body: Scalars['String']['output'];
  /** How many ideas build directly on this one. */
  buildOnCount: Scalars['Int']['output'];
  /** The campaign it answers, if any. */
  campaign: Maybe<Campaign>;
  /** Ideas that build directly on this one, oldest first. */
  children: IdeaLinkConnection;
  /** The reviewer who has taken it for now, if any. */
  claim: Maybe<ReviewClaim>;
  /** Invitations to co-author that are not answered yet: all of them for its authors, only their own for an invitee, none for anyone else. */
  coAuthorInvitations: Array<CoAuthorInvitation>;
  /** Comments that can be read: placeholders of removed comments do not count. */
  commentCount: Scalars['Int']['output'];
  /** Every comment, oldest first, flat: `replyTo` gives the thread at any depth. */
  commentThread: Array<Comment>;
  /** Top-level comments, oldest first; replies hang below each. */
  comments: Array<Comment>;
  createdAt: Scalars['DateTime']['output'];
  /** Who holds this idea’s credit, and why. */
  credit: IdeaCredit;
  /** When its text was last edited; null if never. */
  editedAt: Maybe<Scalars['DateTime']['output']>;
  endorsementCount: Scalars['Int']['output'];
  /** Who endorsed it, most recent first. */
  endorsements: EndorsementConnection;
  /** When a reviewer first moved it; null while it awaits a first response. */
  firstResponseAt: Maybe<Scalars['DateTime']['output']>;
  /** Whether a moderator hid it (it stays in lineages and credit; nobody’s credit changes). */
  hidden: Scalars['Boolean']['output'];
  /** Global, opaque id (Relay). */
  id: Scalars['ID']['output'];
  /** Ancestors and/or descendants as flat nodes and edges (never nested). */
  lineage: Lineage;
  /** The merge of this idea into another one — who, when and why — or null. */
  merge: Maybe<IdeaMerge>;
  /** The duplicates merged into this idea, oldest merge first. */
  mergedFrom: Array<Idea>;
  /** The idea this one was merged into (its status is MERGED), or null. */
  mergedInto: Maybe<Idea>;
  /** Why it is hidden, and its moderation history: for its authors and admins; null for everyone else. */
  moderation: Maybe<ModerationNote>;
  /** The official answer: the latest move with its response; null while nobody has answered. */
  officialResponse: Maybe<StatusChange>;
  /** What this idea builds on (empty for an original idea). */
  parents: Array<IdeaLink>;
  /** Who posted it. */
  postedBy: Person;
  /** Retention ρ: the part of this idea that is its own (1 for an idea that builds on nothing). */
  retention: Scalars['Float']['output'];
  /** The latest retention a reviewer set on this build-on, with the reason; null if never set. */
  retentionNote: Maybe<RetentionNote>;
  /** Every version of its text, oldest first: revision 1 as posted, the last as it is now. */
  revisions: Array<IdeaRevision>;
  /** The reviewers’ aggregate score; null until someone scores it. */
  score: Maybe<IdeaScore>;
  /** Every reviewer’s scorecard, most recently saved first. Reviewers and admins only: anyone else gets an empty list (notes never reach members). */
  scorecards: Array<Scorecard>;
  status: IdeaStatus;
  /** Every move through the review workflow, oldest first. */
  statusHistory: Array<StatusChange>;
  /** None while a moderator hides it, for everyone but its authors and admins. */
  tags: Array<Scalars['String']['output']>;
  /** "Hidden by a moderator" while a moderator hides it, for everyone but its authors and admins (moderation). */
  title: Scalars['String']['output'];
  /** The last time anything visible about it changed: its text, status, comments, endorsements, build-ons, a merge or moderation. */
  updatedAt: Scalars['DateTime']['output'];
  /** This idea’s credit without its build-ons: its authors and what it built on. */
  upstreamCredit: UpstreamCredit;
  /** Whether the acting person follows it (authors, co-authors and commenters do automatically, until they unfollow). */
  viewerFollows: Scalars['Boolean']['output'];
  /** Whether the acting person endorses it. */
  viewerHasEndorsed: Scalars['Boolean']['output'];
  /** Whether the acting person is one of its authors. */
  viewerIsAuthor: Scalars['Boolean']['output'];
  /** The acting reviewer’s own scorecard of it, if they scored it. */
  viewerScorecard: Maybe<Scorecard>;
  /** Set when its authors withdrew it; null otherwise. */
  withdrawal: Maybe<IdeaWithdrawal>;
};


export type IdeaChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type IdeaEndorsementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type IdeaLineageArgs = {
  direction?: LineageDirection;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
};

/** What changed about an idea (`ideaUpdated`): a client re-reads what it shows of that part. */
export type IdeaChange =
  /** A co-author was invited, accepted or declined. */
  | 'AUTHORS'
  /** An idea built on it, or it gained a parent. */
  | 'BUILT_ON'
  /** A new comment or reply: `comment` is it. */
  | 'COMMENTED'
  /** A comment was edited, removed, hidden or shown again. */
  | 'COMMENTS'
  /** Its text changed (a new revision). */
  | 'EDITED'
  /** Its endorsements changed. */
  | 'ENDORSEMENTS'
  /** It was merged with another idea, or unmerged. */
  | 'MERGED'
  /** A moderator hid it or showed it again. */
  | 'MODERATED'
  /** It was posted. */
  | 'POSTED'
  /** Its retention changed. */
  | 'RETENTION'
  /** Its review status changed. */
  | 'STATUS'
  /** Its authors withdrew it. */
  | 'WITHDRAWN';

export type IdeaConnection = {
  __typename?: 'IdeaConnection';
  edges: Array<IdeaEdge>;
  pageInfo: PageInfo;
  /** How many ideas match, when asked for. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** The credit of an idea (S_Y): what the idea page, boards and exports show. */
export type IdeaCredit = {
  __typename?: 'IdeaCredit';
  /** B_Y: the part of this idea’s credit that went to people who built on it. */
  extenderPool: Scalars['Float']['output'];
  /** Everyone holding a share, largest first. */
  shares: Array<CreditShare>;
  /** The terms that make up one person’s share (no terms if they hold none). */
  trail: CreditTrail;
};


/** The credit of an idea (S_Y): what the idea page, boards and exports show. */
export type IdeaCreditTrailArgs = {
  personId: Scalars['ID']['input'];
};

export type IdeaEdge = {
  __typename?: 'IdeaEdge';
  cursor: Scalars['String']['output'];
  node: Idea;
};

export type IdeaFilter = {
  /** Ideas this person (co-)authored. */
  authorId?: InputMaybe<Scalars['ID']['input']>;
  /** Ideas with an author in this department. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Ideas posted at or after this time (e.g. the board’s period). */
  postedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<IdeaStatus>;
  tag?: InputMaybe<Scalars['String']['input']>;
  /** Full-text search in titles and bodies (web-search syntax: "quoted phrases", -exclusions, or). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Ideas that changed (`updatedAt`) after this time: what an integrator syncs since its last run. */
  updatedAfter?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One edge of the lineage seen from an idea: the idea at the other end, how they relate and the split. */
export type IdeaLink = {
  __typename?: 'IdeaLink';
  idea: Idea;
  relation: Relation;
  /** The share of the build-on that goes to this parent (the author’s split, normalised to sum 1). */
  split: Scalars['Float']['output'];
};

export type IdeaLinkConnection = {
  __typename?: 'IdeaLinkConnection';
  edges: Array<IdeaLinkEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IdeaLinkEdge = {
  __typename?: 'IdeaLinkEdge';
  cursor: Scalars['String']['output'];
  node: IdeaLink;
};

/** A duplicate merged into the idea kept: who merged it, when and why. */
export type IdeaMerge = {
  __typename?: 'IdeaMerge';
  at: Scalars['DateTime']['output'];
  /** The reviewer who merged them. */
  by: Person;
  duplicate: Idea;
  into: Idea;
  /** Why the reviewer merged them. */
  reason: Scalars['String']['output'];
};

export type IdeaOrder =
  | 'MOST_BUILT_ON'
  | 'MOST_ENDORSED'
  | 'NEWEST';

export type IdeaRefInput = {
  ideaId: Scalars['ID']['input'];
};

/** One version of an idea’s text: revision 1 is the original as posted, the last one is the idea as it is now. */
export type IdeaRevision = {
  __typename?: 'IdeaRevision';
  /** Markdown. */
  body: Scalars['String']['output'];
  /** When this version was saved (for revision 1: when the idea was posted). */
  editedAt: Scalars['DateTime']['output'];
  /** Who saved this version (for revision 1: who posted the idea). */
  editedBy: Person;
  number: Scalars['Int']['output'];
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** An idea’s aggregate score, visible to every signed-in person. */
export type IdeaScore = {
  __typename?: 'IdeaScore';
  /** The mean per criterion (retired criteria included when they were scored), in criterion order. */
  criteria: Array<CriterionMean>;
  /** How many reviewers scored it. */
  reviewers: Scalars['Int']['output'];
  /** On the 1–5 scale: per reviewer the weighted mean over the criteria they scored (current weights), then the mean over reviewers. */
  weighted: Scalars['Float']['output'];
};

export type IdeaStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'IMPLEMENTED'
  | 'IN_PROGRESS'
  | 'MERGED'
  | 'NEW'
  | 'UNDER_REVIEW';

/** One change of an idea, delivered live (`ideaUpdated`). */
export type IdeaUpdate = {
  __typename?: 'IdeaUpdate';
  change: IdeaChange;
  /** The new comment, for COMMENTED. */
  comment: Maybe<Comment>;
  /** The idea as it is after the change. */
  idea: Idea;
};

/** Why and by whom an idea was withdrawn. It stays in every lineage and credit trail. */
export type IdeaWithdrawal = {
  __typename?: 'IdeaWithdrawal';
  at: Scalars['DateTime']['output'];
  /** The author who withdrew it. */
  by: Person;
  /** Plain text, as the author wrote it. */
  reason: Scalars['String']['output'];
};

export type InviteCoAuthorInput = {
  ideaId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  /** The split between the authors once the invitee accepts: every author of the idea and the invitee, once each. Omitted: the invitee gets an equal share (1/n) and the others keep their proportions. Another author may be lowered only as far as making room for the invitee does (SPLIT_LOWERS_OTHER_AUTHOR). */
  split?: InputMaybe<Array<AuthorShareInput>>;
};

export type InviteCoAuthorPayload = {
  __typename?: 'InviteCoAuthorPayload';
  /** The idea as it is after the change. */
  idea: Idea;
};

/** A language Kindling speaks: the web app and e-mail. */
export type Language =
  | 'EN'
  | 'NL';

/** A place on the leadership board. */
export type LeaderboardEntry = {
  __typename?: 'LeaderboardEntry';
  idea: Idea;
  /** Recent-activity score (see BoardRanking.MOMENTUM). */
  momentum: Scalars['Float']['output'];
  rank: Scalars['Int']['output'];
};

export type LeaveIdeaInput = {
  /** Omitted: your share of the idea stays yours (you are no longer an author). REMAINING_AUTHORS: you give it to the authors who stay. */
  giveShareTo?: InputMaybe<ShareRecipient>;
  /** An idea you co-author (not as its only author). */
  ideaId: Scalars['ID']['input'];
};

export type LeaveIdeaPayload = {
  __typename?: 'LeaveIdeaPayload';
  /** The idea as it is after the change. */
  idea: Idea;
};

/** The result of checking the whole credit ledger: its hash chain, its anchors and the live tables against it. */
export type LedgerVerification = {
  __typename?: 'LedgerVerification';
  /** Entries compared with an anchor kept outside the database. */
  anchoredEntries: Scalars['Int']['output'];
  checkedEntries: Scalars['Int']['output'];
  /** The first entry that is missing, altered, unlinked, differs from its anchor, or records a fact the live tables do not hold. */
  firstBrokenSeq: Maybe<Scalars['Int']['output']>;
  /** True when every entry is present, unaltered, linked to the one before and equal to its anchor, and the live tables hold exactly what the ledger replays to. */
  intact: Scalars['Boolean']['output'];
  /** The first problem, readable. */
  problem: Maybe<Scalars['String']['output']>;
  /** Every problem found (at most 100), beginning with `problem`. */
  problems: Array<Scalars['String']['output']>;
};

/** An idea’s family as a flat graph: every idea once, and the edges among them. */
export type Lineage = {
  __typename?: 'Lineage';
  ancestorCount: Scalars['Int']['output'];
  descendantCount: Scalars['Int']['output'];
  edges: Array<LineageEdge>;
  /** The idea itself first, then its ancestors and/or descendants. */
  nodes: Array<Idea>;
};

export type LineageDirection =
  | 'ANCESTORS'
  | 'BOTH'
  | 'DESCENDANTS';

/** A build-on edge: `childId` builds on `parentId`. Ids are the nodes’ global ids. */
export type LineageEdge = {
  __typename?: 'LineageEdge';
  childId: Scalars['ID']['output'];
  parentId: Scalars['ID']['output'];
  relation: Relation;
  /** The child’s split for this parent (normalised over all its parents). */
  split: Scalars['Float']['output'];
};

export type LinkParentInput = {
  /** An idea you author. */
  ideaId: Scalars['ID']['input'];
  /** The existing idea it (also) builds on. */
  parentId: Scalars['ID']['input'];
  relation?: InputMaybe<Relation>;
};

export type LinkParentPayload = {
  __typename?: 'LinkParentPayload';
  /** The idea as it is after the change. */
  idea: Idea;
};

export type MarkNotificationsReadInput = {
  /** Every notification of the viewer. */
  all?: InputMaybe<Scalars['Boolean']['input']>;
  /** These notifications (the viewer’s own; at most 100). */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** The viewer’s unread notifications now. */
  unreadNotificationCount: Scalars['Int']['output'];
};

export type MergeIdeasInput = {
  /** The duplicate, which stays readable as merged. */
  duplicateId: Scalars['ID']['input'];
  /** The idea kept. */
  intoId: Scalars['ID']['input'];
  /** Why (required, at most 2,000 characters); shown on both ideas. */
  reason: Scalars['String']['input'];
};

export type MergeIdeasPayload = {
  __typename?: 'MergeIdeasPayload';
  /** The duplicate, now merged. */
  duplicate: Idea;
  /** The idea kept, with the union of both ideas’ authors. */
  into: Idea;
};

/** Calendar buckets in UTC; weeks start on Monday. */
export type MetricsInterval =
  | 'MONTH'
  | 'WEEK';

/** Which ideas the dashboard counts: those posted (or, for the silo map, built on) within the period. */
export type MetricsPeriod =
  | 'ALL_TIME'
  | 'LAST_30_DAYS'
  | 'LAST_90_DAYS'
  | 'LAST_365_DAYS';

export type ModerateContentInput = {
  commentId?: InputMaybe<Scalars['ID']['input']>;
  ideaId?: InputMaybe<Scalars['ID']['input']>;
  /** Why, 1–2,000 characters: the author reads it. */
  reason: Scalars['String']['input'];
};

/** A moderator’s decision on an idea or a comment, with its written reason. */
export type ModerationAction = {
  __typename?: 'ModerationAction';
  action: ModerationActionKind;
  at: Scalars['DateTime']['output'];
  /** The admin who acted: shown to admins only (an author reads the reason, not who). */
  by: Maybe<Person>;
  reason: Scalars['String']['output'];
};

export type ModerationActionKind =
  /** The open flags were dismissed without hiding. */
  | 'DISMISS'
  | 'HIDE'
  | 'UNHIDE';

/** A flagged idea or comment in the moderation queue, with its flags. */
export type ModerationItem = {
  __typename?: 'ModerationItem';
  /** The flagged comment, when the item is one. */
  comment: Maybe<Comment>;
  /** When the first of those flags was raised. */
  firstFlaggedAt: Scalars['DateTime']['output'];
  /** How many flags the list shows: the open ones (OPEN) or the resolved ones (RESOLVED). */
  flagCount: Scalars['Int']['output'];
  /** The open flags (OPEN) or the resolved ones (RESOLVED), oldest first. */
  flags: Array<Flag>;
  /** Whether the content is hidden now. */
  hidden: Scalars['Boolean']['output'];
  /** The flagged idea, or the idea the flagged comment is on. */
  idea: Idea;
  /** When the last of them was resolved (RESOLVED). */
  lastResolvedAt: Maybe<Scalars['DateTime']['output']>;
};

export type ModerationItemConnection = {
  __typename?: 'ModerationItemConnection';
  edges: Array<ModerationItemEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ModerationItemEdge = {
  __typename?: 'ModerationItemEdge';
  cursor: Scalars['String']['output'];
  node: ModerationItem;
};

/** Why an idea or a comment is hidden, and its moderation history: for its authors and admins only. */
export type ModerationNote = {
  __typename?: 'ModerationNote';
  /** When it was hidden, while hidden. */
  at: Maybe<Scalars['DateTime']['output']>;
  hidden: Scalars['Boolean']['output'];
  /** Every hide, unhide and dismissal, oldest first. */
  history: Array<ModerationAction>;
  /** The moderator’s reason, while hidden. */
  reason: Maybe<Scalars['String']['output']>;
};

export type ModerationPayload = {
  __typename?: 'ModerationPayload';
  /** The comment, when the input named one. */
  comment: Maybe<Comment>;
  /** The idea flagged or moderated, or the one the comment is on, as it is after the change. */
  idea: Idea;
};

export type ModerationQueueState =
  /** Items with open flags, the longest waiting first. */
  | 'OPEN'
  /** Items whose flags are all resolved, the most recently resolved first. */
  | 'RESOLVED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Accept an invitation to co-author, consenting to its split (`CoAuthorInvitation.split`): credit is recomputed for the idea and everything built on it. */
  acceptCoAuthorship: CoAuthorshipPayload;
  /** Post an idea that builds on one or several existing ideas. */
  buildOn: BuildOnPayload;
  /** Move an idea through the review workflow with a written response (reviewers and admins). */
  changeIdeaStatus: ChangeIdeaStatusPayload;
  /** Take an idea for a while (KINDLING_CLAIM_HOURS) so other reviewers pick another; claiming your own claim renews it. */
  claimIdea: ClaimIdeaPayload;
  /** Close an open campaign before its deadline: the reviewer who opened it, or an admin. */
  closeCampaign: CloseCampaignPayload;
  /** Comment on an idea, or reply to a comment. */
  comment: CommentPayload;
  /** A bearer token that acts as you, for scripts and intranet integrations (needs a session, not a token). */
  createApiToken: CreateApiTokenPayload;
  /** Define a criterion reviewers score ideas by (admins). */
  createScoreCriterion: ScoreCriterionPayload;
  /** Admins: register an endpoint. Its signing secret is in the payload, this once. */
  createWebhookEndpoint: WebhookEndpointSecretPayload;
  /** Decline an invitation to co-author: nothing else changes. */
  declineCoAuthorship: CoAuthorshipPayload;
  /** Admins: delete an endpoint and its delivery log; pending deliveries are dropped. */
  deleteWebhookEndpoint: DeleteWebhookEndpointPayload;
  /** Act as a person of the organisation (demo/dev servers only); starts a new session (cookie). */
  devSignIn: SignInPayload;
  /** Admins: resolve the open flags of an idea or a comment without hiding it. */
  dismissFlags: ModerationPayload;
  /** Edit a comment you wrote (not one you removed). */
  editComment: EditCommentPayload;
  /** Edit an idea you author (omitted fields stay as they are; at least one must change). Every revision is kept (`Idea.revisions`); credit does not change. */
  editIdea: EditIdeaPayload;
  /** Endorse an idea (once; not your own). */
  endorse: EndorsePayload;
  /** Flag an idea or a comment for the admins (not your own; once while your flag is open). */
  flagContent: ModerationPayload;
  /** Hear of the idea’s status, comments and build-ons. An explicit follow or unfollow is never overridden. */
  followIdea: FollowIdeaPayload;
  /** Admins: hide an idea or a comment with a reason (never deleted; it stays in lineages and credit). Resolves its open flags. */
  hideContent: ModerationPayload;
  /** Invite a colleague to co-author an idea you author, with the split between the authors that their acceptance applies (see `coAuthorPreview` for what it does to everyone’s credit). They become an author when they accept. */
  inviteCoAuthor: InviteCoAuthorPayload;
  /** Stop being an author of an idea (not as its only author). Your share of it stays yours unless you give it to the authors who stay (`giveShareTo: REMAINING_AUTHORS`). */
  leaveIdea: LeaveIdeaPayload;
  /** Record that an idea you author also builds on another existing idea. Refused with CONFLICT (LINEAGE_CYCLE) if it would close a cycle. */
  linkParent: LinkParentPayload;
  /** Marks the viewer’s notifications read: `ids` (their own, at most 100) or `all: true`. */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** Merge a duplicate into the idea kept: the kept idea’s authors become the union of both, the duplicate’s parents, build-ons, endorsements and comments move to it. Refused with CONFLICT (MERGE_CYCLE) when one builds on the other. Reviewers and admins. */
  mergeIdeas: MergeIdeasPayload;
  /** Ask a question with a deadline (reviewers and admins). Ideas answer it with `campaignId`. */
  openCampaign: OpenCampaignPayload;
  /** Post an original idea, as the acting person. */
  postIdea: PostIdeaPayload;
  /** Propose a new split between the authors of an idea you author. It applies once every other author consented (`respondToAuthorSplit`); one pending proposal per idea. */
  proposeAuthorSplit: AuthorSplitPayload;
  /** Admins: send a delivery again (same webhook-id), with a fresh round of retries. */
  redeliverWebhook: RedeliverWebhookPayload;
  /** Give up your claim on an idea. */
  releaseClaim: ReleaseClaimPayload;
  /** Remove a comment you wrote. It stays in the thread as a placeholder without its body, so replies keep their place. */
  removeComment: RemoveCommentPayload;
  /** Consent to or refuse the pending split of an idea you author; refused (or withdrawn by its proposer), the split stays as it is. The last consent applies it. */
  respondToAuthorSplit: AuthorSplitPayload;
  /** Retire a criterion (admins): it takes no new scores; the scores given by it keep counting. */
  retireScoreCriterion: ScoreCriterionPayload;
  /** Admins: put failed jobs back in their queues, by id (all or none) or all (of a queue). */
  retryFailedJobs: RetryFailedJobsPayload;
  /** Revokes one of your API tokens at once; it can never act again. */
  revokeApiToken: RevokeApiTokenPayload;
  /** Admins: a new signing secret, in the payload this once; the old one keeps signing beside it for `overlapHours`. */
  rotateWebhookSecret: WebhookEndpointSecretPayload;
  /** Score an idea by every active criterion (reviewers and admins); replaces your earlier scorecard of it. */
  scoreIdea: ScoreIdeaPayload;
  /** Set how original a build-on is (its retention ρ, within the credit model’s bounds) with a written reason; its credit and everything built on it is recomputed. Reviewers and admins. */
  setRetention: SetRetentionPayload;
  /** Ends this browser's session on the server and clears its cookie. */
  signOut: SignOutPayload;
  /** Ends every session of the acting person, on every device (needs a session, not a token). */
  signOutEverywhere: SignOutEverywherePayload;
  unendorse: EndorsePayload;
  /** Stop hearing of the idea as a follower (authors still hear what concerns their idea); commenting again does not follow it again. */
  unfollowIdea: FollowIdeaPayload;
  /** Admins: show hidden content again, with a reason. Dismisses its open flags. */
  unhideContent: ModerationPayload;
  /** Undo a merge exactly: everything returns to how it was before it. Refused with CONFLICT (UNMERGE_BLOCKED) when a later write depends on the merge; the message says which. Reviewers and admins. */
  unmergeIdea: UnmergeIdeaPayload;
  /** Sets the e-mail frequency and, per kind, the channels; what is left out stays as it is. */
  updateNotificationPreferences: UpdateNotificationPreferencesPayload;
  /** Change a criterion’s names, descriptions or weight (admins); a new weight re-weighs every scorecard. */
  updateScoreCriterion: ScoreCriterionPayload;
  /** Stores the language you read Kindling in: e-mail to you comes in it, and when you chose it, a new device starts in it. */
  updateViewerLanguage: UpdateViewerLanguagePayload;
  /** Admins: change an endpoint’s URL, events or description, or turn it off and on. */
  updateWebhookEndpoint: WebhookEndpointPayload;
  /** Withdraw an idea you author, with a reason. It stays in every lineage and credit trail (nobody’s credit changes) but can no longer be endorsed, built on, linked as a parent or edited. */
  withdrawIdea: WithdrawIdeaPayload;
};


export type MutationAcceptCoAuthorshipArgs = {
  input: IdeaRefInput;
};


export type MutationBuildOnArgs = {
  input: BuildOnInput;
};


export type MutationChangeIdeaStatusArgs = {
  input: ChangeIdeaStatusInput;
};


export type MutationClaimIdeaArgs = {
  input: IdeaRefInput;
};


export type MutationCloseCampaignArgs = {
  input: CloseCampaignInput;
};


export type MutationCommentArgs = {
  input: CommentInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateScoreCriterionArgs = {
  input: CreateScoreCriterionInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDeclineCoAuthorshipArgs = {
  input: IdeaRefInput;
};


export type MutationDeleteWebhookEndpointArgs = {
  input: DeleteWebhookEndpointInput;
};


export type MutationDevSignInArgs = {
  input: DevSignInInput;
};


export type MutationDismissFlagsArgs = {
  input: ModerateContentInput;
};


export type MutationEditCommentArgs = {
  input: EditCommentInput;
};


export type MutationEditIdeaArgs = {
  input: EditIdeaInput;
};


export type MutationEndorseArgs = {
  input: IdeaRefInput;
};


export type MutationFlagContentArgs = {
  input: FlagContentInput;
};


export type MutationFollowIdeaArgs = {
  input: FollowIdeaInput;
};


export type MutationHideContentArgs = {
  input: ModerateContentInput;
};


export type MutationInviteCoAuthorArgs = {
  input: InviteCoAuthorInput;
};


export type MutationLeaveIdeaArgs = {
  input: LeaveIdeaInput;
};


export type MutationLinkParentArgs = {
  input: LinkParentInput;
};


export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


export type MutationMergeIdeasArgs = {
  input: MergeIdeasInput;
};


export type MutationOpenCampaignArgs = {
  input: OpenCampaignInput;
};


export type MutationPostIdeaArgs = {
  input: PostIdeaInput;
};


export type MutationProposeAuthorSplitArgs = {
  input: ProposeAuthorSplitInput;
};


export type MutationRedeliverWebhookArgs = {
  input: RedeliverWebhookInput;
};


export type MutationReleaseClaimArgs = {
  input: IdeaRefInput;
};


export type MutationRemoveCommentArgs = {
  input: CommentRefInput;
};


export type MutationRespondToAuthorSplitArgs = {
  input: RespondToAuthorSplitInput;
};


export type MutationRetireScoreCriterionArgs = {
  input: RetireScoreCriterionInput;
};


export type MutationRetryFailedJobsArgs = {
  input: RetryFailedJobsInput;
};


export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};


export type MutationRotateWebhookSecretArgs = {
  input: RotateWebhookSecretInput;
};


export type MutationScoreIdeaArgs = {
  input: ScoreIdeaInput;
};


export type MutationSetRetentionArgs = {
  input: SetRetentionInput;
};


export type MutationUnendorseArgs = {
  input: IdeaRefInput;
};


export type MutationUnfollowIdeaArgs = {
  input: FollowIdeaInput;
};


export type MutationUnhideContentArgs = {
  input: ModerateContentInput;
};


export type MutationUnmergeIdeaArgs = {
  input: UnmergeIdeaInput;
};


export type MutationUpdateNotificationPreferencesArgs = {
  input: UpdateNotificationPreferencesInput;
};


export type MutationUpdateScoreCriterionArgs = {
  input: UpdateScoreCriterionInput;
};


export type MutationUpdateViewerLanguageArgs = {
  input: UpdateViewerLanguageInput;
};


export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
};


export type MutationWithdrawIdeaArgs = {
  input: WithdrawIdeaInput;
};

export type Node = {
  /** Global, opaque id (Relay). */
  id: Scalars['ID']['output'];
};

/** Something that happened that the viewer hears of (see NotificationKind for what each kind carries). */
export type Notification = Node & {
  __typename?: 'Notification';
  /** COAUTHOR_ANSWERED: whether the invitation was accepted. */
  accepted: Maybe<Scalars['Boolean']['output']>;
  /** How many people acted (endorsements fold several). */
  actorCount: Scalars['Int']['output'];
  /** Who acted, the first 10 (see actorCount). */
  actors: Array<Person>;
  /** AUTHOR_SPLIT_PROPOSED: whether the proposal is still open and waits for your consent (null for other kinds). */
  awaitsYourAnswer: Maybe<Scalars['Boolean']['output']>;
  /** CREDIT_CHANGED: the latest cause, an event type (BUILT_ON, PARENT_LINKED, COAUTHOR_ACCEPTED, RETENTION_SET, MERGED, UNMERGED, ENDORSED, AUTHOR_SPLIT_CHANGED, AUTHOR_LEFT). */
  cause: Maybe<Scalars['String']['output']>;
  /** CREDIT_CHANGED: the idea whose change moved the share (e.g. the build-on). */
  causeIdea: Maybe<Idea>;
  /** BUILT_ON: the new build-on. */
  childIdea: Maybe<Idea>;
  /** COMMENTED, REPLIED, MODERATED (a comment): the comment. */
  comment: Maybe<Comment>;
  createdAt: Scalars['DateTime']['output'];
  /** CREDIT_CHANGED: the share before the day’s first move. */
  creditFrom: Maybe<NotificationShare>;
  /** CREDIT_CHANGED: the share now. */
  creditTo: Maybe<NotificationShare>;
  /** STATUS_CHANGED: the status before. */
  fromStatus: Maybe<IdeaStatus>;
  /** Global, opaque id (Relay). */
  id: Scalars['ID']['output'];
  /** The idea it is about (null for WEBHOOK_DISABLED). */
  idea: Maybe<Idea>;
  /** MERGED: the idea it was merged into. */
  intoIdea: Maybe<Idea>;
  kind: NotificationKind;
  /** AUTHOR_LEFT: whether the leaver gave their share to the authors who stay (else they keep it). */
  leaverGaveShare: Maybe<Scalars['Boolean']['output']>;
  /** MODERATED: hidden or unhidden. */
  moderationAction: Maybe<NotificationModerationAction>;
  /** Where the web app shows it: the idea (`/ideas/<id>`), a comment (`#comment-<id>`), the new build-on, the idea’s authors card (`#authors-title`), the webhook admin page. */
  path: Scalars['String']['output'];
  read: Scalars['Boolean']['output'];
  readAt: Maybe<Scalars['DateTime']['output']>;
  /** RETENTION_CHANGED, MODERATED, WEBHOOK_DISABLED: why. */
  reason: Maybe<Scalars['String']['output']>;
  /** STATUS_CHANGED: the reviewer’s response (markdown). */
  response: Maybe<Scalars['String']['output']>;
  /** RETENTION_CHANGED: the retention set. */
  retention: Maybe<Scalars['Float']['output']>;
  /** The viewer’s share of the idea when it happened (kinds that tell the trail); null for followers who hold none. */
  share: Maybe<NotificationShare>;
  /** AUTHOR_SPLIT_PROPOSED: your share of the authors’ split when it was proposed. */
  splitFrom: Maybe<NotificationShare>;
  /** AUTHOR_SPLIT_DECIDED: how the proposal ended. */
  splitOutcome: Maybe<AuthorSplitOutcome>;
  /** AUTHOR_SPLIT_PROPOSED: your share under the proposal; AUTHOR_SPLIT_DECIDED (applied) and AUTHOR_LEFT: your share of the split now. */
  splitTo: Maybe<NotificationShare>;
  /** STATUS_CHANGED: the status set. */
  toStatus: Maybe<IdeaStatus>;
  /** The latest event folded in (the list’s order). */
  updatedAt: Scalars['DateTime']['output'];
  /** WEBHOOK_DISABLED: the endpoint’s URL. */
  webhookUrl: Maybe<Scalars['String']['output']>;
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

export type NotificationKind =
  /** A co-author (the actor) left the idea: `leaverGaveShare` says whether their share went to the authors who stay; `splitTo` is yours now. */
  | 'AUTHOR_LEFT'
  /** A proposed split was decided (`splitOutcome`); when applied, `splitTo` is your share of the split now. */
  | 'AUTHOR_SPLIT_DECIDED'
  /** A co-author proposed a new split between the authors that needs your consent: your share `splitFrom` → `splitTo`; `awaitsYourAnswer` while it is open. */
  | 'AUTHOR_SPLIT_PROPOSED'
  /** Someone built on your idea (or one you follow): `childIdea`. */
  | 'BUILT_ON'
  /** Someone answered your co-author invitation (`accepted`). */
  | 'COAUTHOR_ANSWERED'
  /** You are invited to co-author the idea. */
  | 'COAUTHOR_INVITED'
  /** A comment on an idea you wrote or follow. */
  | 'COMMENTED'
  /** Your share of the idea moved by at least 0.1 percentage point: one row per idea and day, from `creditFrom` to `creditTo`. */
  | 'CREDIT_CHANGED'
  /** Colleagues endorsed your idea: one row per idea while unread, `actorCount` of them. */
  | 'ENDORSED'
  /** An idea you hold credit in was merged into another (`intoIdea`). */
  | 'MERGED'
  /** A moderator hid (told to its authors only) or unhid an idea or comment you hold credit in. */
  | 'MODERATED'
  /** A reply to your comment. */
  | 'REPLIED'
  /** A reviewer set how original a build-on you hold credit in is (`retention`, `reason`). */
  | 'RETENTION_CHANGED'
  /** An idea you hold credit in (or follow) changed status, with the reviewer’s response. */
  | 'STATUS_CHANGED'
  /** Admins: a webhook endpoint was disabled (`webhookUrl`, `reason`). */
  | 'WEBHOOK_DISABLED';

/** One kind of notification and the channels it goes out on for the viewer. */
export type NotificationKindPreference = {
  __typename?: 'NotificationKindPreference';
  /** Sent by e-mail (at the e-mail frequency). */
  email: Scalars['Boolean']['output'];
  /** Shown in the notification centre and counted on the bell. */
  inApp: Scalars['Boolean']['output'];
  kind: NotificationKind;
};

export type NotificationKindPreferenceInput = {
  email: Scalars['Boolean']['input'];
  inApp: Scalars['Boolean']['input'];
  kind: NotificationKind;
};

/** What a moderator did. */
export type NotificationModerationAction =
  | 'HIDDEN'
  | 'UNHIDDEN';

/** How the viewer hears of things: per kind and channel, and how often e-mail comes. */
export type NotificationPreferences = {
  __typename?: 'NotificationPreferences';
  emailFrequency: EmailFrequency;
  /** Every kind, the defaults filled in. */
  kinds: Array<NotificationKindPreference>;
};

/** A share of an idea, in parts per million and percent. */
export type NotificationShare = {
  __typename?: 'NotificationShare';
  /** ppm / 10,000, e.g. 4.2. */
  percent: Scalars['Float']['output'];
  ppm: Scalars['Int']['output'];
};

export type OpenCampaignInput = {
  /** When it stops taking ideas: in the future, at most a year away. */
  deadline: Scalars['DateTime']['input'];
  /** The departments it asks (shown, and highlighted for their people); empty: everyone. Anyone may answer. */
  departmentIds: Array<Scalars['ID']['input']>;
  /** Markdown, at most 20,000 characters. */
  description: Scalars['String']['input'];
  /** The question asked, 5–200 characters. */
  question: Scalars['String']['input'];
};

export type OpenCampaignPayload = {
  __typename?: 'OpenCampaignPayload';
  campaign: Campaign;
};

/** How original a build-on is, by its retention ρ: below 0.4 a small refinement, below 0.7 partly new, from 0.7 mostly new. */
export type Originality =
  | 'MOSTLY_NEW'
  | 'PARTLY_NEW'
  | 'SMALL_REFINEMENT';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A contributor. */
export type Person = Node & {
  __typename?: 'Person';
  active: Scalars['Boolean']['output'];
  /** The ideas this person (co-)authored that build on others, newest first. */
  buildOns: IdeaConnection;
  /** Colleagues who built on this person’s ideas, most build-ons first. */
  builtOnBy: BuildOnTieConnection;
  /** The ideas in which this person holds a share, largest share first. */
  credit: PersonCreditConnection;
  /** The credit this person held at the end of each of the last `periods` periods, oldest first; the last one is now. */
  creditHistory: Array<CreditHistoryPoint>;
  department: Department;
  /** Their work e-mail address; only for signed-in colleagues. */
  email: Scalars['String']['output'];
  /** Global, opaque id (Relay). */
  id: Scalars['ID']['output'];
  /** How many ideas this person (co-)authors that are listed (neither hidden nor withdrawn). */
  ideaCount: Scalars['Int']['output'];
  /** Ideas this person (co-)authored, newest first. */
  ideas: IdeaConnection;
  /** The language e-mail and the web app use for this person: only your own (null for anyone else). */
  language: Maybe<Language>;
  /** Whether you chose `language` with the switch: only your own (null for anyone else). */
  languageChosen: Maybe<Scalars['Boolean']['output']>;
  name: Scalars['String']['output'];
  /** Colleagues whose ideas this person built on, most build-ons first. */
  peopleBuiltOn: BuildOnTieConnection;
  /** What they may do beyond posting and building on ideas; only for signed-in colleagues. */
  role: PersonRole;
  title: Scalars['String']['output'];
  /** The viewer’s unread notifications (the bell); null on anyone but the acting person. */
  unreadNotificationCount: Maybe<Scalars['Int']['output']>;
};


/** A contributor. */
export type PersonBuildOnsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A contributor. */
export type PersonBuiltOnByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A contributor. */
export type PersonCreditArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A contributor. */
export type PersonCreditHistoryArgs = {
  interval?: CreditHistoryInterval;
  periods?: Scalars['Int']['input'];
};


/** A contributor. */
export type PersonIdeasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A contributor. */
export type PersonPeopleBuiltOnArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
};

export type PersonCreditConnection = {
  __typename?: 'PersonCreditConnection';
  edges: Array<PersonIdeaCreditEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

/** A person’s share of one idea. */
export type PersonIdeaCredit = {
  __typename?: 'PersonIdeaCredit';
  idea: Idea;
  percent: Scalars['Float']['output'];
  ppm: Scalars['Int']['output'];
  share: Scalars['Float']['output'];
};

export type PersonIdeaCreditEdge = {
  __typename?: 'PersonIdeaCreditEdge';
  cursor: Scalars['String']['output'];
  node: PersonIdeaCredit;
};

/** What a person may do beyond posting and building on ideas. */
export type PersonRole =
  | 'ADMIN'
  | 'MEMBER'
  | 'REVIEWER';

export type PostIdeaInput = {
  /** Markdown. */
  body: Scalars['String']['input'];
  /** The open campaign this idea answers (CONFLICT, CAMPAIGN_CLOSED once it is closed or past its deadline). */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** Lowercase words or-dashed-phrases; at most 10. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
};

export type PostIdeaPayload = {
  __typename?: 'PostIdeaPayload';
  /** The idea as it is after the change. */
  idea: Idea;
};

export type ProposeAuthorSplitInput = {
  /** An idea you author, with at least one other author. */
  ideaId: Scalars['ID']['input'];
  /** The new split: every author of the idea (and anyone who left keeping a share), once each. */
  split: Array<AuthorShareInput>;
};

export type Query = {
  __typename?: 'Query';
  /** The acting person's API tokens, newest first, revoked and expired ones included. */
  apiTokens: Array<ApiToken>;
  authSettings: AuthSettings;
  /** Open campaigns (soonest deadline first) or closed ones (most recently ended first). */
  campaigns: CampaignConnection;
  /** What changed since your last sync: the public events (as webhooks send them) about what you may see, oldest first. Keep `pageInfo.endCursor` and pass it as `after` next time. */
  changes: ChangeEventConnection;
  /** What a split between an idea’s authors would make of everyone’s share of its credit, before anyone sends or accepts it. With `personId`: the split after that person accepts an invitation (omitted `split`: their open invitation’s split, or the default one). Without: a new split of the current authors (`proposeAuthorSplit`). Refused like the mutations when the split does not fit; null for an idea that does not exist. */
  coAuthorPreview: Maybe<CoAuthorPreview>;
  /** How credit is computed: the model’s constants. */
  creditModel: CreditModel;
  /** Admins: every job queue with its queued, active and failed jobs and the age of its oldest queued job. */
  deliveryHealth: Array<QueueHealth>;
  /** All departments, alphabetically. */
  departments: Array<Department>;
  /** People to act as, by name (dev sign-in only; FORBIDDEN when it is off). */
  devSignInPeople: DevSignInPersonConnection;
  /** Admins: jobs that used up their attempts (dead letters), the most recently failed first. */
  failedJobs: FailedJobConnection;
  /** Ideas, filtered and ordered; `totalCount` counts all matches. */
  ideas: IdeaConnection;
  /** The leadership board: top ideas ranked, with filters; expand each idea’s `credit` for its trail. */
  leaderboard: Array<LeaderboardEntry>;
  /** Admins: flagged ideas and comments, one item each with its flags. */
  moderationQueue: ModerationItemConnection;
  /** Refetch any object by its global id (Relay). */
  node: Maybe<Node>;
  /** Refetch several objects by global id, in order. */
  nodes: Array<Maybe<Node>>;
  /** How the viewer hears of things, the defaults filled in. */
  notificationPreferences: NotificationPreferences;
  /** The viewer’s notifications, newest first (by the latest event folded in). Kinds switched off in the app are left out. */
  notifications: NotificationConnection;
  /** Active people, alphabetically. */
  people: PersonConnection;
  /** Time to first response against the promise, per department, per reviewer and over time; the queue’s age. Reviewers and admins. */
  reviewMetrics: ReviewMetrics;
  /** Ideas awaiting a first response, oldest first, with their due dates (reviewers and admins). */
  reviewQueue: ReviewQueueConnection;
  /** The scorecard criteria: active ones first, in the order they were defined; retired ones after them when asked. */
  scoreCriteria: Array<ScoreCriterion>;
  /** The department × department matrix of build-ons (whose ideas each department builds on) and the cross-department share over time. Reviewers and admins. */
  siloMap: SiloMap;
  /** Existing ideas like a draft (title and body as typed), in English or Dutch: build on one instead of posting a duplicate. */
  similarIdeas: Array<SimilarIdea>;
  /** Tags in use, most used first; `search` narrows to tags containing it. */
  tags: Array<TagCount>;
  /** Checks the credit ledger: anyone can check that no recorded contribution was edited or removed, and that the live tables agree with it. */
  verifyLedger: LedgerVerification;
  /** The acting person; null when signed out. */
  viewer: Maybe<Person>;
  /** Admins: one webhook endpoint; null when it does not exist. */
  webhookEndpoint: Maybe<WebhookEndpoint>;
  /** Admins: the webhook endpoints, newest first. */
  webhookEndpoints: WebhookEndpointConnection;
};


export type QueryCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: CampaignState;
};


export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCoAuthorPreviewArgs = {
  ideaId: Scalars['ID']['input'];
  personId?: InputMaybe<Scalars['ID']['input']>;
  split?: InputMaybe<Array<AuthorShareInput>>;
};


export type QueryDevSignInPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFailedJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  queue?: InputMaybe<Scalars['String']['input']>;
};


export type QueryIdeasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IdeaFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<IdeaOrder>;
};


export type QueryLeaderboardArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  period?: BoardPeriod;
  rankBy?: BoardRanking;
  status?: InputMaybe<IdeaStatus>;
};


export type QueryModerationQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<ModerationQueueState>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: Scalars['Boolean']['input'];
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReviewMetricsArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  period?: MetricsPeriod;
};


export type QueryReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryScoreCriteriaArgs = {
  includeRetired?: Scalars['Boolean']['input'];
};


export type QuerySiloMapArgs = {
  period?: MetricsPeriod;
};


export type QuerySimilarIdeasArgs = {
  body?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  title: Scalars['String']['input'];
};


export type QueryTagsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The review queue now (whatever the period): ideas still awaiting a first response. */
export type QueueAge = {
  __typename?: 'QueueAge';
  /** FRESH, DUE_SOON, OVERDUE, in that order. */
  bands: Array<QueueAgeBand>;
  count: Scalars['Int']['output'];
  /** When the longest-waiting idea was posted. */
  oldestPostedAt: Maybe<Scalars['DateTime']['output']>;
  /** How long the longest-waiting idea has waited, in hours. */
  oldestWaitingHours: Maybe<Scalars['Float']['output']>;
};

/** Ideas awaiting a first response whose age lies in [fromDays, toDays). */
export type QueueAgeBand = {
  __typename?: 'QueueAgeBand';
  band: QueueAgeBandName;
  count: Scalars['Int']['output'];
  fromDays: Scalars['Float']['output'];
  /** Null: no upper bound. */
  toDays: Maybe<Scalars['Float']['output']>;
};

export type QueueAgeBandName =
  /** From half the promise to the promise. */
  | 'DUE_SOON'
  /** Younger than half the promise. */
  | 'FRESH'
  /** Older than the promise. */
  | 'OVERDUE';

/** Admins: the state of one job queue, for the deliveries page and for monitoring. */
export type QueueHealth = {
  __typename?: 'QueueHealth';
  /** Jobs running now (a job running past its queue’s expiry counts as a failed attempt). */
  active: Scalars['Int']['output'];
  /** Dead letters: jobs that used up their attempts. */
  failed: Scalars['Int']['output'];
  /** When the oldest queued job was queued; null when none waits. */
  oldestQueuedAt: Maybe<Scalars['DateTime']['output']>;
  /** Its age in seconds, by the database’s clock. */
  oldestQueuedSeconds: Maybe<Scalars['Int']['output']>;
  queue: Scalars['String']['output'];
  /** Jobs waiting to run (new, or waiting for their next attempt). */
  queued: Scalars['Int']['output'];
  /** Of the queued jobs, those waiting for a retry after a failed attempt. */
  retrying: Scalars['Int']['output'];
};

export type RedeliverWebhookInput = {
  deliveryId: Scalars['ID']['input'];
};

export type RedeliverWebhookPayload = {
  __typename?: 'RedeliverWebhookPayload';
  delivery: WebhookDelivery;
};

/** How a build-on relates to what it builds on. */
export type Relation =
  /** Joins two or more ideas into one. */
  | 'COMBINES'
  /** Takes the idea further. */
  | 'EXTENDS'
  /** Sharpens or corrects the idea. */
  | 'REFINES';

export type ReleaseClaimPayload = {
  __typename?: 'ReleaseClaimPayload';
  /** The idea as it is after the change. */
  idea: Idea;
};

export type RemoveCommentPayload = {
  __typename?: 'RemoveCommentPayload';
  comment: Comment;
  /** The idea as it is after the change. */
  idea: Idea;
};

export type RespondToAuthorSplitInput = {
  /** true consents; false refuses it (or, from its proposer, withdraws it): the split stays as it is. */
  accept: Scalars['Boolean']['input'];
  /** The idea whose pending split proposal you answer. */
  ideaId: Scalars['ID']['input'];
};

/** Time to first response of a set of ideas: from posting to the first status move with its written response. Median and p90 are over the answered ideas (percentile_cont, interpolated), in hours. */
export type ResponseTimes = {
  __typename?: 'ResponseTimes';
  /** Of those, ideas with a first response. */
  answered: Scalars['Int']['output'];
  /** Of the due ideas, those answered within the promise. */
  answeredInTime: Scalars['Int']['output'];
  /** Ideas whose promise is due: answered, or unanswered and older than the promise. */
  due: Scalars['Int']['output'];
  /** Ideas posted. */
  ideas: Scalars['Int']['output'];
  /** Median hours to the first response; null when none was answered. */
  medianHours: Maybe<Scalars['Float']['output']>;
  /** 90th percentile of the hours to the first response; null when none was answered. */
  p90Hours: Maybe<Scalars['Float']['output']>;
  /** answeredInTime / due (0–1); null when nothing is due yet. */
  withinPromiseShare: Maybe<Scalars['Float']['output']>;
};

/** Response times of the ideas posted in one calendar bucket. */
export type ResponseTimesBucket = {
  __typename?: 'ResponseTimesBucket';
  /** The first moment after it. */
  end: Scalars['DateTime']['output'];
  /** The first moment of the bucket (UTC). */
  start: Scalars['DateTime']['output'];
  times: ResponseTimes;
};

/** The retention a reviewer set on a build-on, with the reason. */
export type RetentionNote = {
  __typename?: 'RetentionNote';
  at: Scalars['DateTime']['output'];
  /** The reviewer who set it. */
  by: Person;
  /** The label the retention falls under. */
  originality: Originality;
  reason: Scalars['String']['output'];
  retention: Scalars['Float']['output'];
};

export type RetireScoreCriterionInput = {
  criterionId: Scalars['ID']['input'];
};

/** Either `ids` (at most 100), or `all: true` with an optional `queue`. */
export type RetryFailedJobsInput = {
  /** Every failed job (of `queue`, when given). */
  all?: InputMaybe<Scalars['Boolean']['input']>;
  /** These failed jobs; if one is unknown or not failed, none is retried. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  queue?: InputMaybe<Scalars['String']['input']>;
};

export type RetryFailedJobsPayload = {
  __typename?: 'RetryFailedJobsPayload';
  /** How many failed jobs were put back in their queues. */
  retried: Scalars['Int']['output'];
};

/** A reviewer has taken an idea for a while, so others pick another; it expires by itself. */
export type ReviewClaim = {
  __typename?: 'ReviewClaim';
  /** The reviewer holding the claim. */
  by: Person;
  claimedAt: Scalars['DateTime']['output'];
  /** After this, anyone may claim it. */
  expiresAt: Scalars['DateTime']['output'];
};

/** How fast reviewers answer: response times against the promise, and the queue’s age. */
export type ReviewMetrics = {
  __typename?: 'ReviewMetrics';
  /** By the poster’s department, alphabetically; departments that posted in the period. */
  byDepartment: Array<DepartmentResponseTimes>;
  /** By the reviewer who gave the first response, most answers first. */
  byReviewer: Array<ReviewerResponseTimes>;
  /** The department filter: ideas posted by its people. */
  department: Maybe<Department>;
  /** All ideas posted in the period. */
  firstResponse: ResponseTimes;
  interval: MetricsInterval;
  /** By the week or month the ideas were posted, oldest first, empty buckets included. */
  overTime: Array<ResponseTimesBucket>;
  period: MetricsPeriod;
  /** The promise: a first response within this many days of posting (KINDLING_RESPONSE_DAYS). */
  promiseDays: Scalars['Int']['output'];
  queue: QueueAge;
};

export type ReviewQueueConnection = {
  __typename?: 'ReviewQueueConnection';
  edges: Array<ReviewQueueEdge>;
  /** How many of the ideas matching the department filter are overdue (whatever overdueOnly says). */
  overdueCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  /** How many ideas match the filters. */
  totalCount: Scalars['Int']['output'];
};

export type ReviewQueueEdge = {
  __typename?: 'ReviewQueueEdge';
  cursor: Scalars['String']['output'];
  node: ReviewQueueItem;
};

/** An idea awaiting its first response, with the response promise. */
export type ReviewQueueItem = {
  __typename?: 'ReviewQueueItem';
  /** Who has taken it, unless nobody (or the claim expired). */
  claim: Maybe<ReviewClaim>;
  /** When the first response is due: posted + KINDLING_RESPONSE_DAYS. */
  dueAt: Scalars['DateTime']['output'];
  idea: Idea;
  /** Whether the due date has passed. */
  overdue: Scalars['Boolean']['output'];
  postedAt: Scalars['DateTime']['output'];
};

/** Response times of the ideas one reviewer gave the first response to. */
export type ReviewerResponseTimes = {
  __typename?: 'ReviewerResponseTimes';
  answered: Scalars['Int']['output'];
  /** Of those, answered within the promise. */
  answeredInTime: Scalars['Int']['output'];
  medianHours: Scalars['Float']['output'];
  p90Hours: Scalars['Float']['output'];
  reviewer: Person;
};

export type RevokeApiTokenInput = {
  tokenId: Scalars['ID']['input'];
};

export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  apiToken: ApiToken;
};

export type RotateWebhookSecretInput = {
  id: Scalars['ID']['input'];
  /** Hours (0–168) during which the old secret keeps signing beside the new one. */
  overlapHours?: InputMaybe<Scalars['Int']['input']>;
};

/** What reviewers score ideas by, on a scale of 1–5. Both languages are given; the client picks one. */
export type ScoreCriterion = Node & {
  __typename?: 'ScoreCriterion';
  descriptionEn: Scalars['String']['output'];
  descriptionNl: Scalars['String']['output'];
  /** Global, opaque id (Relay). */
  id: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameNl: Scalars['String']['output'];
  /** When it was retired: it takes no new scores, but the scores given by it keep counting. */
  retiredAt: Maybe<Scalars['DateTime']['output']>;
  /** How much it counts in the weighted score (0.1–10). */
  weight: Scalars['Float']['output'];
};

export type ScoreCriterionPayload = {
  __typename?: 'ScoreCriterionPayload';
  criterion: ScoreCriterion;
};

export type ScoreIdeaInput = {
  ideaId: Scalars['ID']['input'];
  /** Markdown, at most 5,000 characters; seen by reviewers and admins only. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Every active criterion exactly once. */
  scores: Array<CriterionScoreInput>;
};

export type ScoreIdeaPayload = {
  __typename?: 'ScoreIdeaPayload';
  /** The idea as it is after the change. */
  idea: Idea;
  /** The acting reviewer’s scorecard as saved. */
  scorecard: Scorecard;
};

/** One reviewer’s scores of an idea, with their note. Only reviewers and admins see scorecards. */
export type Scorecard = {
  __typename?: 'Scorecard';
  id: Scalars['ID']['output'];
  /** Markdown; empty when the reviewer left none. */
  note: Scalars['String']['output'];
  reviewer: Person;
  scores: Array<CriterionScore>;
  /** When the reviewer last saved it (a new scorecard replaces the old one). */
  updatedAt: Scalars['DateTime']['output'];
};

export type SetRetentionInput = {
  /** A build-on. */
  ideaId: Scalars['ID']['input'];
  /** Why (required, at most 2,000 characters); shown on the idea page. */
  reason: Scalars['String']['input'];
  /** Its retention ρ, within the credit model’s bounds (creditModel: minRetention … maxRetention). */
  retention: Scalars['Float']['input'];
};

export type SetRetentionPayload = {
  __typename?: 'SetRetentionPayload';
  /** The idea as it is after the change. */
  idea: Idea;
};

/** Who gets the share of an author who leaves. */
export type ShareRecipient =
  /** The authors who stay, in proportion to their shares. */
  | 'REMAINING_AUTHORS';

export type SignInPayload = {
  __typename?: 'SignInPayload';
  viewer: Person;
};

export type SignOutEverywherePayload = {
  __typename?: 'SignOutEverywherePayload';
  /** How many sessions ended, this one included. */
  sessionsEnded: Scalars['Int']['output'];
  signedOut: Scalars['Boolean']['output'];
};

export type SignOutPayload = {
  __typename?: 'SignOutPayload';
  signedOut: Scalars['Boolean']['output'];
};

/** Build-ons in one calendar bucket (by when the build-on was posted). */
export type SiloBucket = {
  __typename?: 'SiloBucket';
  buildOns: Scalars['Int']['output'];
  /** Build-ons on an idea posted in another department. */
  crossDepartment: Scalars['Int']['output'];
  /** crossDepartment / buildOns (0–1); null without build-ons. */
  crossDepartmentShare: Maybe<Scalars['Float']['output']>;
  end: Scalars['DateTime']['output'];
  start: Scalars['DateTime']['output'];
};

/** Build-ons from ideas posted by one department’s people on ideas posted by another’s (or the same). */
export type SiloCell = {
  __typename?: 'SiloCell';
  count: Scalars['Int']['output'];
  /** The department of the build-on’s poster. */
  from: Department;
  /** The department of the poster of the idea built on. */
  to: Department;
};

/** Who builds on whose ideas, department by department: island culture made visible. */
export type SiloMap = {
  __typename?: 'SiloMap';
  /** Build-on links whose build-on was posted in the period. */
  buildOns: Scalars['Int']['output'];
  /** The matrix’s non-empty cells, by `departments` order of from, then to. */
  cells: Array<SiloCell>;
  crossDepartment: Scalars['Int']['output'];
  /** crossDepartment / buildOns (0–1); null without build-ons. */
  crossDepartmentShare: Maybe<Scalars['Float']['output']>;
  /** Every department, alphabetically: the matrix’s rows and columns. */
  departments: Array<Department>;
  interval: MetricsInterval;
  /** Oldest first, empty buckets included. */
  overTime: Array<SiloBucket>;
  period: MetricsPeriod;
};

/** An existing idea that resembles a draft. */
export type SimilarIdea = {
  __typename?: 'SimilarIdea';
  idea: Idea;
  /** Higher is more alike; only the order is meaningful. */
  score: Scalars['Float']['output'];
};

/** One move of an idea through the review workflow, with the written response: the official answer at that moment. */
export type StatusChange = {
  __typename?: 'StatusChange';
  at: Scalars['DateTime']['output'];
  /** The reviewer who made the move. */
  by: Person;
  /** The status before the move. */
  fromStatus: IdeaStatus;
  id: Scalars['ID']['output'];
  /** Markdown: why, and what happens next. */
  response: Scalars['String']['output'];
  /** The status the move set. */
  status: IdeaStatus;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Every later change of the idea (over graphql-ws on /graphql): the idea as it is now and what changed. Missed while disconnected? Re-read the idea. */
  ideaUpdated: IdeaUpdate;
  /** Each notification of the signed-in person as it is made or folds in a new event (the bell). After a reconnect, refetch `notifications` and the unread count. */
  notificationAdded: Notification;
};


export type SubscriptionIdeaUpdatedArgs = {
  id: Scalars['ID']['input'];
};

/** A tag and how many ideas carry it. */
export type TagCount = {
  __typename?: 'TagCount';
  ideaCount: Scalars['Int']['output'];
  tag: Scalars['String']['output'];
};

export type TrailTermKind =
  /** Own authorship of this idea. */
  | 'AUTHOR'
  /** Inherited through a parent this idea builds on (`via`); drill into that parent’s upstreamCredit trail. */
  | 'INHERITED'
  /** The extender pool: a share for a build-on (`via`) the person authored below this idea. */
  | 'POOL';

export type UnmergeIdeaInput = {
  /** The merged duplicate. */
  ideaId: Scalars['ID']['input'];
};

export type UnmergeIdeaPayload = {
  __typename?: 'UnmergeIdeaPayload';
  /** The former duplicate, restored. */
  idea: Idea;
  /** The idea it had been merged into, as before the merge. */
  into: Idea;
};

export type UpdateNotificationPreferencesInput = {
  /** Unchanged when left out. */
  emailFrequency?: InputMaybe<EmailFrequency>;
  /** The kinds to set; the others stay as they are. */
  kinds?: InputMaybe<Array<NotificationKindPreferenceInput>>;
};

export type UpdateNotificationPreferencesPayload = {
  __typename?: 'UpdateNotificationPreferencesPayload';
  notificationPreferences: NotificationPreferences;
};

/** The fields given replace the criterion’s; the others stay. */
export type UpdateScoreCriterionInput = {
  criterionId: Scalars['ID']['input'];
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  descriptionNl?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameNl?: InputMaybe<Scalars['String']['input']>;
  weight?: InputMaybe<Scalars['Float']['input']>;
};

export type UpdateViewerLanguageInput = {
  /** true: you chose it (a new device starts in it); false: the language your browser shows, for e-mail, which never replaces a choice. */
  chosen?: Scalars['Boolean']['input'];
  /** The language e-mail and the web app use for you (the switch in the header stores it). */
  language: Language;
};

export type UpdateViewerLanguagePayload = {
  __typename?: 'UpdateViewerLanguagePayload';
  viewer: Person;
};

export type UpdateWebhookEndpointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Turning an endpoint back on clears why it was off. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  events?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Upstream credit (u_v): the idea and everything it built on, without its build-ons. Drill target of INHERITED terms. */
export type UpstreamCredit = {
  __typename?: 'UpstreamCredit';
  shares: Array<CreditShare>;
  trail: CreditTrail;
};


/** Upstream credit (u_v): the idea and everything it built on, without its build-ons. Drill target of INHERITED terms. */
export type UpstreamCreditTrailArgs = {
  personId: Scalars['ID']['input'];
};

/** One event sent (or to be sent) to one endpoint, with the outcome of its latest attempt. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far (redeliveries included). */
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** The public event, e.g. comment.created. */
  eventType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** Why the latest attempt failed, briefly (e.g. "HTTP 503", "connection refused"). */
  lastError: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the latest attempt; null when it got no response. */
  lastResponseCode: Maybe<Scalars['Int']['output']>;
  /** Its `webhook-id` header: the same on every attempt and redelivery. */
  messageId: Scalars['String']['output'];
  /** When the next retry is due, while PENDING. */
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

export type WebhookDeliveryStatus =
  /** The endpoint was disabled before it went out. */
  | 'CANCELLED'
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** No 2xx by the last retry, or 410 Gone. */
  | 'FAILED'
  /** Waiting for its first attempt or its next retry. */
  | 'PENDING'
  /** What it is about was hidden by a moderator before it went out: it is not sent. */
  | 'WITHHELD';

export type WebhookDisabledReason =
  /** An admin turned it off. */
  | 'ADMIN'
  /** A delivery failed past its last retry (about three days). */
  | 'FAILING'
  /** It answered 410 Gone. */
  | 'GONE';

/** Admins: where Kindling POSTs signed events (Standard Webhooks). Its secret is shown only when created or rotated. */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  createdAt: Scalars['DateTime']['output'];
  /** Its deliveries, newest first (read one endpoint at a time). */
  deliveries: WebhookDeliveryConnection;
  description: Scalars['String']['output'];
  disabledAt: Maybe<Scalars['DateTime']['output']>;
  /** Why it is off; null while enabled. */
  disabledReason: Maybe<WebhookDisabledReason>;
  enabled: Scalars['Boolean']['output'];
  /** The events it receives, e.g. idea.posted. */
  events: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** After a rotation: until when the previous secret signs too. */
  previousSecretUntil: Maybe<Scalars['DateTime']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
};


/** Admins: where Kindling POSTs signed events (Standard Webhooks). Its secret is shown only when created or rotated. */
export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  edges: Array<WebhookEndpointEdge>;
  pageInfo: PageInfo;
};

export type WebhookEndpointEdge = {
  __typename?: 'WebhookEndpointEdge';
  cursor: Scalars['String']['output'];
  node: WebhookEndpoint;
};

export type WebhookEndpointPayload = {
  __typename?: 'WebhookEndpointPayload';
  endpoint: WebhookEndpoint;
};

export type WebhookEndpointSecretPayload = {
  __typename?: 'WebhookEndpointSecretPayload';
  endpoint: WebhookEndpoint;
  /** The signing secret, `whsec_…`: shown this once, never again. */
  secret: Scalars['String']['output'];
};

export type WithdrawIdeaInput = {
  /** An idea you author. */
  ideaId: Scalars['ID']['input'];
  /** Why, in plain text (1–2,000 characters); shown on the idea. */
  reason: Scalars['String']['input'];
};

export type WithdrawIdeaPayload = {
  __typename?: 'WithdrawIdeaPayload';
  /** The idea as it is after the change. */
  idea: Idea;
};

export type PeopleSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PeopleSearchQuery = { __typename?: 'Query', people: { __typename?: 'PersonConnection', edges: Array<{ __typename?: 'PersonEdge', cursor: string, node: { __typename?: 'Person', id: string, name: string, title: string, department: { __typename?: 'Department', id: string, name: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type UpdateViewerLanguageMutationVariables = Exact<{
  input: UpdateViewerLanguageInput;
}>;


export type UpdateViewerLanguageMutation = { __typename?: 'Mutation', updateViewerLanguage: { __typename?: 'UpdateViewerLanguagePayload', viewer: { __typename?: 'Person', id: string, language: Language | null } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Person', id: string, name: string, email: string, title: string, role: PersonRole, language: Language | null, languageChosen: boolean | null, department: { __typename?: 'Department', id: string, name: string } } | null, authSettings: { __typename?: 'AuthSettings', devSignIn: boolean, devSignInExposed: boolean } };

export type DevSignInMutationVariables = Exact<{
  input: DevSignInInput;
}>;


export type DevSignInMutation = { __typename?: 'Mutation', devSignIn: { __typename?: 'SignInPayload', viewer: { __typename?: 'Person', id: string, name: string } } };

export type DevSignInPeopleQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DevSignInPeopleQuery = { __typename?: 'Query', devSignInPeople: { __typename?: 'DevSignInPersonConnection', edges: Array<{ __typename?: 'DevSignInPersonEdge', cursor: string, node: { __typename?: 'DevSignInPerson', id: string, name: string, departmentName: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: { __typename?: 'SignOutPayload', signedOut: boolean } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { __typename?: 'Query', apiTokens: Array<{ __typename?: 'ApiToken', id: string, name: string, scopes: Array<ApiTokenScope>, createdAt: string, lastUsedAt: string | null, expiresAt: string, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { __typename?: 'Mutation', createApiToken: { __typename?: 'CreateApiTokenPayload', token: string, apiToken: { __typename?: 'ApiToken', id: string, name: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type RevokeApiTokenMutation = { __typename?: 'Mutation', revokeApiToken: { __typename?: 'RevokeApiTokenPayload', apiToken: { __typename?: 'ApiToken', id: string, revokedAt: string | null } } };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { __typename?: 'Mutation', signOutEverywhere: { __typename?: 'SignOutEverywherePayload', signedOut: boolean, sessionsEnded: number } };

export type BoardRow_IdeaFragment = (
  { __typename?: 'Idea', id: string, title: string, status: IdeaStatus, createdAt: string, endorsementCount: number, buildOnCount: number, score: { __typename?: 'IdeaScore', weighted: number, reviewers: number } | null, authors: Array<{ __typename?: 'Person', id: string, name: string, department: { __typename?: 'Department', id: string, name: string } }> }
  & { ' $fragmentRefs'?: { 'CreditPanel_IdeaFragment': CreditPanel_IdeaFragment } }
) & { ' $fragmentName'?: 'BoardRow_IdeaFragment' };

export type BoardQueryVariables = Exact<{
  filter?: InputMaybe<IdeaFilter>;
  orderBy?: InputMaybe<IdeaOrder>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BoardQuery = { __typename?: 'Query', ideas: { __typename?: 'IdeaConnection', totalCount: number | null, edges: Array<{ __typename?: 'IdeaEdge', cursor: string, node: (
        { __typename?: 'Idea' }
        & { ' $fragmentRefs'?: { 'BoardRow_IdeaFragment': BoardRow_IdeaFragment } }
      ) }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type BoardLeaderboardQueryVariables = Exact<{
  rankBy: BoardRanking;
  period: BoardPeriod;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<IdeaStatus>;
}>;


export type BoardLeaderboardQuery = { __typename?: 'Query', leaderboard: Array<{ __typename?: 'LeaderboardEntry', rank: number, idea: (
      { __typename?: 'Idea' }
      & { ' $fragmentRefs'?: { 'BoardRow_IdeaFragment': BoardRow_IdeaFragment } }
    ) }> };

export type CampaignQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  orderBy: CampaignIdeaOrder;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CampaignQuery = { __typename?: 'Query', node:
    | { __typename?: 'Campaign', id: string, question: string, description: string, deadline: string, openedAt: string, closedAt: string | null, isOpen: boolean, ideaCount: number, viewerCanClose: boolean, openedBy: { __typename?: 'Person', id: string, name: string }, departments: Array<{ __typename?: 'Department', id: string, name: string }>, ideas: { __typename?: 'CampaignIdeaConnection', edges: Array<{ __typename?: 'CampaignIdeaEdge', cursor: string, rank: number, node: (
            { __typename?: 'Idea', id: string, title: string, status: IdeaStatus, endorsementCount: number, buildOnCount: number }
            & { ' $fragmentRefs'?: { 'CreditPanel_IdeaFragment': CreditPanel_IdeaFragment } }
          ) }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, outcome: { __typename?: 'CampaignOutcome', ideaCount: number, ideasByStatus: Array<{ __typename?: 'CampaignStatusCount', status: IdeaStatus, count: number }>, creditHolders: Array<{ __typename?: 'CampaignCreditHolder', ppm: number, percent: number, person: { __typename?: 'Person', id: string, name: string, department: { __typename?: 'Department', id: string, name: string } } }> } | null }
    | { __typename?: 'Comment' }
    | { __typename?: 'Department' }
    | { __typename?: 'Idea' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Person' }
    | { __typename?: 'ScoreCriterion' }
   | null };

export type CloseCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseCampaignMutation = { __typename?: 'Mutation', closeCampaign: { __typename?: 'CloseCampaignPayload', campaign: { __typename?: 'Campaign', id: string, isOpen: boolean, closedAt: string | null, viewerCanClose: boolean } } };

export type CampaignsQueryVariables = Exact<{
  state: CampaignState;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CampaignsQuery = { __typename?: 'Query', campaigns: { __typename?: 'CampaignConnection', edges: Array<{ __typename?: 'CampaignEdge', cursor: string, node: { __typename?: 'Campaign', id: string, question: string, deadline: string, closedAt: string | null, isOpen: boolean, ideaCount: number, departments: Array<{ __typename?: 'Department', id: string, name: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type OpenCampaignMutationVariables = Exact<{
  input: OpenCampaignInput;
}>;


export type OpenCampaignMutation = { __typename?: 'Mutation', openCampaign: { __typename?: 'OpenCampaignPayload', campaign: { __typename?: 'Campaign', id: string } } };

export type CampaignDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignDepartmentsQuery = { __typename?: 'Query', departments: Array<{ __typename?: 'Department', id: string, name: string }> };

export type DashboardQueryVariables = Exact<{
  period: MetricsPeriod;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DashboardQuery = { __typename?: 'Query', reviewMetrics: { __typename?: 'ReviewMetrics', promiseDays: number, interval: MetricsInterval, firstResponse: (
      { __typename?: 'ResponseTimes' }
      & { ' $fragmentRefs'?: { 'ResponseTimes_TimesFragment': ResponseTimes_TimesFragment } }
    ), byDepartment: Array<{ __typename?: 'DepartmentResponseTimes', department: { __typename?: 'Department', id: string, name: string }, times: (
        { __typename?: 'ResponseTimes' }
        & { ' $fragmentRefs'?: { 'ResponseTimes_TimesFragment': ResponseTimes_TimesFragment } }
      ) }>, byReviewer: Array<{ __typename?: 'ReviewerResponseTimes', answered: number, medianHours: number, p90Hours: number, answeredInTime: number, reviewer: { __typename?: 'Person', id: string, name: string } }>, overTime: Array<{ __typename?: 'ResponseTimesBucket', start: string, times: (
        { __typename?: 'ResponseTimes' }
        & { ' $fragmentRefs'?: { 'ResponseTimes_TimesFragment': ResponseTimes_TimesFragment } }
      ) }>, queue: { __typename?: 'QueueAge', count: number, oldestWaitingHours: number | null, bands: Array<{ __typename?: 'QueueAgeBand', band: QueueAgeBandName, fromDays: number, toDays: number | null, count: number }> } }, siloMap: { __typename?: 'SiloMap', interval: MetricsInterval, buildOns: number, crossDepartment: number, crossDepartmentShare: number | null, departments: Array<{ __typename?: 'Department', id: string, name: string }>, cells: Array<{ __typename?: 'SiloCell', count: number, from: { __typename?: 'Department', id: string }, to: { __typename?: 'Department', id: string } }>, overTime: Array<{ __typename?: 'SiloBucket', start: string, buildOns: number, crossDepartment: number, crossDepartmentShare: number | null }> } };

export type ResponseTimes_TimesFragment = { __typename?: 'ResponseTimes', ideas: number, answered: number, medianHours: number | null, p90Hours: number | null, due: number, answeredInTime: number, withinPromiseShare: number | null } & { ' $fragmentName'?: 'ResponseTimes_TimesFragment' };

export type FeedAuthorNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FeedAuthorNameQuery = { __typename?: 'Query', node:
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Comment', id: string }
    | { __typename?: 'Department', id: string }
    | { __typename?: 'Idea', id: string }
    | { __typename?: 'Notification', id: string }
    | { __typename?: 'Person', name: string, id: string }
    | { __typename?: 'ScoreCriterion', id: string }
   | null };

export type ComposeOpenCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type ComposeOpenCampaignsQuery = { __typename?: 'Query', campaigns: { __typename?: 'CampaignConnection', edges: Array<{ __typename?: 'CampaignEdge', cursor: string, node: { __typename?: 'Campaign', id: string, question: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type CoAuthors_IdeaFragment = (
  { __typename?: 'Idea', id: string, viewerIsAuthor: boolean, status: IdeaStatus, authors: Array<{ __typename?: 'Person', id: string, name: string, title: string, department: { __typename?: 'Department', id: string, name: string } }>, authorSplit: Array<{ __typename?: 'AuthorShare', ppm: number, left: boolean, person: { __typename?: 'Person', id: string, name: string } }>, coAuthorInvitations: Array<{ __typename?: 'CoAuthorInvitation', invitedAt: string, person: { __typename?: 'Person', id: string, name: string }, invitedBy: { __typename?: 'Person', id: string, name: string } | null }>, authorSplitProposal: { __typename?: 'AuthorSplitProposal', id: string, viewerMustAnswer: boolean, proposedBy: { __typename?: 'Person', id: string, name: string }, split: Array<{ __typename?: 'AuthorShare', ppm: number, person: { __typename?: 'Person', id: string, name: string } }>, waitingFor: Array<{ __typename?: 'Person', id: string, name: string }> } | null }
  & { ' $fragmentRefs'?: { 'CreditPanel_IdeaFragment': CreditPanel_IdeaFragment } }
) & { ' $fragmentName'?: 'CoAuthors_IdeaFragment' };

export type CoAuthorPreviewQueryVariables = Exact<{
  ideaId: Scalars['ID']['input'];
  personId?: InputMaybe<Scalars['ID']['input']>;
  split?: InputMaybe<Array<AuthorShareInput> | AuthorShareInput>;
}>;


export type CoAuthorPreviewQuery = { __typename?: 'Query', coAuthorPreview: { __typename?: 'CoAuthorPreview', split: Array<{ __typename?: 'AuthorShare', ppm: number, person: { __typename?: 'Person', id: string, name: string } }>, shares: Array<{ __typename?: 'CoAuthorPreviewShare', ppm: number, currentPpm: number, person: { __typename?: 'Person', id: string, name: string } }> } | null };

export type InviteCoAuthorMutationVariables = Exact<{
  input: InviteCoAuthorInput;
}>;


export type InviteCoAuthorMutation = { __typename?: 'Mutation', inviteCoAuthor: { __typename?: 'InviteCoAuthorPayload', idea: (
      { __typename?: 'Idea' }
      & { ' $fragmentRefs'?: { 'CoAuthors_IdeaFragment': CoAuthors_IdeaFragment } }
    ) } };

export type AcceptCoAuthorshipMutationVariables = Exact<{
  input: IdeaRefInput;
}>;


export type AcceptCoAuthorshipMutation = { __typename?: 'Mutation', acceptCoAuthorship: { __typename?: 'CoAuthorshipPayload', idea: (
      { __typename?: 'Idea', viewerIsAuthor: boolean }
      & { ' $fragmentRefs'?: { 'CoAuthors_IdeaFragment': CoAuthors_IdeaFragment } }
    ) } };

export type DeclineCoAuthorshipMutationVariables = Exact<{
  input: IdeaRefInput;
}>;


export type DeclineCoAuthorshipMutation = { __typename?: 'Mutation', declineCoAuthorship: { __typename?: 'CoAuthorshipPayload', idea: (
      { __typename?: 'Idea' }
      & { ' $fragmentRefs'?: { 'CoAuthors_IdeaFragment': CoAuthors_IdeaFragment } }
    ) } };

export type ProposeAuthorSplitMutationVariables = Exact<{
  input: ProposeAuthorSplitInput;
}>;


export type ProposeAuthorSplitMutation = { __typename?: 'Mutation', proposeAuthorSplit: { __typename?: 'AuthorSplitPayload', idea: (
      { __typename?: 'Idea' }
      & { ' $fragmentRefs'?: { 'CoAuthors_IdeaFragment': CoAuthors_IdeaFragment } }
    ) } };

export type RespondToAuthorSplitMutationVariables = Exact<{
  input: RespondToAuthorSplitInput;
}>;


export type RespondToAuthorSplitMutation = { __typename?: 'Mutation', respondToAuthorSplit: { __typename?: 'AuthorSplitPayload', idea: (
      { __typename?: 'Idea' }
      & { ' $fragmentRefs'?: { 'CoAuthors_IdeaFragment': CoAuthors_IdeaFragment } }
    ) } };

export type LeaveIdeaMutationVariables = Exact<{
  input: LeaveIdeaInput;
}>;


export type LeaveIdeaMutation = { __typename?: 'Mutation', leaveIdea: { __typename?: 'LeaveIdeaPayload', idea: (
      { __typename?: 'Idea', viewerIsAuthor: boolean }
      & { ' $fragmentRefs'?: { 'CoAuthors_IdeaFragment': CoAuthors_IdeaFragment } }
    ) } };

export type EditCommentMutationVariables = Exact<{
  input: EditCommentInput;
}>;


export type EditCommentMutation = { __typename?: 'Mutation', editComment: { __typename?: 'EditCommentPayload', comment: { __typename?: 'Comment', id: string, body: string | null, editedAt: string | null } } };

export type RemoveCommentMutationVariables = Exact<{
  input: CommentRefInput;
}>;


export type RemoveCommentMutation = { __typename?: 'Mutation', removeComment: { __typename?: 'RemoveCommentPayload', comment: { __typename?: 'Comment', id: string, body: string | null, removedAt: string | null }, idea: { __typename?: 'Idea', id: string, commentCount: number } } };

export type CommentThread_CommentFragment = (
  { __typename?: 'Comment', id: string, body: string | null, createdAt: string, editedAt: string | null, removedAt: string | null, author: { __typename?: 'Person', id: string, name: string }, movedFrom: { __typename?: 'Idea', id: string, title: string } | null }
  & { ' $fragmentRefs'?: { 'CommentModeration_CommentFragment': CommentModeration_CommentFragment } }
) & { ' $fragmentName'?: 'CommentThread_CommentFragment' };

export type Comments_IdeaFragment = { __typename?: 'Idea', id: string, commentCount: number, comments: Array<(
    { __typename?: 'Comment', replies: Array<(
      { __typename?: 'Comment', replies: Array<(
        { __typename?: 'Comment', replies: Array<(
          { __typename?: 'Comment', replies: Array<(
            { __typename?: 'Comment' }
            & { ' $fragmentRefs'?: { 'CommentThread_CommentFragment': CommentThread_CommentFragment } }
          )> }
          & { ' $fragmentRefs'?: { 'CommentThread_CommentFragment': CommentThread_CommentFragment } }
        )> }
        & { ' $fragmentRefs'?: { 'CommentThread_CommentFragment': CommentThread_CommentFragment } }
      )> }
      & { ' $fragmentRefs'?: { 'CommentThread_CommentFragment': CommentThread_CommentFragment } }
    )> }
    & { ' $fragmentRefs'?: { 'CommentThread_CommentFragment': CommentThread_CommentFragment } }
  )> } & { ' $fragmentName'?: 'Comments_IdeaFragment' };

export type CommentMutationVariables = Exact<{
  input: CommentInput;
}>;


export type CommentMutation = { __typename?: 'Mutation', comment: { __typename?: 'CommentPayload', comment: { __typename?: 'Comment', id: string }, idea: (
      { __typename?: 'Idea', id: string }
      & { ' $fragmentRefs'?: { 'Comments_IdeaFragment': Comments_IdeaFragment } }
    ) } };

export type ComposeCreditModelQueryVariables = Exact<{ [key: string]: never; }>;


export type ComposeCreditModelQuery = { __typename?: 'Query', creditModel: { __typename?: 'CreditModel', defaultRetention: number, beta: number } };

export type PostIdeaMutationVariables = Exact<{
  input: PostIdeaInput;
}>;


export type PostIdeaMutation = { __typename?: 'Mutation', postIdea: { __typename?: 'PostIdeaPayload', idea: { __typename?: 'Idea', id: string, title: string } } };

export type BuildOnMutationVariables = Exact<{
  input: BuildOnInput;
}>;


export type BuildOnMutation = { __typename?: 'Mutation', buildOn: { __typename?: 'BuildOnPayload', idea: { __typename?: 'Idea', id: string, title: string } } };

export type ComposeParentsQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ComposeParentsQuery = { __typename?: 'Query', nodes: Array<
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Comment', id: string }
    | { __typename?: 'Department', id: string }
    | { __typename?: 'Idea', title: string, id: string }
    | { __typename?: 'Notification', id: string }
    | { __typename?: 'Person', id: string }
    | { __typename?: 'ScoreCriterion', id: string }
   | null> };

export type ComposeInviteMutationVariables = Exact<{
  input: InviteCoAuthorInput;
}>;


export type ComposeInviteMutation = { __typename?: 'Mutation', inviteCoAuthor: { __typename?: 'InviteCoAuthorPayload', idea: { __typename?: 'Idea', id: string } } };

export type SimilarIdeasQueryVariables = Exact<{
  title: Scalars['String']['input'];
  body?: InputMaybe<Scalars['String']['input']>;
}>;


export type SimilarIdeasQuery = { __typename?: 'Query', similarIdeas: Array<{ __typename?: 'SimilarIdea', idea: { __typename?: 'Idea', id: string, title: string, authors: Array<{ __typename?: 'Person', id: string, name: string }> } }> };

export type CreditPanel_IdeaFragment = { __typename?: 'Idea', id: string, title: string, credit: { __typename?: 'IdeaCredit', extenderPool: number, shares: Array<{ __typename?: 'CreditShare', ppm: number, person: { __typename?: 'Person', id: string, name: string, department: { __typename?: 'Department', id: string, name: string } } }> } } & { ' $fragmentName'?: 'CreditPanel_IdeaFragment' };

export type Curation_IdeaFragment = { __typename?: 'Idea', id: string, title: string, status: IdeaStatus, retention: number, parents: Array<{ __typename?: 'IdeaLink', idea: { __typename?: 'Idea', id: string } }>, retentionNote: { __typename?: 'RetentionNote', retention: number, originality: Originality, reason: string, at: string, by: { __typename?: 'Person', id: string, name: string } } | null, merge: { __typename?: 'IdeaMerge', reason: string, at: string, by: { __typename?: 'Person', id: string, name: string }, into: { __typename?: 'Idea', id: string, title: string } } | null, mergedFrom: Array<{ __typename?: 'Idea', id: string, title: string }> } & { ' $fragmentName'?: 'Curation_IdeaFragment' };

export type SetRetentionMutationVariables = Exact<{
  input: SetRetentionInput;
}>;


export type SetRetentionMutation = { __typename?: 'Mutation', setRetention: { __typename?: 'SetRetentionPayload', idea: (
      { __typename?: 'Idea', id: string }
      & { ' $fragmentRefs'?: { 'Curation_IdeaFragment': Curation_IdeaFragment;'CreditPanel_IdeaFragment': CreditPanel_IdeaFragment } }
    ) } };

export type MergeIdeasMutationVariables = Exact<{
  input: MergeIdeasInput;
}>;


export type MergeIdeasMutation = { __typename?: 'Mutation', mergeIdeas: { __typename?: 'MergeIdeasPayload', duplicate: (
      { __typename?: 'Idea', id: string }
      & { ' $fragmentRefs'?: { 'Curation_IdeaFragment': Curation_IdeaFragment } }
    ), into: (
      { __typename?: 'Idea', id: string }
      & { ' $fragmentRefs'?: { 'Curation_IdeaFragment': Curation_IdeaFragment } }
    ) } };

export type UnmergeIdeaMutationVariables = Exact<{
  input: UnmergeIdeaInput;
}>;


export type UnmergeIdeaMutation = { __typename?: 'Mutation', unmergeIdea: { __typename?: 'UnmergeIdeaPayload', idea: (
      { __typename?: 'Idea', id: string }
      & { ' $fragmentRefs'?: { 'Curation_IdeaFragment': Curation_IdeaFragment } }
    ), into: (
      { __typename?: 'Idea', id: string }
      & { ' $fragmentRefs'?: { 'Curation_IdeaFragment': Curation_IdeaFragment } }
    ) } };

export type RetentionBoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type RetentionBoundsQuery = { __typename?: 'Query', creditModel: { __typename?: 'CreditModel', minRetention: number, maxRetention: number } };

export type FeedQueryVariables = Exact<{
  filter?: InputMaybe<IdeaFilter>;
  orderBy?: InputMaybe<IdeaOrder>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FeedQuery = { __typename?: 'Query', ideas: { __typename?: 'IdeaConnection', totalCount: number | null, edges: Array<{ __typename?: 'IdeaEdge', cursor: string, node: (
        { __typename?: 'Idea', id: string, tags: Array<string> }
        & { ' $fragmentRefs'?: { 'IdeaCard_IdeaFragment': IdeaCard_IdeaFragment } }
      ) }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type HowCreditWorksModelQueryVariables = Exact<{ [key: string]: never; }>;


export type HowCreditWorksModelQuery = { __typename?: 'Query', creditModel: { __typename?: 'CreditModel', beta: number, delta: number, q0: number, c0: number, defaultRetention: number, minRetention: number, maxRetention: number } };

export type HowCreditWorksIdeaQueryVariables = Exact<{
  ideaId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
}>;


export type HowCreditWorksIdeaQuery = { __typename?: 'Query', node:
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Comment', id: string }
    | { __typename?: 'Department', id: string }
    | { __typename?: 'Idea', title: string, retention: number, buildOnCount: number, id: string, authors: Array<{ __typename?: 'Person', id: string, name: string }>, parents: Array<{ __typename?: 'IdeaLink', split: number, idea: { __typename?: 'Idea', id: string, title: string, upstreamCredit: { __typename?: 'UpstreamCredit', trail: { __typename?: 'CreditTrail', ppm: number } } } }>, credit: { __typename?: 'IdeaCredit', extenderPool: number, shares: Array<{ __typename?: 'CreditShare', ppm: number, person: { __typename?: 'Person', id: string, name: string } }>, trail: { __typename?: 'CreditTrail', ppm: number, person: { __typename?: 'Person', id: string, name: string }, terms: Array<{ __typename?: 'CreditTrailTerm', kind: TrailTermKind, ppm: number, via: { __typename?: 'Idea', id: string, title: string } | null }> } } }
    | { __typename?: 'Notification', id: string }
    | { __typename?: 'Person', id: string }
    | { __typename?: 'ScoreCriterion', id: string }
   | null };

export type IdeaAuthoring_IdeaFragment = { __typename?: 'Idea', id: string, title: string, body: string, tags: Array<string>, status: IdeaStatus, viewerIsAuthor: boolean, editedAt: string | null, withdrawal: { __typename?: 'IdeaWithdrawal', reason: string, at: string, by: { __typename?: 'Person', id: string, name: string } } | null } & { ' $fragmentName'?: 'IdeaAuthoring_IdeaFragment' };

export type EditIdeaMutationVariables = Exact<{
  input: EditIdeaInput;
}>;


export type EditIdeaMutation = { __typename?: 'Mutation', editIdea: { __typename?: 'EditIdeaPayload', idea: (
      { __typename?: 'Idea', id: string, title: string, body: string, tags: Array<string> }
      & { ' $fragmentRefs'?: { 'IdeaAuthoring_IdeaFragment': IdeaAuthoring_IdeaFragment;'IdeaRevisions_IdeaFragment': IdeaRevisions_IdeaFragment } }
    ) } };

export type WithdrawIdeaMutationVariables = Exact<{
  input: WithdrawIdeaInput;
}>;


export type WithdrawIdeaMutation = { __typename?: 'Mutation', withdrawIdea: { __typename?: 'WithdrawIdeaPayload', idea: (
      { __typename?: 'Idea', id: string }
      & { ' $fragmentRefs'?: { 'IdeaAuthoring_IdeaFragment': IdeaAuthoring_IdeaFragment } }
    ) } };

export type IdeaCampaign_IdeaFragment = { __typename?: 'Idea', campaign: { __typename?: 'Campaign', id: string, question: string } | null } & { ' $fragmentName'?: 'IdeaCampaign_IdeaFragment' };

export type IdeaCard_IdeaFragment = { __typename?: 'Idea', id: string, title: string, body: string, tags: Array<string>, status: IdeaStatus, createdAt: string, endorsementCount: number, buildOnCount: number, commentCount: number, withdrawal: { __typename?: 'IdeaWithdrawal', at: string } | null, authors: Array<{ __typename?: 'Person', id: string, name: string, department: { __typename?: 'Department', id: string, name: string } }>, parents: Array<{ __typename?: 'IdeaLink', relation: Relation, idea: { __typename?: 'Idea', id: string, title: string } }> } & { ' $fragmentName'?: 'IdeaCard_IdeaFragment' };

export type DepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentsQuery = { __typename?: 'Query', departments: Array<{ __typename?: 'Department', id: string, name: string }> };

export type IdeaLiveSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IdeaLiveSubscription = { __typename?: 'Subscription', ideaUpdated: { __typename?: 'IdeaUpdate', change: IdeaChange, comment: { __typename?: 'Comment', id: string, author: { __typename?: 'Person', id: string, name: string } } | null, idea: { __typename?: 'Idea', id: string, status: IdeaStatus, endorsementCount: number, buildOnCount: number, updatedAt: string } } };

export type IdeaPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  childrenAfter?: InputMaybe<Scalars['String']['input']>;
}>;


export type IdeaPageQuery = { __typename?: 'Query', node:
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Comment', id: string }
    | { __typename?: 'Department', id: string }
    | (
      { __typename?: 'Idea', title: string, body: string, tags: Array<string>, status: IdeaStatus, createdAt: string, retention: number, endorsementCount: number, buildOnCount: number, viewerHasEndorsed: boolean, viewerIsAuthor: boolean, id: string, parents: Array<{ __typename?: 'IdeaLink', relation: Relation, split: number, idea: { __typename?: 'Idea', id: string, title: string } }>, children: { __typename?: 'IdeaLinkConnection', totalCount: number, edges: Array<{ __typename?: 'IdeaLinkEdge', cursor: string, node: { __typename?: 'IdeaLink', relation: Relation, split: number, idea: (
              { __typename?: 'Idea', id: string }
              & { ' $fragmentRefs'?: { 'IdeaCard_IdeaFragment': IdeaCard_IdeaFragment } }
            ) } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, withdrawal: { __typename?: 'IdeaWithdrawal', at: string } | null }
      & { ' $fragmentRefs'?: { 'CoAuthors_IdeaFragment': CoAuthors_IdeaFragment;'FollowButtonFragment': FollowButtonFragment;'CreditPanel_IdeaFragment': CreditPanel_IdeaFragment;'Comments_IdeaFragment': Comments_IdeaFragment;'ScoreSummary_IdeaFragment': ScoreSummary_IdeaFragment;'Scorecard_IdeaFragment': Scorecard_IdeaFragment;'Curation_IdeaFragment': Curation_IdeaFragment;'IdeaReview_IdeaFragment': IdeaReview_IdeaFragment;'IdeaAuthoring_IdeaFragment': IdeaAuthoring_IdeaFragment;'IdeaRevisions_IdeaFragment': IdeaRevisions_IdeaFragment;'IdeaModeration_IdeaFragment': IdeaModeration_IdeaFragment;'IdeaCampaign_IdeaFragment': IdeaCampaign_IdeaFragment;'LinkParent_IdeaFragment': LinkParent_IdeaFragment } }
    )
    | { __typename?: 'Notification', id: string }
    | { __typename?: 'Person', id: string }
    | { __typename?: 'ScoreCriterion', id: string }
   | null };

export type EndorseMutationVariables = Exact<{
  input: IdeaRefInput;
}>;


export type EndorseMutation = { __typename?: 'Mutation', endorse: { __typename?: 'EndorsePayload', idea: (
      { __typename?: 'Idea', id: string, viewerHasEndorsed: boolean, endorsementCount: number }
      & { ' $fragmentRefs'?: { 'CreditPanel_IdeaFragment': CreditPanel_IdeaFragment } }
    ) } };

export type UnendorseMutationVariables = Exact<{
  input: IdeaRefInput;
}>;


export type UnendorseMutation = { __typename?: 'Mutation', unendorse: { __typename?: 'EndorsePayload', idea: (
      { __typename?: 'Idea', id: string, viewerHasEndorsed: boolean, endorsementCount: number }
      & { ' $fragmentRefs'?: { 'CreditPanel_IdeaFragment': CreditPanel_IdeaFragment } }
    ) } };

export type IdeaSearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
  first: Scalars['Int']['input'];
}>;


export type IdeaSearchQuery = { __typename?: 'Query', ideas: { __typename?: 'IdeaConnection', edges: Array<{ __typename?: 'IdeaEdge', cursor: string, node: { __typename?: 'Idea', id: string, title: string, status: IdeaStatus, authors: Array<{ __typename?: 'Person', id: string, name: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type IdeaReview_IdeaFragment = { __typename?: 'Idea', id: string, title: string, status: IdeaStatus, officialResponse: { __typename?: 'StatusChange', id: string, status: IdeaStatus, response: string, at: string, by: { __typename?: 'Person', id: string, name: string } } | null, statusHistory: Array<{ __typename?: 'StatusChange', id: string, fromStatus: IdeaStatus, status: IdeaStatus, response: string, at: string, by: { __typename?: 'Person', id: string, name: string } }>, claim: { __typename?: 'ReviewClaim', expiresAt: string, by: { __typename?: 'Person', id: string, name: string } } | null } & { ' $fragmentName'?: 'IdeaReview_IdeaFragment' };

export type ChangeIdeaStatusMutationVariables = Exact<{
  input: ChangeIdeaStatusInput;
}>;


export type ChangeIdeaStatusMutation = { __typename?: 'Mutation', changeIdeaStatus: { __typename?: 'ChangeIdeaStatusPayload', idea: (
      { __typename?: 'Idea', id: string }
      & { ' $fragmentRefs'?: { 'IdeaReview_IdeaFragment': IdeaReview_IdeaFragment } }
    ) } };

export type ClaimIdeaMutationVariables = Exact<{
  input: IdeaRefInput;
}>;


export type ClaimIdeaMutation = { __typename?: 'Mutation', claimIdea: { __typename?: 'ClaimIdeaPayload', idea: (
      { __typename?: 'Idea', id: string }
      & { ' $fragmentRefs'?: { 'IdeaReview_IdeaFragment': IdeaReview_IdeaFragment } }
    ) } };

export type ReleaseClaimMutationVariables = Exact<{
  input: IdeaRefInput;
}>;


export type ReleaseClaimMutation = { __typename?: 'Mutation', releaseClaim: { __typename?: 'ReleaseClaimPayload', idea: (
      { __typename?: 'Idea', id: string }
      & { ' $fragmentRefs'?: { 'IdeaReview_IdeaFragment': IdeaReview_IdeaFragment } }
    ) } };

export type IdeaRevisions_IdeaFragment = { __typename?: 'Idea', id: string, editedAt: string | null, revisions: Array<{ __typename?: 'IdeaRevision', number: number, title: string, body: string, tags: Array<string>, editedAt: string, editedBy: { __typename?: 'Person', id: string, name: string } }> } & { ' $fragmentName'?: 'IdeaRevisions_IdeaFragment' };

export type LineageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LineageQuery = { __typename?: 'Query', node:
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Comment', id: string }
    | { __typename?: 'Department', id: string }
    | { __typename?: 'Idea', id: string, lineage: { __typename?: 'Lineage', ancestorCount: number, descendantCount: number, nodes: Array<{ __typename?: 'Idea', id: string, title: string, status: IdeaStatus, createdAt: string, endorsementCount: number, buildOnCount: number, withdrawal: { __typename?: 'IdeaWithdrawal', at: string } | null, authors: Array<{ __typename?: 'Person', id: string, name: string, department: { __typename?: 'Department', id: string, name: string } }> }>, edges: Array<{ __typename?: 'LineageEdge', parentId: string, childId: string, relation: Relation, split: number }> } }
    | { __typename?: 'Notification', id: string }
    | { __typename?: 'Person', id: string }
    | { __typename?: 'ScoreCriterion', id: string }
   | null };

export type LinkParent_IdeaFragment = { __typename?: 'Idea', id: string, status: IdeaStatus, viewerIsAuthor: boolean, withdrawal: { __typename?: 'IdeaWithdrawal', at: string } | null, parents: Array<{ __typename?: 'IdeaLink', idea: { __typename?: 'Idea', id: string } }> } & { ' $fragmentName'?: 'LinkParent_IdeaFragment' };

export type LinkParentMutationVariables = Exact<{
  input: LinkParentInput;
}>;


export type LinkParentMutation = { __typename?: 'Mutation', linkParent: { __typename?: 'LinkParentPayload', idea: { __typename?: 'Idea', id: string, parents: Array<{ __typename?: 'IdeaLink', relation: Relation, split: number, idea: { __typename?: 'Idea', id: string, title: string } }> } } };

export type IdeaModeration_IdeaFragment = { __typename?: 'Idea', id: string, title: string, hidden: boolean, viewerIsAuthor: boolean, moderation: { __typename?: 'ModerationNote', hidden: boolean, reason: string | null, at: string | null } | null } & { ' $fragmentName'?: 'IdeaModeration_IdeaFragment' };

export type CommentModeration_CommentFragment = { __typename?: 'Comment', id: string, body: string | null, hidden: boolean, author: { __typename?: 'Person', id: string }, moderation: { __typename?: 'ModerationNote', hidden: boolean, reason: string | null } | null } & { ' $fragmentName'?: 'CommentModeration_CommentFragment' };

export type FlagContentMutationVariables = Exact<{
  input: FlagContentInput;
}>;


export type FlagContentMutation = { __typename?: 'Mutation', flagContent: { __typename?: 'ModerationPayload', idea: { __typename?: 'Idea', id: string } } };

export type ScoreSummary_IdeaFragment = { __typename?: 'Idea', id: string, score: { __typename?: 'IdeaScore', weighted: number, reviewers: number } | null } & { ' $fragmentName'?: 'ScoreSummary_IdeaFragment' };

export type Scorecard_IdeaFragment = { __typename?: 'Idea', id: string, score: { __typename?: 'IdeaScore', weighted: number, reviewers: number, criteria: Array<{ __typename?: 'CriterionMean', mean: number, reviewers: number, criterion: { __typename?: 'ScoreCriterion', id: string, nameEn: string, nameNl: string, retiredAt: string | null } }> } | null, scorecards: Array<{ __typename?: 'Scorecard', id: string, note: string, updatedAt: string, reviewer: { __typename?: 'Person', id: string, name: string }, scores: Array<{ __typename?: 'CriterionScore', score: number, criterion: { __typename?: 'ScoreCriterion', id: string, nameEn: string, nameNl: string } }> }>, viewerScorecard: { __typename?: 'Scorecard', id: string, note: string, updatedAt: string, scores: Array<{ __typename?: 'CriterionScore', score: number, criterion: { __typename?: 'ScoreCriterion', id: string } }> } | null } & { ' $fragmentName'?: 'Scorecard_IdeaFragment' };

export type ScorecardCriteriaQueryVariables = Exact<{ [key: string]: never; }>;


export type ScorecardCriteriaQuery = { __typename?: 'Query', scoreCriteria: Array<{ __typename?: 'ScoreCriterion', id: string, nameEn: string, nameNl: string, descriptionEn: string, descriptionNl: string, weight: number }> };

export type ScoreIdeaMutationVariables = Exact<{
  input: ScoreIdeaInput;
}>;


export type ScoreIdeaMutation = { __typename?: 'Mutation', scoreIdea: { __typename?: 'ScoreIdeaPayload', idea: (
      { __typename?: 'Idea', id: string }
      & { ' $fragmentRefs'?: { 'Scorecard_IdeaFragment': Scorecard_IdeaFragment;'ScoreSummary_IdeaFragment': ScoreSummary_IdeaFragment } }
    ) } };

export type TrailDrill_TrailFragment = { __typename?: 'CreditTrail', ppm: number, person: { __typename?: 'Person', id: string, name: string }, terms: Array<{ __typename?: 'CreditTrailTerm', kind: TrailTermKind, ppm: number, via: { __typename?: 'Idea', id: string, title: string, endorsementCount: number, withdrawal: { __typename?: 'IdeaWithdrawal', at: string } | null } | null }> } & { ' $fragmentName'?: 'TrailDrill_TrailFragment' };

export type CreditTrailQueryVariables = Exact<{
  ideaId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  upstream: Scalars['Boolean']['input'];
}>;


export type CreditTrailQuery = { __typename?: 'Query', node:
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Comment', id: string }
    | { __typename?: 'Department', id: string }
    | { __typename?: 'Idea', title: string, id: string, postedBy: { __typename?: 'Person', id: string }, parents: Array<{ __typename?: 'IdeaLink', split: number, idea: { __typename?: 'Idea', id: string } }>, credit?: { __typename?: 'IdeaCredit', trail: (
          { __typename?: 'CreditTrail' }
          & { ' $fragmentRefs'?: { 'TrailDrill_TrailFragment': TrailDrill_TrailFragment } }
        ) }, upstreamCredit?: { __typename?: 'UpstreamCredit', trail: (
          { __typename?: 'CreditTrail' }
          & { ' $fragmentRefs'?: { 'TrailDrill_TrailFragment': TrailDrill_TrailFragment } }
        ) } }
    | { __typename?: 'Notification', id: string }
    | { __typename?: 'Person', id: string }
    | { __typename?: 'ScoreCriterion', id: string }
   | null };

export type FollowButtonFragment = { __typename?: 'Idea', id: string, viewerFollows: boolean } & { ' $fragmentName'?: 'FollowButtonFragment' };

export type FollowIdeaMutationVariables = Exact<{
  input: FollowIdeaInput;
}>;


export type FollowIdeaMutation = { __typename?: 'Mutation', followIdea: { __typename?: 'FollowIdeaPayload', idea: { __typename?: 'Idea', id: string, viewerFollows: boolean } } };

export type UnfollowIdeaMutationVariables = Exact<{
  input: FollowIdeaInput;
}>;


export type UnfollowIdeaMutation = { __typename?: 'Mutation', unfollowIdea: { __typename?: 'FollowIdeaPayload', idea: { __typename?: 'Idea', id: string, viewerFollows: boolean } } };

export type NotificationBellQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationBellQuery = { __typename?: 'Query', viewer: { __typename?: 'Person', id: string, unreadNotificationCount: number | null } | null };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { __typename?: 'Subscription', notificationAdded: { __typename?: 'Notification', id: string, read: boolean, updatedAt: string } };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { __typename?: 'Query', notificationPreferences: { __typename?: 'NotificationPreferences', emailFrequency: EmailFrequency, kinds: Array<{ __typename?: 'NotificationKindPreference', kind: NotificationKind, inApp: boolean, email: boolean }> } };

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: UpdateNotificationPreferencesInput;
}>;


export type UpdateNotificationPreferencesMutation = { __typename?: 'Mutation', updateNotificationPreferences: { __typename?: 'UpdateNotificationPreferencesPayload', notificationPreferences: { __typename?: 'NotificationPreferences', emailFrequency: EmailFrequency, kinds: Array<{ __typename?: 'NotificationKindPreference', kind: NotificationKind, inApp: boolean, email: boolean }> } } };

export type NotificationTextFragment = { __typename?: 'Notification', id: string, kind: NotificationKind, actorCount: number, toStatus: IdeaStatus | null, retention: number | null, reason: string | null, moderationAction: NotificationModerationAction | null, accepted: boolean | null, cause: string | null, webhookUrl: string | null, splitOutcome: AuthorSplitOutcome | null, leaverGaveShare: boolean | null, awaitsYourAnswer: boolean | null, actors: Array<{ __typename?: 'Person', id: string, name: string }>, share: { __typename?: 'NotificationShare', percent: number } | null, creditFrom: { __typename?: 'NotificationShare', percent: number } | null, creditTo: { __typename?: 'NotificationShare', percent: number } | null, splitFrom: { __typename?: 'NotificationShare', percent: number } | null, splitTo: { __typename?: 'NotificationShare', percent: number } | null, idea: { __typename?: 'Idea', id: string, title: string } | null, childIdea: { __typename?: 'Idea', id: string, title: string } | null, intoIdea: { __typename?: 'Idea', id: string, title: string } | null } & { ' $fragmentName'?: 'NotificationTextFragment' };

export type NotificationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  unreadOnly: Scalars['Boolean']['input'];
}>;


export type NotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', edges: Array<{ __typename?: 'NotificationEdge', cursor: string, node: (
        { __typename?: 'Notification', id: string, read: boolean, path: string, updatedAt: string, idea: { __typename?: 'Idea', id: string, title: string } | null }
        & { ' $fragmentRefs'?: { 'NotificationTextFragment': NotificationTextFragment } }
      ) }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: { __typename?: 'MarkNotificationsReadPayload', unreadNotificationCount: number } };

export type BuildOnTies_PersonFragment = { __typename?: 'Person', peopleBuiltOn: { __typename?: 'BuildOnTieConnection', totalCount: number, edges: Array<{ __typename?: 'BuildOnTieEdge', node: (
        { __typename?: 'BuildOnTie' }
        & { ' $fragmentRefs'?: { 'BuildOnTie_TieFragment': BuildOnTie_TieFragment } }
      ) }> }, builtOnBy: { __typename?: 'BuildOnTieConnection', totalCount: number, edges: Array<{ __typename?: 'BuildOnTieEdge', node: (
        { __typename?: 'BuildOnTie' }
        & { ' $fragmentRefs'?: { 'BuildOnTie_TieFragment': BuildOnTie_TieFragment } }
      ) }> } } & { ' $fragmentName'?: 'BuildOnTies_PersonFragment' };

export type BuildOnTie_TieFragment = { __typename?: 'BuildOnTie', buildOns: number, lastBuiltAt: string, person: { __typename?: 'Person', id: string, name: string, department: { __typename?: 'Department', id: string, name: string } } } & { ' $fragmentName'?: 'BuildOnTie_TieFragment' };

export type PersonCreditHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  interval: CreditHistoryInterval;
  periods: Scalars['Int']['input'];
}>;


export type PersonCreditHistoryQuery = { __typename?: 'Query', node:
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Comment', id: string }
    | { __typename?: 'Department', id: string }
    | { __typename?: 'Idea', id: string }
    | { __typename?: 'Notification', id: string }
    | { __typename?: 'Person', id: string, creditHistory: Array<{ __typename?: 'CreditHistoryPoint', start: string, end: string, total: number, authored: number, inherited: number, pool: number, ideas: number }> }
    | { __typename?: 'ScoreCriterion', id: string }
   | null };

export type PeopleDirectoryQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PeopleDirectoryQuery = { __typename?: 'Query', people: { __typename?: 'PersonConnection', edges: Array<{ __typename?: 'PersonEdge', cursor: string, node: { __typename?: 'Person', id: string, name: string, title: string, ideaCount: number, department: { __typename?: 'Department', id: string, name: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type PersonPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  ideasAfter?: InputMaybe<Scalars['String']['input']>;
  buildOnsAfter?: InputMaybe<Scalars['String']['input']>;
  creditAfter?: InputMaybe<Scalars['String']['input']>;
}>;


export type PersonPageQuery = { __typename?: 'Query', node:
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Comment', id: string }
    | { __typename?: 'Department', id: string }
    | { __typename?: 'Idea', id: string }
    | { __typename?: 'Notification', id: string }
    | (
      { __typename?: 'Person', name: string, title: string, email: string, role: PersonRole, active: boolean, id: string, department: { __typename?: 'Department', id: string, name: string }, ideas: { __typename?: 'IdeaConnection', totalCount: number | null, edges: Array<{ __typename?: 'IdeaEdge', cursor: string, node: (
            { __typename?: 'Idea', id: string }
            & { ' $fragmentRefs'?: { 'IdeaCard_IdeaFragment': IdeaCard_IdeaFragment } }
          ) }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, buildOns: { __typename?: 'IdeaConnection', totalCount: number | null, edges: Array<{ __typename?: 'IdeaEdge', cursor: string, node: (
            { __typename?: 'Idea', id: string }
            & { ' $fragmentRefs'?: { 'IdeaCard_IdeaFragment': IdeaCard_IdeaFragment } }
          ) }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } }, credit: { __typename?: 'PersonCreditConnection', totalCount: number, edges: Array<{ __typename?: 'PersonIdeaCreditEdge', cursor: string, node: { __typename?: 'PersonIdeaCredit', ppm: number, percent: number, idea: { __typename?: 'Idea', id: string, title: string, status: IdeaStatus } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } }
      & { ' $fragmentRefs'?: { 'BuildOnTies_PersonFragment': BuildOnTies_PersonFragment } }
    )
    | { __typename?: 'ScoreCriterion', id: string }
   | null };

export type CriteriaPageQueryVariables = Exact<{ [key: string]: never; }>;


export type CriteriaPageQuery = { __typename?: 'Query', scoreCriteria: Array<{ __typename?: 'ScoreCriterion', id: string, nameEn: string, nameNl: string, descriptionEn: string, descriptionNl: string, weight: number, retiredAt: string | null }> };

export type CreateScoreCriterionMutationVariables = Exact<{
  input: CreateScoreCriterionInput;
}>;


export type CreateScoreCriterionMutation = { __typename?: 'Mutation', createScoreCriterion: { __typename?: 'ScoreCriterionPayload', criterion: { __typename?: 'ScoreCriterion', id: string, nameEn: string, nameNl: string, descriptionEn: string, descriptionNl: string, weight: number, retiredAt: string | null } } };

export type UpdateScoreCriterionMutationVariables = Exact<{
  input: UpdateScoreCriterionInput;
}>;


export type UpdateScoreCriterionMutation = { __typename?: 'Mutation', updateScoreCriterion: { __typename?: 'ScoreCriterionPayload', criterion: { __typename?: 'ScoreCriterion', id: string, nameEn: string, nameNl: string, descriptionEn: string, descriptionNl: string, weight: number, retiredAt: string | null } } };

export type RetireScoreCriterionMutationVariables = Exact<{
  input: RetireScoreCriterionInput;
}>;


export type RetireScoreCriterionMutation = { __typename?: 'Mutation', retireScoreCriterion: { __typename?: 'ScoreCriterionPayload', criterion: { __typename?: 'ScoreCriterion', id: string, retiredAt: string | null } } };

export type DeliveryHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type DeliveryHealthQuery = { __typename?: 'Query', deliveryHealth: Array<{ __typename?: 'QueueHealth', queue: string, queued: number, retrying: number, active: number, failed: number, oldestQueuedAt: string | null }> };

export type FailedJobsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FailedJobsQuery = { __typename?: 'Query', failedJobs: { __typename?: 'FailedJobConnection', totalCount: number, edges: Array<{ __typename?: 'FailedJobEdge', cursor: string, node: { __typename?: 'FailedJob', id: string, queue: string, label: string, attempts: number, maxAttempts: number, createdAt: string, failedAt: string, lastError: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type RetryFailedJobsMutationVariables = Exact<{
  input: RetryFailedJobsInput;
}>;


export type RetryFailedJobsMutation = { __typename?: 'Mutation', retryFailedJobs: { __typename?: 'RetryFailedJobsPayload', retried: number } };

export type ModerationQueueQueryVariables = Exact<{
  state: ModerationQueueState;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ModerationQueueQuery = { __typename?: 'Query', moderationQueue: { __typename?: 'ModerationItemConnection', totalCount: number, edges: Array<{ __typename?: 'ModerationItemEdge', cursor: string, node: { __typename?: 'ModerationItem', flagCount: number, firstFlaggedAt: string, lastResolvedAt: string | null, hidden: boolean, idea: { __typename?: 'Idea', id: string, title: string, body: string, moderation: (
            { __typename?: 'ModerationNote' }
            & { ' $fragmentRefs'?: { 'ModerationHistory_NoteFragment': ModerationHistory_NoteFragment } }
          ) | null }, comment: { __typename?: 'Comment', id: string, body: string | null, author: { __typename?: 'Person', id: string, name: string }, moderation: (
            { __typename?: 'ModerationNote' }
            & { ' $fragmentRefs'?: { 'ModerationHistory_NoteFragment': ModerationHistory_NoteFragment } }
          ) | null } | null, flags: Array<{ __typename?: 'Flag', reason: FlagReason, note: string, createdAt: string, resolution: FlagResolution | null, flaggedBy: { __typename?: 'Person', id: string, name: string }, resolvedBy: { __typename?: 'Person', id: string, name: string } | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ModerationHistory_NoteFragment = { __typename?: 'ModerationNote', history: Array<{ __typename?: 'ModerationAction', action: ModerationActionKind, reason: string, at: string, by: { __typename?: 'Person', id: string, name: string } | null }> } & { ' $fragmentName'?: 'ModerationHistory_NoteFragment' };

export type HideContentMutationVariables = Exact<{
  input: ModerateContentInput;
}>;


export type HideContentMutation = { __typename?: 'Mutation', hideContent: { __typename?: 'ModerationPayload', idea: { __typename?: 'Idea', id: string, hidden: boolean } } };

export type UnhideContentMutationVariables = Exact<{
  input: ModerateContentInput;
}>;


export type UnhideContentMutation = { __typename?: 'Mutation', unhideContent: { __typename?: 'ModerationPayload', idea: { __typename?: 'Idea', id: string, hidden: boolean } } };

export type DismissFlagsMutationVariables = Exact<{
  input: ModerateContentInput;
}>;


export type DismissFlagsMutation = { __typename?: 'Mutation', dismissFlags: { __typename?: 'ModerationPayload', idea: { __typename?: 'Idea', id: string } } };

export type ReviewQueueQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ReviewQueueQuery = { __typename?: 'Query', reviewQueue: { __typename?: 'ReviewQueueConnection', totalCount: number, overdueCount: number, edges: Array<{ __typename?: 'ReviewQueueEdge', cursor: string, node: { __typename?: 'ReviewQueueItem', postedAt: string, dueAt: string, overdue: boolean, claim: { __typename?: 'ReviewClaim', expiresAt: string, by: { __typename?: 'Person', id: string, name: string } } | null, idea: { __typename?: 'Idea', id: string, title: string, postedBy: { __typename?: 'Person', id: string, name: string, department: { __typename?: 'Department', id: string, name: string } } } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ClaimFromQueueMutationVariables = Exact<{
  input: IdeaRefInput;
}>;


export type ClaimFromQueueMutation = { __typename?: 'Mutation', claimIdea: { __typename?: 'ClaimIdeaPayload', idea: { __typename?: 'Idea', id: string } } };

export type WebhookDeliveryFieldsFragment = { __typename?: 'WebhookDelivery', id: string, eventType: string, messageId: string, status: WebhookDeliveryStatus, attempts: number, lastResponseCode: number | null, lastError: string | null, createdAt: string, lastAttemptAt: string | null, nextAttemptAt: string | null, deliveredAt: string | null } & { ' $fragmentName'?: 'WebhookDeliveryFieldsFragment' };

export type WebhookDeliveriesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', webhookEndpoint: (
    { __typename?: 'WebhookEndpoint', deliveries: { __typename?: 'WebhookDeliveryConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'WebhookDeliveryEdge', node: (
          { __typename?: 'WebhookDelivery' }
          & { ' $fragmentRefs'?: { 'WebhookDeliveryFieldsFragment': WebhookDeliveryFieldsFragment } }
        ) }> } }
    & { ' $fragmentRefs'?: { 'WebhookEndpointFieldsFragment': WebhookEndpointFieldsFragment } }
  ) | null };

export type RedeliverWebhookMutationVariables = Exact<{
  input: RedeliverWebhookInput;
}>;


export type RedeliverWebhookMutation = { __typename?: 'Mutation', redeliverWebhook: { __typename?: 'RedeliverWebhookPayload', delivery: (
      { __typename?: 'WebhookDelivery' }
      & { ' $fragmentRefs'?: { 'WebhookDeliveryFieldsFragment': WebhookDeliveryFieldsFragment } }
    ) } };

export type WebhookEndpointFieldsFragment = { __typename?: 'WebhookEndpoint', id: string, url: string, description: string, events: Array<string>, enabled: boolean, disabledReason: WebhookDisabledReason | null, disabledAt: string | null, previousSecretUntil: string | null, createdAt: string } & { ' $fragmentName'?: 'WebhookEndpointFieldsFragment' };

export type WebhookEndpointsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookEndpointsQuery = { __typename?: 'Query', webhookEndpoints: { __typename?: 'WebhookEndpointConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'WebhookEndpointEdge', node: (
        { __typename?: 'WebhookEndpoint' }
        & { ' $fragmentRefs'?: { 'WebhookEndpointFieldsFragment': WebhookEndpointFieldsFragment } }
      ) }> } };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { __typename?: 'Mutation', createWebhookEndpoint: { __typename?: 'WebhookEndpointSecretPayload', secret: string, endpoint: (
      { __typename?: 'WebhookEndpoint' }
      & { ' $fragmentRefs'?: { 'WebhookEndpointFieldsFragment': WebhookEndpointFieldsFragment } }
    ) } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { __typename?: 'Mutation', updateWebhookEndpoint: { __typename?: 'WebhookEndpointPayload', endpoint: (
      { __typename?: 'WebhookEndpoint' }
      & { ' $fragmentRefs'?: { 'WebhookEndpointFieldsFragment': WebhookEndpointFieldsFragment } }
    ) } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  input: DeleteWebhookEndpointInput;
}>;


export type DeleteWebhookEndpointMutation = { __typename?: 'Mutation', deleteWebhookEndpoint: { __typename?: 'DeleteWebhookEndpointPayload', deletedId: string } };

export type RotateWebhookSecretMutationVariables = Exact<{
  input: RotateWebhookSecretInput;
}>;


export type RotateWebhookSecretMutation = { __typename?: 'Mutation', rotateWebhookSecret: { __typename?: 'WebhookEndpointSecretPayload', secret: string, endpoint: (
      { __typename?: 'WebhookEndpoint' }
      & { ' $fragmentRefs'?: { 'WebhookEndpointFieldsFragment': WebhookEndpointFieldsFragment } }
    ) } };

export const CreditPanel_IdeaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreditPanel_IdeaFragment, unknown>;
export const BoardRow_IdeaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardRow_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"buildOnCount"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoardRow_IdeaFragment, unknown>;
export const ResponseTimes_TimesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseTimes_times"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResponseTimes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ideas"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"medianHours"}},{"kind":"Field","name":{"kind":"Name","value":"p90Hours"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"answeredInTime"}},{"kind":"Field","name":{"kind":"Name","value":"withinPromiseShare"}}]}}]} as unknown as DocumentNode<ResponseTimes_TimesFragment, unknown>;
export const CoAuthors_IdeaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoAuthors_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorSplit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuthorInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorSplitProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"split"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerMustAnswer"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoAuthors_IdeaFragment, unknown>;
export const CommentModeration_CommentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentModeration_comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CommentModeration_CommentFragment, unknown>;
export const CommentThread_CommentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread_comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentModeration_comment"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentModeration_comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CommentThread_CommentFragment, unknown>;
export const Comments_IdeaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Comments_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentModeration_comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread_comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentModeration_comment"}}]}}]} as unknown as DocumentNode<Comments_IdeaFragment, unknown>;
export const Curation_IdeaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Curation_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retention"}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"retentionNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retention"}},{"kind":"Field","name":{"kind":"Name","value":"originality"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"merge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"into"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<Curation_IdeaFragment, unknown>;
export const IdeaAuthoring_IdeaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaAuthoring_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IdeaAuthoring_IdeaFragment, unknown>;
export const IdeaCampaign_IdeaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCampaign_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}}]} as unknown as DocumentNode<IdeaCampaign_IdeaFragment, unknown>;
export const IdeaCard_IdeaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"buildOnCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<IdeaCard_IdeaFragment, unknown>;
export const IdeaReview_IdeaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaReview_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"officialResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IdeaReview_IdeaFragment, unknown>;
export const IdeaRevisions_IdeaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaRevisions_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IdeaRevisions_IdeaFragment, unknown>;
export const LinkParent_IdeaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkParent_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LinkParent_IdeaFragment, unknown>;
export const IdeaModeration_IdeaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaModeration_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<IdeaModeration_IdeaFragment, unknown>;
export const ScoreSummary_IdeaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSummary_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"}}]}}]}}]} as unknown as DocumentNode<ScoreSummary_IdeaFragment, unknown>;
export const Scorecard_IdeaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Scorecard_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scorecards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerScorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Scorecard_IdeaFragment, unknown>;
export const TrailDrill_TrailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrailDrill_trail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditTrail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrailDrill_TrailFragment, unknown>;
export const FollowButtonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowButton"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}}]}}]} as unknown as DocumentNode<FollowButtonFragment, unknown>;
export const NotificationTextFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationText"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorCount"}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"share"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"retention"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"moderationAction"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"creditFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"splitFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"splitTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"splitOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"leaverGaveShare"}},{"kind":"Field","name":{"kind":"Name","value":"awaitsYourAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childIdea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intoIdea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<NotificationTextFragment, unknown>;
export const BuildOnTie_TieFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildOnTie_tie"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuildOnTie"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildOns"}},{"kind":"Field","name":{"kind":"Name","value":"lastBuiltAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BuildOnTie_TieFragment, unknown>;
export const BuildOnTies_PersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildOnTies_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleBuiltOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BuildOnTie_tie"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"builtOnBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BuildOnTie_tie"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildOnTie_tie"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuildOnTie"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildOns"}},{"kind":"Field","name":{"kind":"Name","value":"lastBuiltAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BuildOnTies_PersonFragment, unknown>;
export const ModerationHistory_NoteFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModerationHistory_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModerationNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ModerationHistory_NoteFragment, unknown>;
export const WebhookDeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]} as unknown as DocumentNode<WebhookDeliveryFieldsFragment, unknown>;
export const WebhookEndpointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointFieldsFragment, unknown>;
export const PeopleSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleSearchQuery, PeopleSearchQueryVariables>;
export const UpdateViewerLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateViewerLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateViewerLanguageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateViewerLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateViewerLanguageMutation, UpdateViewerLanguageMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"languageChosen"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devSignIn"}},{"kind":"Field","name":{"kind":"Name","value":"devSignInExposed"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const DevSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DevSignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DevSignInMutation, DevSignInMutationVariables>;
export const DevSignInPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevSignInPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devSignInPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DevSignInPeopleQuery, DevSignInPeopleQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const SignOutEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsEnded"}}]}}]}}]} as unknown as DocumentNode<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const BoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Board"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ideas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardRow_idea"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardRow_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"buildOnCount"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}}]} as unknown as DocumentNode<BoardQuery, BoardQueryVariables>;
export const BoardLeaderboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardLeaderboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rankBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BoardRanking"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BoardPeriod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaderboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rankBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rankBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardRow_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardRow_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"buildOnCount"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}}]} as unknown as DocumentNode<BoardLeaderboardQuery, BoardLeaderboardQueryVariables>;
export const CampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignIdeaOrder"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanClose"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"buildOnCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"ideasByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditHolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CampaignQuery, CampaignQueryVariables>;
export const CloseCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanClose"}}]}}]}}]}}]} as unknown as DocumentNode<CloseCampaignMutation, CloseCampaignMutationVariables>;
export const CampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignState"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignsQuery, CampaignsQueryVariables>;
export const OpenCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OpenCampaignMutation, OpenCampaignMutationVariables>;
export const CampaignDepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CampaignDepartmentsQuery, CampaignDepartmentsQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsPeriod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promiseDays"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseTimes_times"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseTimes_times"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byReviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"medianHours"}},{"kind":"Field","name":{"kind":"Name","value":"p90Hours"}},{"kind":"Field","name":{"kind":"Name","value":"answeredInTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseTimes_times"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"oldestWaitingHours"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"fromDays"}},{"kind":"Field","name":{"kind":"Name","value":"toDays"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"siloMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"buildOns"}},{"kind":"Field","name":{"kind":"Name","value":"crossDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"crossDepartmentShare"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"buildOns"}},{"kind":"Field","name":{"kind":"Name","value":"crossDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"crossDepartmentShare"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseTimes_times"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResponseTimes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ideas"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"medianHours"}},{"kind":"Field","name":{"kind":"Name","value":"p90Hours"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"answeredInTime"}},{"kind":"Field","name":{"kind":"Name","value":"withinPromiseShare"}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const FeedAuthorNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedAuthorName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FeedAuthorNameQuery, FeedAuthorNameQueryVariables>;
export const ComposeOpenCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComposeOpenCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ComposeOpenCampaignsQuery, ComposeOpenCampaignsQueryVariables>;
export const CoAuthorPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoAuthorPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"split"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorShareInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coAuthorPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ideaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"split"},"value":{"kind":"Variable","name":{"kind":"Name","value":"split"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"split"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"currentPpm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoAuthorPreviewQuery, CoAuthorPreviewQueryVariables>;
export const InviteCoAuthorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteCoAuthor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteCoAuthorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteCoAuthor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoAuthors_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoAuthors_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorSplit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuthorInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorSplitProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"split"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerMustAnswer"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}}]} as unknown as DocumentNode<InviteCoAuthorMutation, InviteCoAuthorMutationVariables>;
export const AcceptCoAuthorshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptCoAuthorship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCoAuthorship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoAuthors_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoAuthors_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorSplit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuthorInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorSplitProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"split"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerMustAnswer"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}}]} as unknown as DocumentNode<AcceptCoAuthorshipMutation, AcceptCoAuthorshipMutationVariables>;
export const DeclineCoAuthorshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineCoAuthorship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineCoAuthorship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoAuthors_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoAuthors_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorSplit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuthorInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorSplitProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"split"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerMustAnswer"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}}]} as unknown as DocumentNode<DeclineCoAuthorshipMutation, DeclineCoAuthorshipMutationVariables>;
export const ProposeAuthorSplitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeAuthorSplit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeAuthorSplitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeAuthorSplit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoAuthors_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoAuthors_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorSplit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuthorInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorSplitProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"split"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerMustAnswer"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}}]} as unknown as DocumentNode<ProposeAuthorSplitMutation, ProposeAuthorSplitMutationVariables>;
export const RespondToAuthorSplitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToAuthorSplit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToAuthorSplitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToAuthorSplit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoAuthors_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoAuthors_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorSplit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuthorInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorSplitProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"split"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerMustAnswer"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}}]} as unknown as DocumentNode<RespondToAuthorSplitMutation, RespondToAuthorSplitMutationVariables>;
export const LeaveIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveIdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoAuthors_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoAuthors_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorSplit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuthorInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorSplitProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"split"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerMustAnswer"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}}]} as unknown as DocumentNode<LeaveIdeaMutation, LeaveIdeaMutationVariables>;
export const EditCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}}]}}]}}]}}]} as unknown as DocumentNode<EditCommentMutation, EditCommentMutationVariables>;
export const RemoveCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveCommentMutation, RemoveCommentMutationVariables>;
export const CommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Comment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Comments_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentModeration_comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread_comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentModeration_comment"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Comments_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommentMutation, CommentMutationVariables>;
export const ComposeCreditModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComposeCreditModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defaultRetention"}},{"kind":"Field","name":{"kind":"Name","value":"beta"}}]}}]}}]} as unknown as DocumentNode<ComposeCreditModelQuery, ComposeCreditModelQueryVariables>;
export const PostIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostIdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PostIdeaMutation, PostIdeaMutationVariables>;
export const BuildOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuildOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BuildOnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<BuildOnMutation, BuildOnMutationVariables>;
export const ComposeParentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComposeParents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ComposeParentsQuery, ComposeParentsQueryVariables>;
export const ComposeInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComposeInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteCoAuthorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteCoAuthor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ComposeInviteMutation, ComposeInviteMutationVariables>;
export const SimilarIdeasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarIdeas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarIdeas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SimilarIdeasQuery, SimilarIdeasQueryVariables>;
export const SetRetentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRetention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRetentionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRetention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Curation_idea"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Curation_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retention"}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"retentionNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retention"}},{"kind":"Field","name":{"kind":"Name","value":"originality"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"merge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"into"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetRetentionMutation, SetRetentionMutationVariables>;
export const MergeIdeasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeIdeas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeIdeasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeIdeas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Curation_idea"}}]}},{"kind":"Field","name":{"kind":"Name","value":"into"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Curation_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Curation_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retention"}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"retentionNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retention"}},{"kind":"Field","name":{"kind":"Name","value":"originality"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"merge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"into"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<MergeIdeasMutation, MergeIdeasMutationVariables>;
export const UnmergeIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnmergeIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnmergeIdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmergeIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Curation_idea"}}]}},{"kind":"Field","name":{"kind":"Name","value":"into"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Curation_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Curation_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retention"}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"retentionNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retention"}},{"kind":"Field","name":{"kind":"Name","value":"originality"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"merge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"into"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<UnmergeIdeaMutation, UnmergeIdeaMutationVariables>;
export const RetentionBoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetentionBounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minRetention"}},{"kind":"Field","name":{"kind":"Name","value":"maxRetention"}}]}}]}}]} as unknown as DocumentNode<RetentionBoundsQuery, RetentionBoundsQueryVariables>;
export const FeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Feed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ideas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard_idea"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"buildOnCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<FeedQuery, FeedQueryVariables>;
export const HowCreditWorksModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HowCreditWorksModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beta"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"q0"}},{"kind":"Field","name":{"kind":"Name","value":"c0"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRetention"}},{"kind":"Field","name":{"kind":"Name","value":"minRetention"}},{"kind":"Field","name":{"kind":"Name","value":"maxRetention"}}]}}]}}]} as unknown as DocumentNode<HowCreditWorksModelQuery, HowCreditWorksModelQueryVariables>;
export const HowCreditWorksIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HowCreditWorksIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"retention"}},{"kind":"Field","name":{"kind":"Name","value":"buildOnCount"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"split"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HowCreditWorksIdeaQuery, HowCreditWorksIdeaQueryVariables>;
export const EditIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditIdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaAuthoring_idea"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaRevisions_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaAuthoring_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaRevisions_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EditIdeaMutation, EditIdeaMutationVariables>;
export const WithdrawIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawIdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaAuthoring_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaAuthoring_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawIdeaMutation, WithdrawIdeaMutationVariables>;
export const DepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DepartmentsQuery, DepartmentsQueryVariables>;
export const IdeaLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IdeaLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ideaUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"buildOnCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<IdeaLiveSubscription, IdeaLiveSubscriptionVariables>;
export const IdeaPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdeaPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childrenAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"retention"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"buildOnCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasEndorsed"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoAuthors_idea"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowButton"}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"split"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childrenAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"split"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard_idea"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Comments_idea"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSummary_idea"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Scorecard_idea"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Curation_idea"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaReview_idea"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaAuthoring_idea"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaRevisions_idea"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaModeration_idea"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCampaign_idea"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkParent_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentModeration_comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread_comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentModeration_comment"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoAuthors_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorSplit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuthorInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorSplitProposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"split"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerMustAnswer"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowButton"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"buildOnCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Comments_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSummary_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Scorecard_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scorecards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerScorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Curation_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retention"}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"retentionNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retention"}},{"kind":"Field","name":{"kind":"Name","value":"originality"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"merge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"into"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaReview_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"officialResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaAuthoring_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaRevisions_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaModeration_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCampaign_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkParent_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<IdeaPageQuery, IdeaPageQueryVariables>;
export const EndorseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Endorse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endorse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasEndorsed"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EndorseMutation, EndorseMutationVariables>;
export const UnendorseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Unendorse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unendorse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasEndorsed"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnendorseMutation, UnendorseMutationVariables>;
export const IdeaSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdeaSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ideas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"MOST_ENDORSED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<IdeaSearchQuery, IdeaSearchQueryVariables>;
export const ChangeIdeaStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeIdeaStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeIdeaStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeIdeaStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaReview_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaReview_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"officialResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeIdeaStatusMutation, ChangeIdeaStatusMutationVariables>;
export const ClaimIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaReview_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaReview_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"officialResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimIdeaMutation, ClaimIdeaMutationVariables>;
export const ReleaseClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaReview_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaReview_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"officialResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReleaseClaimMutation, ReleaseClaimMutationVariables>;
export const LineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Lineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"BOTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ancestorCount"}},{"kind":"Field","name":{"kind":"Name","value":"descendantCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"buildOnCount"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"split"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LineageQuery, LineageQueryVariables>;
export const LinkParentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkParent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkParentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkParent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"split"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LinkParentMutation, LinkParentMutationVariables>;
export const FlagContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlagContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FlagContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flagContent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FlagContentMutation, FlagContentMutationVariables>;
export const ScorecardCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScorecardCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionNl"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]} as unknown as DocumentNode<ScorecardCriteriaQuery, ScorecardCriteriaQueryVariables>;
export const ScoreIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoreIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreIdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Scorecard_idea"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreSummary_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Scorecard_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scorecards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerScorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreSummary_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"}}]}}]}}]} as unknown as DocumentNode<ScoreIdeaMutation, ScoreIdeaMutationVariables>;
export const CreditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upstream"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"postedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"split"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upstream"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrailDrill_trail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"upstreamCredit"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upstream"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrailDrill_trail"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrailDrill_trail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditTrail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreditTrailQuery, CreditTrailQueryVariables>;
export const FollowIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FollowIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowIdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}}]}}]}}]}}]} as unknown as DocumentNode<FollowIdeaMutation, FollowIdeaMutationVariables>;
export const UnfollowIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnfollowIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowIdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unfollowIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerFollows"}}]}}]}}]}}]} as unknown as DocumentNode<UnfollowIdeaMutation, UnfollowIdeaMutationVariables>;
export const NotificationBellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationBell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]}}]} as unknown as DocumentNode<NotificationBellQuery, NotificationBellQueryVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const NotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const UpdateNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNotificationPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inApp"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateNotificationPreferencesMutation, UpdateNotificationPreferencesMutationVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationText"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationText"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorCount"}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"share"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"retention"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"moderationAction"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"creditFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"splitFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"splitTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"splitOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"leaverGaveShare"}},{"kind":"Field","name":{"kind":"Name","value":"awaitsYourAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childIdea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intoIdea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const PersonCreditHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonCreditHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditHistoryInterval"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periods"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}},{"kind":"Argument","name":{"kind":"Name","value":"periods"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periods"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"authored"}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"pool"}},{"kind":"Field","name":{"kind":"Name","value":"ideas"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonCreditHistoryQuery, PersonCreditHistoryQueryVariables>;
export const PeopleDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleDirectoryQuery, PeopleDirectoryQueryVariables>;
export const PersonPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideasAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buildOnsAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideasAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard_idea"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buildOns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buildOnsAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard_idea"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BuildOnTies_person"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildOnTie_tie"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuildOnTie"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildOns"}},{"kind":"Field","name":{"kind":"Name","value":"lastBuiltAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"buildOnCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildOnTies_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleBuiltOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BuildOnTie_tie"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"builtOnBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BuildOnTie_tie"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonPageQuery, PersonPageQueryVariables>;
export const CriteriaPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CriteriaPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreCriteria"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionNl"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]} as unknown as DocumentNode<CriteriaPageQuery, CriteriaPageQueryVariables>;
export const CreateScoreCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateScoreCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateScoreCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createScoreCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionNl"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateScoreCriterionMutation, CreateScoreCriterionMutationVariables>;
export const UpdateScoreCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateScoreCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScoreCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScoreCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionNl"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateScoreCriterionMutation, UpdateScoreCriterionMutationVariables>;
export const RetireScoreCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireScoreCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireScoreCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireScoreCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]}}]} as unknown as DocumentNode<RetireScoreCriterionMutation, RetireScoreCriterionMutationVariables>;
export const DeliveryHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeliveryHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"retrying"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"oldestQueuedAt"}}]}}]}}]} as unknown as DocumentNode<DeliveryHealthQuery, DeliveryHealthQueryVariables>;
export const FailedJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FailedJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FailedJobsQuery, FailedJobsQueryVariables>;
export const RetryFailedJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryFailedJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetryFailedJobsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryFailedJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retried"}}]}}]}}]} as unknown as DocumentNode<RetryFailedJobsMutation, RetryFailedJobsMutationVariables>;
export const ModerationQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerationQueueState"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flagCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstFlaggedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastResolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModerationHistory_note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModerationHistory_note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModerationHistory_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModerationNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ModerationQueueQuery, ModerationQueueQueryVariables>;
export const HideContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HideContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerateContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hideContent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}}]}}]}}]} as unknown as DocumentNode<HideContentMutation, HideContentMutationVariables>;
export const UnhideContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnhideContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerateContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unhideContent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}}]}}]}}]} as unknown as DocumentNode<UnhideContentMutation, UnhideContentMutationVariables>;
export const DismissFlagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissFlags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerateContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissFlags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DismissFlagsMutation, DismissFlagsMutationVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"postedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ClaimFromQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimFromQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimFromQueueMutation, ClaimFromQueueMutationVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const RedeliverWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeliverWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]} as unknown as DocumentNode<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const WebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const CreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const DeleteWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateWebhookSecretInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;