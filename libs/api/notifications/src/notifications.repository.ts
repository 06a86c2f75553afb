import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PageRequest, Queryable } from '@kindling/api/core';
import type { EmailFrequency, NotificationKind } from '@kindling/shared/rules';

/** The channel every new or changed notification is announced on, `<personId>:<notificationId>`. */
export const NOTIFICATION_CHANNEL = 'kindling_notification';

/** A notification as the repository reads it (ids as text). */
export interface NotificationRow {
  id: string;
  personId: string;
  kind: NotificationKind;
  ideaId: string | null;
  actorIds: string[];
  data: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
  readAt: Date | null;
  /** `updated_at` as PostgreSQL's text: the page key. */
  keyText: string;
}

/** A notification as e-mail reads it, with the person's own e-mail choice for its kind (null: the default). */
export interface MailNotificationRow {
  id: string;
  personId: string;
  kind: NotificationKind;
  ideaId: string | null;
  actorIds: string[];
  data: Record<string, unknown>;
  email: boolean | null;
}

/** One recipient of a one-off notification, with their share of the idea when the kind tells it. */
export interface Recipient {
  personId: string;
  sharePpm?: number | null;
  /** What of the data is this recipient's own (e.g. their share of a proposed split), merged over the shared data. */
  own?: Record<string, unknown>;
}

/** A one-off notification for several people: one row each, keyed by the event (a replay adds nothing). */
export interface OneOff {
  kind: NotificationKind;
  key: string;
  ideaId: string | null;
  actorIds: string[];
  eventSeq: string;
  data: Record<string, unknown>;
  recipients: Recipient[];
  /** Whether the data tells each recipient's share (`sharePpm`, null for followers who hold none). */
  withShare: boolean;
  /** Also every follower of this idea (with a null share) unless they are recipients already: those following when it happened, so a replay adds nobody. */
  followersOf: string | null;
  occurredAt: Date;
  /** Never these people (the actor; when an idea is hidden, everyone but its authors is left out by the caller). */
  excluded: string[];
}

const COLUMNS = `n.id::text AS id, n.person_id::text AS "personId", n.kind, n.idea_id::text AS "ideaId", n.actor_ids::text[] AS "actorIds",
  n.data, n.created_at AS "createdAt", n.updated_at AS "updatedAt", n.read_at AS "readAt", n.updated_at::text AS "keyText"`;

const MAIL_COLUMNS = `n.id::text AS id, n.person_id::text AS "personId", n.kind, n.idea_id::text AS "ideaId",
  n.actor_ids::text[] AS "actorIds", n.data, np.email`;

/** Kinds a person switched off in the app: their rows are kept (e-mail reads them) but not listed or counted. */
const SHOWN = `NOT EXISTS (SELECT 1 FROM notification_preferences p WHERE p.person_id = n.person_id AND p.kind = n.kind AND NOT p.in_app)`;

/** Announces every row a statement wrote, in its transaction (delivered at the commit). */
const ANNOUNCE = `SELECT count(pg_notify('${NOTIFICATION_CHANNEL}', w.person_id || ':' || w.id))::int AS n FROM written w`;

