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
  | 'MOMENTUM';

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
  | 'NEWEST';

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
};

export type CoAuthorshipPayload = {
  __typename?: 'CoAuthorshipPayload';
  /** The idea as it is after the change. */
  idea: Idea;
};

export type Comment = Node & {
  __typename?: 'Comment';
  author: Person;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Global, opaque id (Relay). */
  id: Scalars['ID']['output'];
  idea: Idea;
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

export type Idea = Node & {
  __typename?: 'Idea';
  /** Accepted authors: the poster first, then co-authors. */
  authors: Array<Person>;
  /** Markdown. */
  body: Scalars['String']['output'];
  /** How many ideas build directly on this one. */
  buildOnCount: Scalars['Int']['output'];
  /** The campaign it answers, if any. */
  campaign: Maybe<Campaign>;
  /** Ideas that build directly on this one, oldest first. */
  children: IdeaLinkConnection;
  /** Invitations to co-author that are not answered yet: all of them for its authors, only their own for an invitee, none for anyone else. */
  coAuthorInvitations: Array<CoAuthorInvitation>;
  commentCount: Scalars['Int']['output'];
  /** Every comment, oldest first, flat: `replyTo` gives the thread at any depth. */
  commentThread: Array<Comment>;
  /** Top-level comments, oldest first; replies hang below each. */
  comments: Array<Comment>;
  createdAt: Scalars['DateTime']['output'];
  /** Who holds this idea’s credit, and why. */
  credit: IdeaCredit;
  endorsementCount: Scalars['Int']['output'];
  /** Who endorsed it, most recent first. */
  endorsements: EndorsementConnection;
  /** Global, opaque id (Relay). */
  id: Scalars['ID']['output'];
  /** Ancestors and/or descendants as flat nodes and edges (never nested). */
  lineage: Lineage;
  /** What this idea builds on (empty for an original idea). */
  parents: Array<IdeaLink>;
  /** Who posted it. */
  postedBy: Person;
  /** Retention ρ: the part of this idea that is its own (1 for an idea that builds on nothing). */
  retention: Scalars['Float']['output'];
  status: IdeaStatus;
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** This idea’s credit without its build-ons: its authors and what it built on. */
  upstreamCredit: UpstreamCredit;
  /** Whether the acting person endorses it. */
  viewerHasEndorsed: Scalars['Boolean']['output'];
  /** Whether the acting person is one of its authors. */
  viewerIsAuthor: Scalars['Boolean']['output'];
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

export type IdeaOrder =
  | 'MOST_BUILT_ON'
  | 'MOST_ENDORSED'
  | 'NEWEST';

export type IdeaRefInput = {
  ideaId: Scalars['ID']['input'];
};

export type IdeaStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'IMPLEMENTED'
  | 'IN_PROGRESS'
  | 'MERGED'
  | 'NEW'
  | 'UNDER_REVIEW';

export type InviteCoAuthorInput = {
  ideaId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
};

export type InviteCoAuthorPayload = {
  __typename?: 'InviteCoAuthorPayload';
  /** The idea as it is after the change. */
  idea: Idea;
};

/** A place on the leadership board. */
export type LeaderboardEntry = {
  __typename?: 'LeaderboardEntry';
  idea: Idea;
  /** Recent-activity score (see BoardRanking.MOMENTUM). */
  momentum: Scalars['Float']['output'];
  rank: Scalars['Int']['output'];
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Accept an invitation to co-author: credit is recomputed for the idea and everything built on it. */
  acceptCoAuthorship: CoAuthorshipPayload;
  /** Post an idea that builds on one or several existing ideas. */
  buildOn: BuildOnPayload;
  /** Close an open campaign before its deadline: the reviewer who opened it, or an admin. */
  closeCampaign: CloseCampaignPayload;
  /** Comment on an idea, or reply to a comment. */
  comment: CommentPayload;
  /** A bearer token that acts as you, for scripts and intranet integrations (needs a session, not a token). */
  createApiToken: CreateApiTokenPayload;
  declineCoAuthorship: CoAuthorshipPayload;
  /** Act as a person of the organisation (demo/dev servers only); starts a new session (cookie). */
  devSignIn: SignInPayload;
  /** Endorse an idea (once; not your own). */
  endorse: EndorsePayload;
  /** Invite a colleague to co-author an idea you author; they become an author when they accept. */
  inviteCoAuthor: InviteCoAuthorPayload;
  /** Record that an idea you author also builds on another existing idea. Refused with CONFLICT (LINEAGE_CYCLE) if it would close a cycle. */
  linkParent: LinkParentPayload;
  /** Ask a question with a deadline (reviewers and admins). Ideas answer it with `campaignId`. */
  openCampaign: OpenCampaignPayload;
  /** Post an original idea, as the acting person. */
  postIdea: PostIdeaPayload;
  /** Revokes one of your API tokens at once; it can never act again. */
  revokeApiToken: RevokeApiTokenPayload;
  /** Ends this browser's session on the server and clears its cookie. */
  signOut: SignOutPayload;
  /** Ends every session of the acting person, on every device (needs a session, not a token). */
  signOutEverywhere: SignOutEverywherePayload;
  unendorse: EndorsePayload;
};


export type MutationAcceptCoAuthorshipArgs = {
  input: IdeaRefInput;
};


export type MutationBuildOnArgs = {
  input: BuildOnInput;
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


export type MutationDeclineCoAuthorshipArgs = {
  input: IdeaRefInput;
};


export type MutationDevSignInArgs = {
  input: DevSignInInput;
};


export type MutationEndorseArgs = {
  input: IdeaRefInput;
};


export type MutationInviteCoAuthorArgs = {
  input: InviteCoAuthorInput;
};


export type MutationLinkParentArgs = {
  input: LinkParentInput;
};


export type MutationOpenCampaignArgs = {
  input: OpenCampaignInput;
};


export type MutationPostIdeaArgs = {
  input: PostIdeaInput;
};


export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};


export type MutationUnendorseArgs = {
  input: IdeaRefInput;
};

export type Node = {
  /** Global, opaque id (Relay). */
  id: Scalars['ID']['output'];
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
  /** Ideas this person (co-)authored, newest first. */
  ideas: IdeaConnection;
  name: Scalars['String']['output'];
  /** Colleagues whose ideas this person built on, most build-ons first. */
  peopleBuiltOn: BuildOnTieConnection;
  /** What they may do beyond posting and building on ideas; only for signed-in colleagues. */
  role: PersonRole;
  title: Scalars['String']['output'];
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

export type Query = {
  __typename?: 'Query';
  /** The acting person's API tokens, newest first, revoked and expired ones included. */
  apiTokens: Array<ApiToken>;
  authSettings: AuthSettings;
  /** Open campaigns (soonest deadline first) or closed ones (most recently ended first). */
  campaigns: CampaignConnection;
  /** How credit is computed: the model’s constants. */
  creditModel: CreditModel;
  /** All departments, alphabetically. */
  departments: Array<Department>;
  /** People to act as, by name (dev sign-in only; FORBIDDEN when it is off). */
  devSignInPeople: DevSignInPersonConnection;
  /** Ideas, filtered and ordered; `totalCount` counts all matches. */
  ideas: IdeaConnection;
  /** The leadership board: top ideas ranked, with filters; expand each idea’s `credit` for its trail. */
  leaderboard: Array<LeaderboardEntry>;
  /** Refetch any object by its global id (Relay). */
  node: Maybe<Node>;
  /** Refetch several objects by global id, in order. */
  nodes: Array<Maybe<Node>>;
  /** Active people, alphabetically. */
  people: PersonConnection;
  /** Existing ideas like a draft (title and body as typed): build on one instead of posting a duplicate. */
  similarIdeas: Array<SimilarIdea>;
  /** Tags in use, most used first; `search` narrows to tags containing it. */
  tags: Array<TagCount>;
  /** Checks the credit ledger: anyone can check that no recorded contribution was edited or removed, and that the live tables agree with it. */
  verifyLedger: LedgerVerification;
  /** The acting person; null when signed out. */
  viewer: Maybe<Person>;
};


export type QueryCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: CampaignState;
};


export type QueryDevSignInPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
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


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
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

/** How a build-on relates to what it builds on. */
export type Relation =
  /** Joins two or more ideas into one. */
  | 'COMBINES'
  /** Takes the idea further. */
  | 'EXTENDS'
  /** Sharpens or corrects the idea. */
  | 'REFINES';

export type RevokeApiTokenInput = {
  tokenId: Scalars['ID']['input'];
};

export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  apiToken: ApiToken;
};

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

/** An existing idea that resembles a draft. */
export type SimilarIdea = {
  __typename?: 'SimilarIdea';
  idea: Idea;
  /** Higher is more alike; only the order is meaningful. */
  score: Scalars['Float']['output'];
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

export type PeopleSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PeopleSearchQuery = { __typename?: 'Query', people: { __typename?: 'PersonConnection', edges: Array<{ __typename?: 'PersonEdge', cursor: string, node: { __typename?: 'Person', id: string, name: string, title: string, department: { __typename?: 'Department', id: string, name: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Person', id: string, name: string, email: string, title: string, role: PersonRole, department: { __typename?: 'Department', id: string, name: string } } | null, authSettings: { __typename?: 'AuthSettings', devSignIn: boolean, devSignInExposed: boolean } };

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
  { __typename?: 'Idea', id: string, title: string, status: IdeaStatus, createdAt: string, endorsementCount: number, buildOnCount: number, authors: Array<{ __typename?: 'Person', id: string, name: string, department: { __typename?: 'Department', id: string, name: string } }> }
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

export type BoardMomentumQueryVariables = Exact<{
  period: BoardPeriod;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<IdeaStatus>;
}>;


export type BoardMomentumQuery = { __typename?: 'Query', leaderboard: Array<{ __typename?: 'LeaderboardEntry', rank: number, momentum: number, idea: (
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
    | { __typename?: 'Person' }
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

export type ComposeOpenCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type ComposeOpenCampaignsQuery = { __typename?: 'Query', campaigns: { __typename?: 'CampaignConnection', edges: Array<{ __typename?: 'CampaignEdge', cursor: string, node: { __typename?: 'Campaign', id: string, question: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type CommentThread_CommentFragment = { __typename?: 'Comment', id: string, body: string, createdAt: string, author: { __typename?: 'Person', id: string, name: string } } & { ' $fragmentName'?: 'CommentThread_CommentFragment' };

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
    | { __typename?: 'Person', id: string }
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

export type CreditPanel_IdeaFragment = { __typename?: 'Idea', id: string, title: string, credit: { __typename?: 'IdeaCredit', extenderPool: number, shares: Array<{ __typename?: 'CreditShare', ppm: number, percent: number, person: { __typename?: 'Person', id: string, name: string, department: { __typename?: 'Department', id: string, name: string } } }> } } & { ' $fragmentName'?: 'CreditPanel_IdeaFragment' };

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

export type IdeaCampaign_IdeaFragment = { __typename?: 'Idea', campaign: { __typename?: 'Campaign', id: string, question: string } | null } & { ' $fragmentName'?: 'IdeaCampaign_IdeaFragment' };

export type IdeaCard_IdeaFragment = { __typename?: 'Idea', id: string, title: string, body: string, tags: Array<string>, status: IdeaStatus, createdAt: string, endorsementCount: number, buildOnCount: number, commentCount: number, authors: Array<{ __typename?: 'Person', id: string, name: string, department: { __typename?: 'Department', id: string, name: string } }>, parents: Array<{ __typename?: 'IdeaLink', relation: Relation, idea: { __typename?: 'Idea', id: string, title: string } }> } & { ' $fragmentName'?: 'IdeaCard_IdeaFragment' };

export type DepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentsQuery = { __typename?: 'Query', departments: Array<{ __typename?: 'Department', id: string, name: string }> };

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
            ) } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } }
      & { ' $fragmentRefs'?: { 'IdeaPage_CoAuthorsFragment': IdeaPage_CoAuthorsFragment;'CreditPanel_IdeaFragment': CreditPanel_IdeaFragment;'Comments_IdeaFragment': Comments_IdeaFragment;'IdeaCampaign_IdeaFragment': IdeaCampaign_IdeaFragment } }
    )
    | { __typename?: 'Person', id: string }
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

export type IdeaPage_CoAuthorsFragment = (
  { __typename?: 'Idea', id: string, viewerIsAuthor: boolean, authors: Array<{ __typename?: 'Person', id: string, name: string, title: string, department: { __typename?: 'Department', id: string, name: string } }>, coAuthorInvitations: Array<{ __typename?: 'CoAuthorInvitation', invitedAt: string, person: { __typename?: 'Person', id: string, name: string }, invitedBy: { __typename?: 'Person', id: string, name: string } | null }> }
  & { ' $fragmentRefs'?: { 'CreditPanel_IdeaFragment': CreditPanel_IdeaFragment } }
) & { ' $fragmentName'?: 'IdeaPage_CoAuthorsFragment' };

export type InviteCoAuthorMutationVariables = Exact<{
  input: InviteCoAuthorInput;
}>;


export type InviteCoAuthorMutation = { __typename?: 'Mutation', inviteCoAuthor: { __typename?: 'InviteCoAuthorPayload', idea: (
      { __typename?: 'Idea' }
      & { ' $fragmentRefs'?: { 'IdeaPage_CoAuthorsFragment': IdeaPage_CoAuthorsFragment } }
    ) } };

export type AcceptCoAuthorshipMutationVariables = Exact<{
  input: IdeaRefInput;
}>;


export type AcceptCoAuthorshipMutation = { __typename?: 'Mutation', acceptCoAuthorship: { __typename?: 'CoAuthorshipPayload', idea: (
      { __typename?: 'Idea' }
      & { ' $fragmentRefs'?: { 'IdeaPage_CoAuthorsFragment': IdeaPage_CoAuthorsFragment } }
    ) } };

export type DeclineCoAuthorshipMutationVariables = Exact<{
  input: IdeaRefInput;
}>;


export type DeclineCoAuthorshipMutation = { __typename?: 'Mutation', declineCoAuthorship: { __typename?: 'CoAuthorshipPayload', idea: (
      { __typename?: 'Idea' }
      & { ' $fragmentRefs'?: { 'IdeaPage_CoAuthorsFragment': IdeaPage_CoAuthorsFragment } }
    ) } };

export type IdeaSearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
  first: Scalars['Int']['input'];
}>;


export type IdeaSearchQuery = { __typename?: 'Query', ideas: { __typename?: 'IdeaConnection', edges: Array<{ __typename?: 'IdeaEdge', cursor: string, node: { __typename?: 'Idea', id: string, title: string, status: IdeaStatus, authors: Array<{ __typename?: 'Person', id: string, name: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type LineageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LineageQuery = { __typename?: 'Query', node:
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Comment', id: string }
    | { __typename?: 'Department', id: string }
    | { __typename?: 'Idea', id: string, lineage: { __typename?: 'Lineage', ancestorCount: number, descendantCount: number, nodes: Array<{ __typename?: 'Idea', id: string, title: string, status: IdeaStatus, authors: Array<{ __typename?: 'Person', id: string, name: string, department: { __typename?: 'Department', id: string, name: string } }> }>, edges: Array<{ __typename?: 'LineageEdge', parentId: string, childId: string, relation: Relation, split: number }> } }
    | { __typename?: 'Person', id: string }
   | null };

export type TrailDrill_TrailFragment = { __typename?: 'CreditTrail', ppm: number, percent: number, person: { __typename?: 'Person', id: string, name: string }, terms: Array<{ __typename?: 'CreditTrailTerm', kind: TrailTermKind, ppm: number, percent: number, via: { __typename?: 'Idea', id: string, title: string } | null }> } & { ' $fragmentName'?: 'TrailDrill_TrailFragment' };

export type CreditTrailQueryVariables = Exact<{
  ideaId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  upstream: Scalars['Boolean']['input'];
}>;


export type CreditTrailQuery = { __typename?: 'Query', node:
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Comment', id: string }
    | { __typename?: 'Department', id: string }
    | { __typename?: 'Idea', title: string, id: string, credit?: { __typename?: 'IdeaCredit', trail: (
          { __typename?: 'CreditTrail' }
          & { ' $fragmentRefs'?: { 'TrailDrill_TrailFragment': TrailDrill_TrailFragment } }
        ) }, upstreamCredit?: { __typename?: 'UpstreamCredit', trail: (
          { __typename?: 'CreditTrail' }
          & { ' $fragmentRefs'?: { 'TrailDrill_TrailFragment': TrailDrill_TrailFragment } }
        ) } }
    | { __typename?: 'Person', id: string }
   | null };

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
    | { __typename?: 'Person', id: string, creditHistory: Array<{ __typename?: 'CreditHistoryPoint', start: string, end: string, total: number, authored: number, inherited: number, pool: number, ideas: number }> }
   | null };

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
   | null };

export const CreditPanel_IdeaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreditPanel_IdeaFragment, unknown>;
export const BoardRow_IdeaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardRow_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"buildOnCount"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoardRow_IdeaFragment, unknown>;
export const CommentThread_CommentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread_comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CommentThread_CommentFragment, unknown>;
export const Comments_IdeaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Comments_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread_comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<Comments_IdeaFragment, unknown>;
export const IdeaCampaign_IdeaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCampaign_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}}]} as unknown as DocumentNode<IdeaCampaign_IdeaFragment, unknown>;
export const IdeaCard_IdeaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"buildOnCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<IdeaCard_IdeaFragment, unknown>;
export const IdeaPage_CoAuthorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaPage_coAuthors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuthorInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IdeaPage_CoAuthorsFragment, unknown>;
export const TrailDrill_TrailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrailDrill_trail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditTrail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<TrailDrill_TrailFragment, unknown>;
export const BuildOnTie_TieFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildOnTie_tie"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuildOnTie"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildOns"}},{"kind":"Field","name":{"kind":"Name","value":"lastBuiltAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BuildOnTie_TieFragment, unknown>;
export const BuildOnTies_PersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildOnTies_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleBuiltOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BuildOnTie_tie"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"builtOnBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BuildOnTie_tie"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildOnTie_tie"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuildOnTie"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildOns"}},{"kind":"Field","name":{"kind":"Name","value":"lastBuiltAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BuildOnTies_PersonFragment, unknown>;
export const PeopleSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleSearchQuery, PeopleSearchQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devSignIn"}},{"kind":"Field","name":{"kind":"Name","value":"devSignInExposed"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const DevSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DevSignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DevSignInMutation, DevSignInMutationVariables>;
export const DevSignInPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevSignInPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devSignInPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DevSignInPeopleQuery, DevSignInPeopleQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const SignOutEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsEnded"}}]}}]}}]} as unknown as DocumentNode<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const BoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Board"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ideas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardRow_idea"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardRow_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"buildOnCount"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}}]} as unknown as DocumentNode<BoardQuery, BoardQueryVariables>;
export const BoardMomentumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardMomentum"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BoardPeriod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaderboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rankBy"},"value":{"kind":"EnumValue","value":"MOMENTUM"}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"momentum"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardRow_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardRow_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"buildOnCount"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}}]} as unknown as DocumentNode<BoardMomentumQuery, BoardMomentumQueryVariables>;
export const CampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignIdeaOrder"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanClose"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"buildOnCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"ideasByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditHolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CampaignQuery, CampaignQueryVariables>;
export const CloseCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanClose"}}]}}]}}]}}]} as unknown as DocumentNode<CloseCampaignMutation, CloseCampaignMutationVariables>;
export const CampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignState"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"ideaCount"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignsQuery, CampaignsQueryVariables>;
export const OpenCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OpenCampaignMutation, OpenCampaignMutationVariables>;
export const CampaignDepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CampaignDepartmentsQuery, CampaignDepartmentsQueryVariables>;
export const ComposeOpenCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComposeOpenCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ComposeOpenCampaignsQuery, ComposeOpenCampaignsQueryVariables>;
export const CommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Comment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Comments_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread_comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Comments_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommentMutation, CommentMutationVariables>;
export const PostIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostIdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PostIdeaMutation, PostIdeaMutationVariables>;
export const BuildOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuildOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BuildOnInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<BuildOnMutation, BuildOnMutationVariables>;
export const ComposeParentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComposeParents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ComposeParentsQuery, ComposeParentsQueryVariables>;
export const ComposeInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComposeInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteCoAuthorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteCoAuthor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ComposeInviteMutation, ComposeInviteMutationVariables>;
export const SimilarIdeasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarIdeas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarIdeas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SimilarIdeasQuery, SimilarIdeasQueryVariables>;
export const FeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Feed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ideas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard_idea"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"buildOnCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<FeedQuery, FeedQueryVariables>;
export const DepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DepartmentsQuery, DepartmentsQueryVariables>;
export const IdeaPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdeaPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childrenAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"retention"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"buildOnCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasEndorsed"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaPage_coAuthors"}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"split"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childrenAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"split"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard_idea"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Comments_idea"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCampaign_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread_comment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaPage_coAuthors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuthorInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"buildOnCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Comments_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread_comment"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCampaign_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}}]} as unknown as DocumentNode<IdeaPageQuery, IdeaPageQueryVariables>;
export const EndorseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Endorse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endorse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasEndorsed"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EndorseMutation, EndorseMutationVariables>;
export const UnendorseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Unendorse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unendorse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerHasEndorsed"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnendorseMutation, UnendorseMutationVariables>;
export const InviteCoAuthorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteCoAuthor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteCoAuthorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteCoAuthor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaPage_coAuthors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaPage_coAuthors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuthorInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}}]} as unknown as DocumentNode<InviteCoAuthorMutation, InviteCoAuthorMutationVariables>;
export const AcceptCoAuthorshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptCoAuthorship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCoAuthorship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaPage_coAuthors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaPage_coAuthors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuthorInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}}]} as unknown as DocumentNode<AcceptCoAuthorshipMutation, AcceptCoAuthorshipMutationVariables>;
export const DeclineCoAuthorshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineCoAuthorship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineCoAuthorship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaPage_coAuthors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditPanel_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extenderPool"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaPage_coAuthors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAuthor"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coAuthorInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditPanel_idea"}}]}}]} as unknown as DocumentNode<DeclineCoAuthorshipMutation, DeclineCoAuthorshipMutationVariables>;
export const IdeaSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdeaSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ideas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"MOST_ENDORSED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<IdeaSearchQuery, IdeaSearchQueryVariables>;
export const LineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Lineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"BOTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ancestorCount"}},{"kind":"Field","name":{"kind":"Name","value":"descendantCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"split"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LineageQuery, LineageQueryVariables>;
export const CreditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upstream"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upstream"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrailDrill_trail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"upstreamCredit"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upstream"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrailDrill_trail"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrailDrill_trail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditTrail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CreditTrailQuery, CreditTrailQueryVariables>;
export const PersonCreditHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonCreditHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditHistoryInterval"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periods"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}},{"kind":"Argument","name":{"kind":"Name","value":"periods"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periods"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"authored"}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"pool"}},{"kind":"Field","name":{"kind":"Name","value":"ideas"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonCreditHistoryQuery, PersonCreditHistoryQueryVariables>;
export const PersonPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideasAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buildOnsAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ideas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideasAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard_idea"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buildOns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buildOnsAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCard_idea"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ppm"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BuildOnTies_person"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildOnTie_tie"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BuildOnTie"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildOns"}},{"kind":"Field","name":{"kind":"Name","value":"lastBuiltAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCard_idea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endorsementCount"}},{"kind":"Field","name":{"kind":"Name","value":"buildOnCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BuildOnTies_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleBuiltOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BuildOnTie_tie"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"builtOnBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BuildOnTie_tie"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonPageQuery, PersonPageQueryVariables>;