import { Field, Float, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, Node, toGlobalId } from '@kindling/api/core';
import { IdeaStatus, type IdeaStatusValue } from '@kindling/api/graph';
import { AUTHOR_SPLIT_OUTCOMES, type AuthorSplitOutcome as AuthorSplitOutcomeValue, EMAIL_FREQUENCIES, NOTIFICATION_KINDS, type EmailFrequency as EmailFrequencyValue, type NotificationKind as NotificationKindValue } from '@kindling/shared/rules';
import type { NotificationRow } from '../notifications.repository';

export const NotificationKind = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as { [K in NotificationKindValue]: K };
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  valuesMap: {
    STATUS_CHANGED: { description: 'An idea you hold credit in (or follow) changed status, with the reviewer’s response.' },
    MERGED: { description: 'An idea you hold credit in was merged into another (`intoIdea`).' },
    RETENTION_CHANGED: { description: 'A reviewer set how original a build-on you hold credit in is (`retention`, `reason`).' },
    MODERATED: { description: 'A moderator hid (told to its authors only) or unhid an idea or comment you hold credit in.' },
    BUILT_ON: { description: 'Someone built on your idea (or one you follow): `childIdea`.' },
    COMMENTED: { description: 'A comment on an idea you wrote or follow.' },
    REPLIED: { description: 'A reply to your comment.' },
    COAUTHOR_INVITED: { description: 'You are invited to co-author the idea.' },
    COAUTHOR_ANSWERED: { description: 'Someone answered your co-author invitation (`accepted`).' },
    ENDORSED: { description: 'Colleagues endorsed your idea: one row per idea while unread, `actorCount` of them.' },
    CREDIT_CHANGED: { description: 'Your share of the idea moved by at least 0.1 percentage point: one row per idea and day, from `creditFrom` to `creditTo`.' },
    WEBHOOK_DISABLED: { description: 'Admins: a webhook endpoint was disabled (`webhookUrl`, `reason`).' },
    AUTHOR_SPLIT_PROPOSED: { description: 'A co-author proposed a new split between the authors that needs your consent: your share `splitFrom` → `splitTo`; `awaitsYourAnswer` while it is open.' },
    AUTHOR_SPLIT_DECIDED: { description: 'A proposed split was decided (`splitOutcome`); when applied, `splitTo` is your share of the split now.' },
    AUTHOR_LEFT: { description: 'A co-author (the actor) left the idea: `leaverGaveShare` says whether their share went to the authors who stay; `splitTo` is yours now.' },
  },
});

export const AuthorSplitOutcome = Object.fromEntries(AUTHOR_SPLIT_OUTCOMES.map((o) => [o.toUpperCase(), o])) as { [K in AuthorSplitOutcomeValue as Uppercase<K>]: K };
registerEnumType(AuthorSplitOutcome, {
  name: 'AuthorSplitOutcome',
  description: 'How a proposal to change the authors’ split ended.',
  valuesMap: {
    APPLIED: { description: 'Every author consented: it is the split now.' },
    DECLINED: { description: 'An author declined it; the split is unchanged.' },
    WITHDRAWN: { description: 'Its proposer withdrew it; the split is unchanged.' },
    OUTDATED: { description: 'The authors changed (someone joined or left) before everyone consented; the split is unchanged.' },
  },
});

export const EmailFrequency = Object.fromEntries(EMAIL_FREQUENCIES.map((k) => [k, k])) as { [K in EmailFrequencyValue]: K };
registerEnumType(EmailFrequency, {
  name: 'EmailFrequency',
  valuesMap: {
    IMMEDIATELY: { description: 'One e-mail per notification, as it happens.' },
    DAILY: { description: 'One digest a day.' },
    WEEKLY: { description: 'One digest a week.' },
    OFF: { description: 'No e-mail.' },
  },
});

export enum ModerationAction {
  HIDDEN = 'HIDDEN',
  UNHIDDEN = 'UNHIDDEN',
}
registerEnumType(ModerationAction, { name: 'NotificationModerationAction', description: 'What a moderator did.' });

