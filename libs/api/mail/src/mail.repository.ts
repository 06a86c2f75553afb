import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Queryable } from '@kindling/api/core';
import type { NotificationKind } from '@kindling/shared/rules';

export interface UnsubscribeTokenRow {
  personId: string;
  /** The kind it turns e-mail off for; null: a digest's token, which turns the e-mail frequency off. */
  kind: NotificationKind | null;
}

/**
 * All of the mail domain's SQL: its cursor over notifications, the log of sent mail, unsubscribe tokens. The
 * notifications and their preferences it asks the notifications domain for (NotificationsService).
 */
@Injectable()
export class MailRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction((manager) => work(manager));
  }

  /** Creates the cursor at `lastId` unless it exists (it starts at the newest notification: turning e-mail on does not mail history). */
  async ensureCursor(name: string, lastId: string): Promise<void> {
    await this.db.query(`INSERT INTO mail_cursors (name, last_id) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [name, lastId]);
  }

  /** Locks the cursor (null when another process holds it: that one queues these notifications). */
  async lockCursor(db: Queryable, name: string): Promise<string | null> {
    const [row] = await db.query(`SELECT last_id::text AS "lastId" FROM mail_cursors WHERE name = $1 FOR UPDATE SKIP LOCKED`, [name]);
    return (row?.lastId as string | undefined) ?? null;
  }

  async advanceCursor(db: Queryable, name: string, lastId: string): Promise<void> {
    await db.query(`UPDATE mail_cursors SET last_id = $2 WHERE name = $1`, [name, lastId]);
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
}
