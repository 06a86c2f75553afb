import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type RequestContext, type Viewer, Writes, toGlobalId } from '@kindling/api/core';
import { GraphLoaders } from '@kindling/api/graph';
import { ModerationService } from '@kindling/api/moderation';
import { type NotificationForMail, NotificationsService } from '@kindling/api/notifications';
import { PeopleLoaders, PeopleService } from '@kindling/api/people';
import { HIDDEN_TITLE, type Language, type NotificationKind } from '@kindling/shared/rules';
import { type MailLinks, type MailNotification, renderDigestMail, renderNotificationMail } from './mail.content';
import { MailRepository } from './mail.repository';
import { Mailer } from './mailer';

export type DigestFrequency = 'DAILY' | 'WEEKLY';

/** One person's digest for one period (a job of the digest queue). */
export interface DigestJob {
  personId: string;
  frequency: DigestFrequency;
  /** The period's first local day (YYYY-MM-DD): a day, or the Monday of a week. */
  period: string;
  /** What the digest covers up to (ISO time): the run's "now". */
  until: string;
}

const HIDDEN_TITLE_NL = 'Verborgen door een moderator';

/** The token in an unsubscribe link, as stored: only its hash is kept. */
export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** The local calendar date (YYYY-MM-DD) and weekday (1 = Monday) of `at` in `timeZone`. */
export function localDay(at: Date, timeZone: string): { date: string; weekday: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short' }).formatToParts(at).map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday) + 1 };
}

/** The period a digest run at `now` belongs to: its day, or the Monday of its week. */
export function digestPeriod(now: Date, frequency: DigestFrequency, timeZone: string): string {
  const { date, weekday } = localDay(now, timeZone);
  if (frequency === 'DAILY') return date;
  const monday = new Date(`${date}T12:00:00Z`);
  monday.setUTCDate(monday.getUTCDate() - (weekday - 1));
  return monday.toISOString().slice(0, 10);
}

/** Kinds about an idea's authors and their split: their link opens the idea's authors card. */
const AUTHORS_CARD_KINDS = new Set<NotificationKind>(['AUTHOR_SPLIT_PROPOSED', 'AUTHOR_SPLIT_DECIDED', 'AUTHOR_LEFT']);

/**
 * Turns notifications into mail: one immediate mail per notification (when the person wants it), digests, and
 * unsubscribing. Each mail is recorded in `mail_log` under a unique key in the transaction that hands it to
 * the SMTP server, so a job that runs twice sends once; a crash between the server's acceptance and the commit
 * sends it again on the retry (that window is the only way to get a mail twice).
 */
@Injectable()
export class MailService {
  constructor(
    private readonly repository: MailRepository,
    private readonly mailer: Mailer,
    private readonly notifications: NotificationsService,
    private readonly moderation: ModerationService,
    private readonly people: PeopleService,
    private readonly peopleLoaders: PeopleLoaders,
    private readonly graph: GraphLoaders,
    private readonly writes: Writes,
  ) {}

  /** The immediate mail of one notification, unless the person does not want it or it went out already. */
  async sendForNotification(notificationId: string): Promise<void> {
    await this.repository.transaction(async (db) => {
      const row = await this.notifications.forMail(db, notificationId);
      if (!row?.email) return;
      const [reader] = await this.people.contacts([row.personId], db);
      if (!reader?.active || reader.emailFrequency !== 'IMMEDIATELY') return;
      const [item] = await this.mailItems([row], reader);
      const { token, links } = this.links();
      const mail = renderNotificationMail(item, reader, links);
      if (!(await this.repository.claim(db, { key: `notification:${row.id}`, personId: reader.id, notificationId: row.id, frequency: null, coversUntil: null, subject: mail.subject }))) return;
      await this.repository.insertToken(db, hashToken(token), reader.id, row.kind);
      await this.mailer.send({ to: reader.email, ...mail, unsubscribeUrl: links.unsubscribeUrl });
    });
  }

  /** People whose digest of `frequency` is due in the run at `now`: one job each (the scheduler calls this; tests pass their own now). */
  async digestJobs(frequency: DigestFrequency, now: Date): Promise<DigestJob[]> {
    const period = digestPeriod(now, frequency, this.mailer.settings.timeZone);
    const ids = await this.people.withEmailFrequency(frequency);
    return ids.map((personId) => ({ personId, frequency, period, until: now.toISOString() }));
  }

