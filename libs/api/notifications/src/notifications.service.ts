import { Injectable } from '@nestjs/common';
import { CURSOR_KEYS, type Connection, type PageArgs, type Queryable, RequestErrors, type Viewer, Writes, isKeysetCursor, pageRequest, toConnection } from '@kindling/api/core';
import { GraphService } from '@kindling/api/graph';
import { DEFAULT_CHANNELS, DEFAULT_EMAIL_FREQUENCY, type EmailFrequency, NOTIFICATION_KINDS, type NotificationKind } from '@kindling/shared/rules';
import { NotificationErrors } from './notifications.errors';
import { type MailNotificationRow, NotificationsRepository } from './notifications.repository';
import { Notification, NotificationKindPreference, NotificationPreferences } from './models/notification.model';

export const MAX_MARK_IDS = 100;

export interface PreferencesCommand {
  emailFrequency: EmailFrequency | null;
  kinds: ReadonlyArray<{ kind: NotificationKind; inApp: boolean; email: boolean }>;
}

/** A notification for e-mail: its contents and whether the person wants it by e-mail (their choice, or the default). */
export interface NotificationForMail {
  id: string;
  personId: string;
  kind: NotificationKind;
  ideaId: string | null;
  actorIds: string[];
  data: Record<string, unknown>;
  email: boolean;
}

/** A kind's channels for a person: their own choice where they made one, the defaults elsewhere. */
function channels(kind: NotificationKind, own?: { inApp?: boolean | null; email?: boolean | null }): { inApp: boolean; email: boolean } {
  return { inApp: own?.inApp ?? DEFAULT_CHANNELS[kind]?.IN_APP ?? false, email: own?.email ?? DEFAULT_CHANNELS[kind]?.EMAIL ?? false };
}

function forMail(row: MailNotificationRow): NotificationForMail {
  return { ...row, email: channels(row.kind, { email: row.email }).email };
}

/** The notification centre: a person's list and unread count, marking read, follows and preferences. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly writes: Writes,
    private readonly repository: NotificationsRepository,
    private readonly graph: GraphService,
  ) {}

  async list(viewer: Viewer, unreadOnly: boolean, args: PageArgs): Promise<Connection<Notification>> {
    const page = pageRequest(args);
    if (page.cursor && !isKeysetCursor(page.cursor, CURSOR_KEYS.timestamp)) throw RequestErrors.invalidCursor('after', String(args.after));
    const rows = await this.repository.page(viewer.id, unreadOnly, page);
    return toConnection(rows, page, (r) => [r.keyText, r.id], Notification.from);
  }

  unreadCount(personId: string): Promise<number> {
    return this.repository.unreadCount(personId);
  }

  /** Marks the viewer's own notifications read (all, or these ids: one that is not theirs refuses the whole call); returns the unread count. */
  async markRead(viewer: Viewer, command: { ids: string[] | null; all: boolean }): Promise<number> {
    if (command.all === (command.ids !== null)) throw NotificationErrors.idsOrAll();
    if (command.ids && command.ids.length > MAX_MARK_IDS) throw RequestErrors.tooManyIds('ids', MAX_MARK_IDS);
    await this.writes.run({}, async (tx) => {
      if (command.ids) {
        const own = await this.repository.ownIds(tx, viewer.id, command.ids);
        const missing = command.ids.findIndex((id) => !own.has(id));
        if (missing >= 0) throw NotificationErrors.notFound(missing);
      }
      await this.repository.markRead(tx, viewer.id, command.ids);
    });
    return this.repository.unreadCount(viewer.id);
  }

  /** Follows or unfollows an idea explicitly: an explicit choice is never overridden by an automatic follow. */
  async setFollow(viewer: Viewer, ideaId: string, following: boolean): Promise<void> {
    await this.writes.run({}, async (tx) => {
      await this.graph.requireIdea(tx, ideaId);
      await this.repository.setFollow(tx, ideaId, viewer.id, following);
    });
  }

  followed(personId: string, ideaIds: readonly string[]): Promise<Set<string>> {
    return this.repository.followed(personId, ideaIds);
  }

  /** Every kind with the person's channels: their own choice where they made one, the defaults elsewhere. */
  async preferences(personId: string): Promise<NotificationPreferences> {
    const stored = await this.repository.preferences(personId);
    const chosen = new Map(stored.kinds.map((k) => [k.kind, k]));
    return Object.assign(new NotificationPreferences(), {
      emailFrequency: stored.emailFrequency ?? DEFAULT_EMAIL_FREQUENCY,
      kinds: NOTIFICATION_KINDS.map((kind) => {
        return Object.assign(new NotificationKindPreference(), { kind, ...channels(kind, chosen.get(kind)) });
      }),
    });
  }

  async updatePreferences(viewer: Viewer, command: PreferencesCommand): Promise<void> {
    const seen = new Set<string>();
    command.kinds.forEach((k, i) => {
      if (seen.has(k.kind)) throw NotificationErrors.duplicateKind(i);
      seen.add(k.kind);
    });
    const isDefault = (k: PreferencesCommand['kinds'][number]) => {
      const defaults = channels(k.kind);
      return k.inApp === defaults.inApp && k.email === defaults.email;
    };
    await this.writes.run({}, async (tx) => {
      if (command.emailFrequency) await this.repository.setEmailFrequency(tx, viewer.id, command.emailFrequency);
      await this.repository.putPreferences(tx, viewer.id, command.kinds.filter((k) => !isDefault(k)), command.kinds.filter(isDefault).map((k) => k.kind));
    });
  }

  // ------------------------------------------------------------ for e-mail

  /** The newest notification's id ('0' when there is none): where e-mail starts, so turning it on does not mail history. */
  latestNotificationId(): Promise<string> {
    return this.repository.latestId();
  }

  /** Ids of the notifications after `lastId`, oldest first, at most `limit` (read in `db`). */
  idsAfter(db: Queryable, lastId: string, limit: number): Promise<string[]> {
    return this.repository.idsAfter(db, lastId, limit);
  }

  /** One notification with whether its person wants it by e-mail; null when there is no such notification. */
  async forMail(db: Queryable, id: string): Promise<NotificationForMail | null> {
    const row = await this.repository.forMail(db, id);
    return row && forMail(row);
  }

  /** The person's notifications changed in (since, until], oldest first (at most 500), each with whether they want it by e-mail. */
  async forDigest(db: Queryable, personId: string, since: Date, until: Date): Promise<NotificationForMail[]> {
    return (await this.repository.forDigest(db, personId, since, until)).map(forMail);
  }

  /** E-mail off for one kind (an unsubscribe link), in-app left as it was; in `db`, the caller's write. */
  async turnEmailOff(db: Queryable, personId: string, kind: NotificationKind): Promise<void> {
    await this.repository.turnEmailOff(db, personId, kind, channels(kind));
  }
}