@ObjectType({ description: 'A share of an idea, in parts per million and percent.' })
export class NotificationShare {
  @Field(() => Int) ppm!: number;
  @Field(() => Float, { description: 'ppm / 10,000, e.g. 4.2.' }) percent!: number;
}

/** Kinds about the authors and their split: they link to the idea's authors card. */
const AUTHORS_CARD_KINDS = new Set<NotificationKindValue>(['AUTHOR_SPLIT_PROPOSED', 'AUTHOR_SPLIT_DECIDED', 'AUTHOR_LEFT']);

const share = (ppm: unknown): NotificationShare | null =>
  typeof ppm === 'number' ? Object.assign(new NotificationShare(), { ppm, percent: ppm / 10_000 }) : null;
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

@ObjectType('Notification', { implements: () => [Node], description: 'Something that happened that the viewer hears of (see NotificationKind for what each kind carries).' })
export class Notification extends Node {
  readonly __typename = 'Notification';
  localId!: string;
  personLocalId!: string;
  ideaLocalId!: string | null;
  actorLocalIds!: string[];
  commentLocalId!: string | null;
  childIdeaLocalId!: string | null;
  intoIdeaLocalId!: string | null;
  causeIdeaLocalId!: string | null;
  /** AUTHOR_SPLIT_PROPOSED: the proposal (to tell whether it still waits for the reader). */
  proposalLocalId!: string | null;
  @Field(() => NotificationKind) kind!: NotificationKindValue;
  @Field(() => Int, { description: 'How many people acted (endorsements fold several).' }) actorCount!: number;
  @Field(() => NotificationShare, { nullable: true, description: 'The viewer’s share of the idea when it happened (kinds that tell the trail); null for followers who hold none.' })
  share!: NotificationShare | null;
  @Field(() => IdeaStatus, { nullable: true, description: 'STATUS_CHANGED: the status before.' }) fromStatus!: IdeaStatusValue | null;
  @Field(() => IdeaStatus, { nullable: true, description: 'STATUS_CHANGED: the status set.' }) toStatus!: IdeaStatusValue | null;
  @Field(() => String, { nullable: true, description: 'STATUS_CHANGED: the reviewer’s response (markdown).' }) response!: string | null;
  @Field(() => Float, { nullable: true, description: 'RETENTION_CHANGED: the retention set.' }) retention!: number | null;
  @Field(() => String, { nullable: true, description: 'RETENTION_CHANGED, MODERATED, WEBHOOK_DISABLED: why.' }) reason!: string | null;
  @Field(() => ModerationAction, { nullable: true, description: 'MODERATED: hidden or unhidden.' }) moderationAction!: ModerationAction | null;
  @Field(() => Boolean, { nullable: true, description: 'COAUTHOR_ANSWERED: whether the invitation was accepted.' }) accepted!: boolean | null;
  @Field(() => NotificationShare, { nullable: true, description: 'CREDIT_CHANGED: the share before the day’s first move.' }) creditFrom!: NotificationShare | null;
  @Field(() => NotificationShare, { nullable: true, description: 'CREDIT_CHANGED: the share now.' }) creditTo!: NotificationShare | null;
  @Field(() => String, { nullable: true, description: 'CREDIT_CHANGED: the latest cause, an event type (BUILT_ON, PARENT_LINKED, COAUTHOR_ACCEPTED, RETENTION_SET, MERGED, UNMERGED, ENDORSED, AUTHOR_SPLIT_CHANGED, AUTHOR_LEFT).' })
  cause!: string | null;
  @Field(() => String, { nullable: true, description: 'WEBHOOK_DISABLED: the endpoint’s URL.' }) webhookUrl!: string | null;
  @Field(() => NotificationShare, { nullable: true, description: 'AUTHOR_SPLIT_PROPOSED: your share of the authors’ split when it was proposed.' }) splitFrom!: NotificationShare | null;
  @Field(() => NotificationShare, { nullable: true, description: 'AUTHOR_SPLIT_PROPOSED: your share under the proposal; AUTHOR_SPLIT_DECIDED (applied) and AUTHOR_LEFT: your share of the split now.' })
  splitTo!: NotificationShare | null;
  @Field(() => AuthorSplitOutcome, { nullable: true, description: 'AUTHOR_SPLIT_DECIDED: how the proposal ended.' }) splitOutcome!: AuthorSplitOutcomeValue | null;
  @Field(() => Boolean, { nullable: true, description: 'AUTHOR_LEFT: whether the leaver gave their share to the authors who stay (else they keep it).' })
  leaverGaveShare!: boolean | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'The latest event folded in (the list’s order).' }) updatedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) readAt!: Date | null;
  @Field() read!: boolean;
  @Field({ description: 'Where the web app shows it: the idea (`/ideas/<id>`), a comment (`#comment-<id>`), the new build-on, the idea’s authors card (`#authors-title`), the webhook admin page.' })
  path!: string;

  static from(row: NotificationRow): Notification {
    const d = row.data;
    const commentId = text(d.commentId);
    const childIdeaId = text(d.childIdeaId);
    const ideaPath = (id: string) => `/ideas/${encodeURIComponent(toGlobalId('Idea', id))}`;
    let path = row.ideaId ? ideaPath(row.ideaId) : '/';
    if (row.kind === 'BUILT_ON' && childIdeaId) path = ideaPath(childIdeaId);
    if (commentId && row.ideaId) path = `${ideaPath(row.ideaId)}#comment-${toGlobalId('Comment', commentId)}`;
    if (row.kind === 'WEBHOOK_DISABLED') path = '/admin/webhooks';
    if (AUTHORS_CARD_KINDS.has(row.kind) && row.ideaId) path = `${ideaPath(row.ideaId)}#authors-title`;
    return Object.assign(new Notification(), {
      id: toGlobalId('Notification', row.id),
      localId: row.id,
      personLocalId: row.personId,
      ideaLocalId: row.ideaId,
      actorLocalIds: row.actorIds,
      commentLocalId: commentId,
      childIdeaLocalId: childIdeaId,
      intoIdeaLocalId: text(d.intoIdeaId),
      causeIdeaLocalId: text(d.causeIdeaId),
      proposalLocalId: row.kind === 'AUTHOR_SPLIT_PROPOSED' ? text(d.proposalId) : null,
      kind: row.kind,
      actorCount: row.actorIds.length,
      share: share(d.sharePpm),
      fromStatus: text(d.from) as IdeaStatusValue | null,
      toStatus: text(d.to) as IdeaStatusValue | null,
      response: text(d.response),
      retention: typeof d.retention === 'number' ? d.retention : null,
      reason: text(d.reason),
      moderationAction: text(d.action) as ModerationAction | null,
      accepted: typeof d.accepted === 'boolean' ? d.accepted : null,
      creditFrom: share(d.fromPpm),
      creditTo: share(d.toPpm),
      cause: text(d.cause),
      webhookUrl: text(d.url),
      splitFrom: share(d.splitFromPpm),
      splitTo: share(d.splitToPpm),
      splitOutcome: text(d.outcome) as AuthorSplitOutcomeValue | null,
      leaverGaveShare: typeof d.gaveShare === 'boolean' ? d.gaveShare : null,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      readAt: row.readAt,
      read: row.readAt !== null,
      path,
    });
  }
}

@ObjectType()
export class NotificationConnection extends ConnectionType(Notification, 'Notification') {}

@ObjectType({ description: 'One kind of notification and the channels it goes out on for the viewer.' })
export class NotificationKindPreference {
  @Field(() => NotificationKind) kind!: NotificationKindValue;
  @Field({ description: 'Shown in the notification centre and counted on the bell.' }) inApp!: boolean;
  @Field({ description: 'Sent by e-mail (at the e-mail frequency).' }) email!: boolean;
}

@ObjectType({ description: 'How the viewer hears of things: per kind and channel, and how often e-mail comes.' })
export class NotificationPreferences {
  @Field(() => EmailFrequency) emailFrequency!: EmailFrequencyValue;
  @Field(() => [NotificationKindPreference], { description: 'Every kind, the defaults filled in.' }) kinds!: NotificationKindPreference[];
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'The viewer’s unread notifications now.' }) unreadNotificationCount!: number;
}

@ObjectType()
export class UpdateNotificationPreferencesPayload {
  @Field(() => NotificationPreferences) notificationPreferences!: NotificationPreferences;
}