  /** One person's digest: everything with e-mail on since their last digest, grouped by idea; nothing when there is nothing. */
  async sendDigest(job: DigestJob): Promise<void> {
    await this.repository.transaction(async (db) => {
      const [reader] = await this.people.contacts([job.personId], db);
      if (!reader?.active || reader.emailFrequency !== job.frequency) return;
      const until = new Date(job.until);
      const days = job.frequency === 'DAILY' ? 1 : 7;
      const since = (await this.repository.lastDigestUntil(db, reader.id)) ?? new Date(until.getTime() - days * 86_400_000);
      const rows = (await this.notifications.forDigest(db, reader.id, since, until)).filter((n) => n.email);
      if (rows.length === 0) return;
      const items = await this.mailItems(rows, reader);
      // grouped by idea: the ideas in the order of their first notification
      const order = new Map<string, number>();
      items.forEach((item, i) => order.set(item.idea?.url ?? '', order.get(item.idea?.url ?? '') ?? i));
      items.sort((a, b) => order.get(a.idea?.url ?? '')! - order.get(b.idea?.url ?? '')!);
      const { token, links } = this.links();
      const mail = renderDigestMail(items, job.frequency, reader, links);
      const key = `digest:${reader.id}:${job.frequency}:${job.period}`;
      if (!(await this.repository.claim(db, { key, personId: reader.id, notificationId: null, frequency: job.frequency, coversUntil: until, subject: mail.subject }))) return;
      await this.repository.insertToken(db, hashToken(token), reader.id, null);
      await this.mailer.send({ to: reader.email, ...mail, unsubscribeUrl: links.unsubscribeUrl });
    });
  }

  /** What an unsubscribe token turns off, in its owner's language; null for an unknown token. */
  async unsubscribeTarget(token: string): Promise<{ kind: NotificationKind | null; language: Language } | null> {
    return this.repository.transaction(async (db) => {
      const row = await this.repository.token(db, hashToken(token));
      if (!row) return null;
      const [person] = await this.people.contacts([row.personId], db);
      return { kind: row.kind, language: person?.language ?? 'en' };
    });
  }

  /** Unsubscribes by token (no sign-in): e-mail off for the mail's kind, or, for a digest, the e-mail frequency OFF. */
  async unsubscribe(token: string): Promise<{ kind: NotificationKind | null; language: Language } | null> {
    const hash = hashToken(token);
    return this.writes.run({}, async (tx) => {
      const row = await this.repository.token(tx, hash);
      if (!row) return null;
      if (row.kind) await this.notifications.turnEmailOff(tx, row.personId, row.kind);
      else await this.people.setEmailFrequency(tx, row.personId, 'OFF');
      await this.repository.markTokenUsed(tx, hash);
      const [person] = await this.people.contacts([row.personId], tx);
      return { kind: row.kind, language: person?.language ?? 'en' };
    });
  }

  get preferencesUrl(): string {
    return `${this.mailer.settings.publicUrl}/settings/notifications`;
  }

  private links(): { token: string; links: MailLinks } {
    const token = randomBytes(32).toString('base64url');
    return { token, links: { preferencesUrl: this.preferencesUrl, unsubscribeUrl: `${this.mailer.settings.publicUrl}/unsubscribe/${token}` } };
  }

  private ideaUrl(ideaId: string): string {
    return `${this.mailer.settings.publicUrl}/ideas/${encodeURIComponent(toGlobalId('Idea', ideaId))}`;
  }

  /**
   * The notifications as the reader may see them: ideas through the loaders, each hidden idea's title withheld
   * as moderation withholds it from the reader (unless they are one of its authors or an admin), actors by name.
   */
  private async mailItems(rows: NotificationForMail[], reader: { id: string; language: Language }): Promise<MailNotification[]> {
    const ctx = { viewer: null, cache: new Map() } as unknown as RequestContext;
    const ideas = this.graph.for(ctx);
    const people = this.peopleLoaders.for(ctx);
    const viewer: Viewer = { id: reader.id, role: (await people.person.load(reader.id))?.role ?? 'MEMBER' };
    const idea = async (id: string | null) => {
      if (!id) return null;
      const found = await ideas.idea.load(id);
      if (!found) return null;
      const isAuthor = (await ideas.authors.load(id)).some((p) => p.localId === reader.id);
      const title = (await this.moderation.ideaWithheld(found, viewer, ctx)) ? (reader.language === 'nl' ? HIDDEN_TITLE_NL : HIDDEN_TITLE) : found.title;
      return { title, url: this.ideaUrl(id), isAuthor };
    };
    return Promise.all(
      rows.map(async (row) => {
        const data = row.data;
        const otherId = (data.intoIdeaId ?? data.childIdeaId ?? data.causeIdeaId ?? null) as string | null;
        const [main, other, actors] = await Promise.all([idea(row.ideaId), idea(otherId), people.person.loadMany(row.actorIds)]);
        const url =
          row.kind === 'WEBHOOK_DISABLED'
            ? `${this.mailer.settings.publicUrl}/admin/webhooks`
            : row.kind === 'BUILT_ON' || row.kind === 'MERGED'
              ? (other?.url ?? main?.url ?? this.mailer.settings.publicUrl)
              : main && AUTHORS_CARD_KINDS.has(row.kind)
                ? `${main.url}#authors-title`
                : (main?.url ?? this.mailer.settings.publicUrl);
        return {
          kind: row.kind,
          data,
          idea: main && { title: main.title, url: main.url },
          otherIdea: other && { title: other.title, url: other.url },
          actorNames: actors.flatMap((a) => (a && !(a instanceof Error) ? [a.name] : [])),
          readerIsAuthor: main?.isAuthor ?? false,
          url,
        };
      }),
    );
  }
}