/** All of the notifications domain's SQL. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Serialises the consumer's transactions across processes: the coalesced rows and credit snapshots are read, then written. */
  async lockFanOut(tx: Queryable): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kindling.notifications'))`);
  }

  /** Inserts one row per recipient (and follower), skipping those already made for this event; returns how many were written. */
  async insertOneOff(tx: Queryable, n: OneOff): Promise<number> {
    const [row] = await tx.query(
      `WITH given(person_id, share_ppm, own) AS (
         SELECT * FROM unnest($1::bigint[], $2::int[], $13::jsonb[])
       ), everyone AS (
         SELECT person_id, share_ppm, own FROM given
         UNION ALL
         SELECT f.person_id, NULL, NULL FROM idea_follows f
          WHERE f.idea_id = $3::bigint AND f.following AND f.since <= $12 AND f.person_id NOT IN (SELECT person_id FROM given)
       ), written AS (
         INSERT INTO notifications (person_id, kind, coalesce_key, idea_id, actor_ids, event_seq, data)
         SELECT e.person_id, $4, $5, $6::bigint, $7::bigint[], $8::bigint,
                CASE WHEN $9::boolean THEN $10::jsonb || jsonb_build_object('sharePpm', e.share_ppm) ELSE $10::jsonb END || coalesce(e.own, '{}')
           FROM everyone e
          WHERE e.person_id <> ALL($11::bigint[]) AND EXISTS (SELECT 1 FROM people p WHERE p.id = e.person_id AND p.active)
         ON CONFLICT (person_id, coalesce_key) DO NOTHING
         RETURNING id, person_id
       ) ${ANNOUNCE}`,
      [
        n.recipients.map((r) => r.personId),
        n.recipients.map((r) => r.sharePpm ?? null),
        n.followersOf,
        n.kind,
        n.key,
        n.ideaId,
        n.actorIds,
        n.eventSeq,
        n.withShare,
        JSON.stringify(n.data),
        n.excluded,
        n.occurredAt,
        n.recipients.map((r) => (r.own ? JSON.stringify(r.own) : null)),
      ],
    );
    return row.n;
  }

  /**
   * Folds an endorsement into each author's unread ENDORSED row of the idea, or starts a new row (keyed by the event)
   * for those who have none; a replay changes nothing (the actor is already folded into a row at least this recent).
   */
  async foldEndorsement(tx: Queryable, f: { ideaId: string; authorIds: string[]; actorId: string; eventSeq: string }): Promise<number> {
    const [row] = await tx.query(
      `WITH authors(person_id) AS (SELECT unnest($1::bigint[])),
       folded AS (
         SELECT DISTINCT n.person_id FROM notifications n
          WHERE n.kind = 'ENDORSED' AND n.idea_id = $2 AND n.person_id IN (SELECT person_id FROM authors)
            AND n.event_seq >= $4 AND $3::bigint = ANY(n.actor_ids)
       ), updated AS (
         UPDATE notifications n SET actor_ids = ARRAY(SELECT DISTINCT unnest(n.actor_ids || $3::bigint) ORDER BY 1),
                event_seq = greatest(n.event_seq, $4), updated_at = now()
          WHERE n.kind = 'ENDORSED' AND n.idea_id = $2 AND n.read_at IS NULL
            AND n.person_id IN (SELECT person_id FROM authors) AND n.person_id NOT IN (SELECT person_id FROM folded)
         RETURNING n.id, n.person_id
       ), inserted AS (
         INSERT INTO notifications (person_id, kind, coalesce_key, idea_id, actor_ids, event_seq)
         SELECT a.person_id, 'ENDORSED', 'ENDORSED:' || $2 || ':' || $4, $2, ARRAY[$3::bigint], $4 FROM authors a
          WHERE a.person_id NOT IN (SELECT person_id FROM folded)
            AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.kind = 'ENDORSED' AND n.idea_id = $2 AND n.person_id = a.person_id AND n.read_at IS NULL)
         ON CONFLICT (person_id, coalesce_key) DO NOTHING
         RETURNING id, person_id
       ), written AS (SELECT * FROM updated UNION ALL SELECT * FROM inserted) ${ANNOUNCE}`,
      [f.authorIds, f.ideaId, f.actorId, f.eventSeq],
    );
    return row.n;
  }

  /** The shares last told about, per idea (ideas never seen have no rows); read in `tx`, or outside any write. */
  creditSnapshot(tx: Queryable | null, ideaIds: readonly string[]): Promise<Array<{ ideaId: string; personId: string; ppm: number }>> {
    return (tx ?? this.db).query(
      `SELECT idea_id::text AS "ideaId", person_id::text AS "personId", ppm FROM notification_credit_shares WHERE idea_id = ANY($1::bigint[])`,
      [ideaIds],
    );
  }

  /** Sets the snapshot of these (idea, person) pairs; a share of 0 removes the row. */
  async putCreditSnapshot(tx: Queryable, rows: ReadonlyArray<{ ideaId: string; personId: string; ppm: number }>): Promise<void> {
    if (rows.length === 0) return;
    const args = [rows.map((r) => r.ideaId), rows.map((r) => r.personId), rows.map((r) => r.ppm)];
    await tx.query(
      `DELETE FROM notification_credit_shares s USING unnest($1::bigint[], $2::bigint[], $3::int[]) AS x(idea_id, person_id, ppm)
        WHERE s.idea_id = x.idea_id AND s.person_id = x.person_id AND x.ppm = 0`,
      args,
    );
    await tx.query(
      `INSERT INTO notification_credit_shares (idea_id, person_id, ppm)
       SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::int[]) AS x(idea_id, person_id, ppm) WHERE x.ppm > 0
       ON CONFLICT (idea_id, person_id) DO UPDATE SET ppm = excluded.ppm`,
      args,
    );
  }

  /**
   * Upserts CREDIT_CHANGED per person × idea × day: the day's first move sets fromPpm, later ones only toPpm and the
   * cause (and make the row unread again).
   */
  async upsertCreditChanges(
    tx: Queryable,
    c: { day: string; eventSeq: string; actorIds: string[]; cause: string; causeIdeaId: string | null; moves: ReadonlyArray<{ ideaId: string; personId: string; fromPpm: number; toPpm: number }> },
  ): Promise<number> {
    if (c.moves.length === 0) return 0;
    const [row] = await tx.query(
      `WITH moves(idea_id, person_id, from_ppm, to_ppm) AS (SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::int[], $4::int[])),
       written AS (
         INSERT INTO notifications AS n (person_id, kind, coalesce_key, idea_id, actor_ids, event_seq, data)
         SELECT m.person_id, 'CREDIT_CHANGED', 'CREDIT_CHANGED:' || m.idea_id || ':' || $5, m.idea_id, $6::bigint[], $7::bigint,
                jsonb_build_object('fromPpm', m.from_ppm, 'toPpm', m.to_ppm, 'cause', $8::text, 'causeIdeaId', $9::text)
           FROM moves m
         ON CONFLICT (person_id, coalesce_key) DO UPDATE
           SET data = n.data || jsonb_build_object('toPpm', excluded.data->'toPpm', 'cause', excluded.data->'cause', 'causeIdeaId', excluded.data->'causeIdeaId'),
               actor_ids = ARRAY(SELECT DISTINCT unnest(n.actor_ids || excluded.actor_ids) ORDER BY 1),
               event_seq = greatest(n.event_seq, excluded.event_seq), updated_at = now(), read_at = NULL
         RETURNING n.id, n.person_id
       ) ${ANNOUNCE}`,
      [c.moves.map((m) => m.ideaId), c.moves.map((m) => m.personId), c.moves.map((m) => m.fromPpm), c.moves.map((m) => m.toPpm), c.day, c.actorIds, c.eventSeq, c.cause, c.causeIdeaId],
    );
    return row.n;
  }

  /** Makes these people follow the idea since `since` (the event), unless they already have a row (an explicit unfollow sticks). */
  async autoFollow(tx: Queryable, ideaId: string, personIds: readonly string[], since: Date): Promise<void> {
    await tx.query(
      `INSERT INTO idea_follows (idea_id, person_id, following, since) SELECT $1, unnest($2::bigint[]), true, $3 ON CONFLICT (idea_id, person_id) DO NOTHING`,
      [ideaId, personIds, since],
    );
  }

  async setFollow(tx: Queryable, ideaId: string, personId: string, following: boolean): Promise<void> {
    await tx.query(
      `INSERT INTO idea_follows (idea_id, person_id, following, explicit) VALUES ($1, $2, $3, true)
       ON CONFLICT (idea_id, person_id) DO UPDATE SET following = excluded.following, explicit = true, since = now()`,
      [ideaId, personId, following],
    );
  }

  /** Of these ideas, the ones the person follows. */
  async followed(personId: string, ideaIds: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT idea_id::text AS id FROM idea_follows WHERE person_id = $1 AND following AND idea_id = ANY($2::bigint[])`,
      [personId, ideaIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  // ------------------------------------------------------------ the notification centre

  /** One page of a person's notifications, newest first (keyset on updated_at, id). */
  page(personId: string, unreadOnly: boolean, page: PageRequest): Promise<NotificationRow[]> {
    const params: unknown[] = [personId];
    const conditions = ['n.person_id = $1', SHOWN];
    if (unreadOnly) conditions.push('n.read_at IS NULL');
    if (page.cursor) {
      params.push(page.cursor[0], page.cursor[1]);
      conditions.push(`(n.updated_at, n.id) ${page.backward ? '>' : '<'} ($2::timestamptz, $3::bigint)`);
    }
    const dir = page.backward ? 'ASC' : 'DESC';
    return this.db.query(`SELECT ${COLUMNS} FROM notifications n WHERE ${conditions.join(' AND ')} ORDER BY n.updated_at ${dir}, n.id ${dir} LIMIT ${page.limit + 1}`, params);
  }

  notifications(ids: readonly string[]): Promise<NotificationRow[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM notifications n WHERE n.id = ANY($1::bigint[])`, [ids]);
  }

  async unreadCount(personId: string): Promise<number> {
    const [row] = await this.db.query(`SELECT count(*)::int AS n FROM notifications n WHERE n.person_id = $1 AND n.read_at IS NULL AND ${SHOWN}`, [personId]);
    return row.n;
  }

  /** Of these ids, those that are the person's. */
  async ownIds(tx: Queryable, personId: string, ids: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await tx.query(`SELECT id::text AS id FROM notifications WHERE person_id = $1 AND id = ANY($2::bigint[])`, [personId, ids]);
    return new Set(rows.map((r) => r.id));
  }

  /** Marks the person's notifications read: these ids, or all of them (null). */
  async markRead(tx: Queryable, personId: string, ids: readonly string[] | null): Promise<void> {
    await tx.query(
      `UPDATE notifications SET read_at = now() WHERE person_id = $1 AND read_at IS NULL AND ($2::bigint[] IS NULL OR id = ANY($2::bigint[]))`,
      [personId, ids],
    );
  }

  // ------------------------------------------------------------ e-mail's reads

  /** The newest notification's id; '0' when there is none. */
  async latestId(): Promise<string> {
    const [row] = await this.db.query(`SELECT coalesce(max(id), 0)::text AS id FROM notifications`);
    return row.id;
  }

  /** The ids after `lastId`, oldest first, at most `limit`. */
  async idsAfter(tx: Queryable, lastId: string, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await tx.query(`SELECT id::text AS id FROM notifications WHERE id > $1 ORDER BY id LIMIT ${limit}`, [lastId]);
    return rows.map((r) => r.id);
  }

  async forMail(tx: Queryable, id: string): Promise<MailNotificationRow | null> {
    const [row] = await tx.query(
      `SELECT ${MAIL_COLUMNS} FROM notifications n
       LEFT JOIN notification_preferences np ON np.person_id = n.person_id AND np.kind = n.kind WHERE n.id = $1`,
      [id],
    );
    return (row as MailNotificationRow | undefined) ?? null;
  }

  /** The person's notifications changed in (since, until], oldest first (at most 500). */
  forDigest(tx: Queryable, personId: string, since: Date, until: Date): Promise<MailNotificationRow[]> {
    return tx.query(
      `SELECT ${MAIL_COLUMNS} FROM notifications n
       LEFT JOIN notification_preferences np ON np.person_id = n.person_id AND np.kind = n.kind
       WHERE n.person_id = $1 AND n.updated_at > $2 AND n.updated_at <= $3 ORDER BY n.updated_at, n.id LIMIT 500`,
      [personId, since, until],
    );
  }

  // ------------------------------------------------------------ preferences

  async preferences(personId: string): Promise<{ emailFrequency: EmailFrequency; kinds: Array<{ kind: NotificationKind; inApp: boolean; email: boolean }> }> {
    const [row] = await this.db.query(
      `SELECT p.email_frequency AS "emailFrequency",
              coalesce((SELECT json_agg(json_build_object('kind', np.kind, 'inApp', np.in_app, 'email', np.email)) FROM notification_preferences np WHERE np.person_id = p.id), '[]') AS kinds
         FROM people p WHERE p.id = $1`,
      [personId],
    );
    return row;
  }

  async setEmailFrequency(tx: Queryable, personId: string, frequency: EmailFrequency): Promise<void> {
    await tx.query(`UPDATE people SET email_frequency = $2 WHERE id = $1`, [personId, frequency]);
  }

  /**
   * E-mail off for one kind, in-app as it was (the default when the person has no row); the row goes away when it
   * then equals the defaults (rows only where a person differs, as putPreferences keeps them).
   */
  async turnEmailOff(tx: Queryable, personId: string, kind: NotificationKind, defaults: { inApp: boolean; email: boolean }): Promise<void> {
    await tx.query(
      `INSERT INTO notification_preferences (person_id, kind, in_app, email) VALUES ($1, $2, $3, false)
       ON CONFLICT (person_id, kind) DO UPDATE SET email = false`,
      [personId, kind, defaults.inApp],
    );
    await tx.query(`DELETE FROM notification_preferences WHERE person_id = $1 AND kind = $2 AND in_app = $3 AND email = $4`, [personId, kind, defaults.inApp, defaults.email]);
  }

  /** Stores a person's choices: rows only where they differ from the defaults, the others removed. */
  async putPreferences(tx: Queryable, personId: string, differing: ReadonlyArray<{ kind: string; inApp: boolean; email: boolean }>, defaults: readonly string[]): Promise<void> {
    await tx.query(`DELETE FROM notification_preferences WHERE person_id = $1 AND kind = ANY($2::text[])`, [personId, defaults]);
    await tx.query(
      `INSERT INTO notification_preferences (person_id, kind, in_app, email) SELECT $1, * FROM unnest($2::text[], $3::boolean[], $4::boolean[])
       ON CONFLICT (person_id, kind) DO UPDATE SET in_app = excluded.in_app, email = excluded.email`,
      [personId, differing.map((d) => d.kind), differing.map((d) => d.inApp), differing.map((d) => d.email)],
    );
  }
}
