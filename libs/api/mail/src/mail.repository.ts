import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Queryable } from '@kindling/api/core';
import type { NotificationKind } from '@kindling/shared/rules';

/** A notification row (the contract of migration 1764900000100) with the person's e-mail choice for its kind. */
export interface MailNotificationRow {
  id: string;
  personId: string;
  kind: NotificationKind;
  ideaId: string | null;
  actorIds: string[];
  data: Record<string, unknown>;
  /** The person's own choice for e-mail of this kind; null: the default (DEFAULT_CHANNELS). */
  email: boolean | null;
}

export interface UnsubscribeTokenRow {
  personId: string;
  /** The kind it turns e-mail off for; null: a digest's token, which turns the e-mail frequency off. */
  kind: NotificationKind | null;
}

const NOTIFICATION_COLUMNS = `n.id::text AS id, n.person_id::text AS "personId", n.kind, n.idea_id::text AS "ideaId",
  n.actor_ids::text[] AS "actorIds", n.data, np.email`;

/**
 * All of the mail domain's SQL: its cursor over notifications, the log of sent mail, unsubscribe tokens. It reads
 * `notifications` and writes `notification_preferences` (the contract tables of migration 1764900000100).
 */
@Injectable()
export class MailRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction((manager) => work(manager));
  }

  /** The cursor starts at the newest notification: turning e-mail on does not mail history. */
  async ensureCursor(name: string): Promise<void> {
    await this.db.query(`INSERT INTO mail_cursors (name, last_id) SELECT $1, coalesce(max(id), 0) FROM notifications ON CONFLICT (name) DO NOTHING`, [name]);
  }

  /** Locks the cursor (null when another process holds it: that one queues these notifications). */
  async lockCursor(db: Queryable, name: string): Promise<string | null> {
    const [row] = await db.query(`SELECT last_id::text AS "lastId" FROM mail_cursors WHERE name = $1 FOR UPDATE SKIP LOCKED`, [name]);
    return (row?.lastId as string | undefined) ?? null;
  }

  async notificationIdsAfter(db: Queryable, lastId: string, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await db.query(`SELECT id::text AS id FROM notifications WHERE id > $1 ORDER BY id LIMIT ${limit}`, [lastId]);
    return rows.map((r) => r.id);
  }

  async advanceCursor(db: Queryable, name: string, lastId: string): Promise<void> {
    await db.query(`UPDATE mail_cursors SET last_id = $2 WHERE name = $1`, [name, lastId]);
  }

  async notification(db: Queryable, id: string): Promise<MailNotificationRow | null> {
    const [row] = await db.query(
      `SELECT ${NOTIFICATION_COLUMNS} FROM notifications n
       LEFT JOIN notification_preferences np ON np.person_id = n.person_id AND np.kind = n.kind WHERE n.id = $1`,
      [id],
    );
    return (row as MailNotificationRow | undefined) ?? null;
  }

  /** The person's notifications changed in (since, until], oldest first. */
  digestNotifications(db: Queryable, personId: string, since: Date, until: Date): Promise<MailNotificationRow[]> {
    return db.query(
      `SELECT ${NOTIFICATION_COLUMNS} FROM notifications n
       LEFT JOIN notification_preferences np ON np.person_id = n.person_id AND np.kind = n.kind
       WHERE n.person_id = $1 AND n.updated_at > $2 AND n.updated_at <= $3 ORDER BY n.updated_at, n.id LIMIT 500`,
      [personId, since, until],
    );
  }

  /** Until when the person's last digest (of any frequency) reported; null: none yet. */
  async lastDigestUntil(db: Queryable, personId: string): Promise<Date | null> {
    const [row] = await db.query(`SELECT max(covers_until) AS until FROM mail_log WHERE person_id = $1 AND frequency IS NOT NULL`, [personId]);
    return (row?.until as Date | null) ?? null;
  }

  /**
   * Records a mail about to be sent under its unique key; false when it is already recorded. A concurrent
   * attempt with the same key waits here until the first commits (then false) or rolls back (then true).
   */
  async claim(
    db: Queryable,
    mail: { key: string; personId: string; notificationId: string | null; frequency: string | null; coversUntil: Date | null; subject: string },
  ): Promise<boolean> {
    const rows = await db.query(
      `INSERT INTO mail_log (key, person_id, notification_id, frequency, covers_until, subject) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (key) DO NOTHING RETURNING id`,
      [mail.key, mail.personId, mail.notificationId, mail.frequency, mail.coversUntil, mail.subject],
    );
    return rows.length === 1;
  }

  async insertToken(db: Queryable, hash: Buffer, personId: string, kind: NotificationKind | null): Promise<void> {
    await db.query(`INSERT INTO unsubscribe_tokens (token_hash, person_id, kind) VALUES ($1, $2, $3)`, [hash, personId, kind]);
  }

  async token(db: Queryable, hash: Buffer): Promise<UnsubscribeTokenRow | null> {
    const [row] = await db.query(`SELECT person_id::text AS "personId", kind FROM unsubscribe_tokens WHERE token_hash = $1`, [hash]);
    return (row as UnsubscribeTokenRow | undefined) ?? null;
  }

  async markTokenUsed(db: Queryable, hash: Buffer): Promise<void> {
    await db.query(`UPDATE unsubscribe_tokens SET used_at = coalesce(used_at, now()) WHERE token_hash = $1`, [hash]);
  }

  /** E-mail off for one kind; the row goes away when it then equals the defaults (rows only where a person differs). */
  async turnEmailOff(db: Queryable, personId: string, kind: NotificationKind, defaults: { inApp: boolean; email: boolean }): Promise<void> {
    await db.query(
      `INSERT INTO notification_preferences (person_id, kind, in_app, email) VALUES ($1, $2, $3, false)
       ON CONFLICT (person_id, kind) DO UPDATE SET email = false`,
      [personId, kind, defaults.inApp],
    );
    await db.query(`DELETE FROM notification_preferences WHERE person_id = $1 AND kind = $2 AND in_app = $3 AND email = $4`, [personId, kind, defaults.inApp, defaults.email]);
  }
}
