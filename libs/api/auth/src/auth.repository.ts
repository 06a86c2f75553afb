import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Role, Viewer } from '@kindling/api/core';
import { ROTATION_GRACE_SECONDS, SESSION_ROTATE_HOURS, TOUCH_SECONDS } from './auth.options';

export type TokenScope = 'READ' | 'WRITE';

/** A live session, with what its request should do about it. */
export interface SessionRow {
  sessionId: string;
  personId: string;
  role: Role;
  /** last_seen_at is older than TOUCH_SECONDS. */
  stale: boolean;
  /** Old enough to get a new secret. */
  due: boolean;
}

export interface TokenCheckRow {
  tokenId: string;
  personId: string;
  role: Role;
  scopes: TokenScope[];
  revoked: boolean;
  expired: boolean;
  stale: boolean;
  active: boolean;
}

export interface TokenRow {
  id: string;
  name: string;
  scopes: TokenScope[];
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date;
  revokedAt: Date | null;
}

const TOKEN_COLUMNS = `id::text AS id, name, scopes::text[] AS scopes, created_at AS "createdAt", last_used_at AS "lastUsedAt",
  expires_at AS "expiresAt", revoked_at AS "revokedAt"`;

/** A session still acts while not revoked (a rotated one: until its grace ends), before its expiry, and not idle. */
const SESSION_LIVE = `(s.revoked_at IS NULL OR s.revoked_at > now()) AND s.expires_at > now()`;

/** All of identity's SQL: sessions and API tokens (hashes of their secrets only). */
@Injectable()
export class AuthRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async activePerson(personId: string): Promise<Viewer | null> {
    const [row] = await this.db.query(`SELECT id::text AS id, role FROM people WHERE id = $1 AND active`, [personId]);
    return row ?? null;
  }

  async liveSession(tokenHash: string, idleHours: number): Promise<SessionRow | null> {
    const [row] = await this.db.query(
      `SELECT s.id::text AS "sessionId", p.id::text AS "personId", p.role,
              s.last_seen_at < now() - make_interval(secs => $3) AS stale,
              s.revoked_at IS NULL AND s.created_at < now() - make_interval(hours => $4) AS due
         FROM sessions s JOIN people p ON p.id = s.person_id
        WHERE s.token_hash = $1 AND p.active AND ${SESSION_LIVE} AND s.last_seen_at > now() - make_interval(hours => $2)`,
      [tokenHash, idleHours, TOUCH_SECONDS, SESSION_ROTATE_HOURS],
    );
    return row ?? null;
  }

  async insertSession(personId: string, tokenHash: string, maxDays: number, userAgent: string | null, ip: string | null): Promise<{ id: string; expiresAt: Date }> {
    const [row] = await this.db.query(
      `INSERT INTO sessions (person_id, token_hash, expires_at, user_agent, ip) VALUES ($1, $2, now() + make_interval(days => $3), $4, $5)
       RETURNING id::text AS id, expires_at AS "expiresAt"`,
      [personId, tokenHash, maxDays, userAgent, ip],
    );
    return row;
  }

  /**
   * Replaces a session by a new one with a new secret and the same absolute expiry; the old secret acts for a
   * short grace. Null when another request rotated it first (that request re-issues the cookie).
   */
  async rotateSession(sessionId: string, newTokenHash: string): Promise<{ id: string; expiresAt: Date } | null> {
    const [row] = await this.db.query(
      `WITH old AS (
         UPDATE sessions SET revoked_at = now() + make_interval(secs => $3) WHERE id = $1 AND revoked_at IS NULL
         RETURNING person_id, expires_at, user_agent, ip)
       INSERT INTO sessions (person_id, token_hash, expires_at, user_agent, ip) SELECT person_id, $2, expires_at, user_agent, ip FROM old
       RETURNING id::text AS id, expires_at AS "expiresAt"`,
      [sessionId, newTokenHash, ROTATION_GRACE_SECONDS],
    );
    return row ?? null;
  }

  async touchSession(sessionId: string): Promise<void> {
    await this.db.query(`UPDATE sessions SET last_seen_at = now() WHERE id = $1`, [sessionId]);
  }

  async revokeSession(sessionId: string): Promise<void> {
    await this.db.query(`UPDATE sessions s SET revoked_at = now() WHERE id = $1 AND ${SESSION_LIVE}`, [sessionId]);
  }

  /** Ends every live session of a person; returns how many. */
  async revokeSessionsOf(personId: string): Promise<number> {
    const [row] = await this.db.query(
      `WITH ended AS (UPDATE sessions s SET revoked_at = now() WHERE person_id = $1 AND ${SESSION_LIVE} RETURNING 1)
       SELECT count(*)::int AS n FROM ended`,
      [personId],
    );
    return row.n;
  }

  async checkToken(tokenHash: string): Promise<TokenCheckRow | null> {
    const [row] = await this.db.query(
      `SELECT t.id::text AS "tokenId", p.id::text AS "personId", p.role, t.scopes::text[] AS scopes, p.active,
              t.revoked_at IS NOT NULL AS revoked, t.expires_at <= now() AS expired,
              t.last_used_at IS NULL OR t.last_used_at < now() - make_interval(secs => $2) AS stale
         FROM api_tokens t JOIN people p ON p.id = t.person_id
        WHERE t.token_hash = $1`,
      [tokenHash, TOUCH_SECONDS],
    );
    return row ?? null;
  }

  async touchToken(tokenId: string): Promise<void> {
    await this.db.query(`UPDATE api_tokens SET last_used_at = now() WHERE id = $1`, [tokenId]);
  }

  async insertToken(personId: string, name: string, tokenHash: string, scopes: TokenScope[], days: number): Promise<TokenRow> {
    const [row] = await this.db.query(
      `INSERT INTO api_tokens (person_id, name, token_hash, scopes, expires_at)
       VALUES ($1, $2, $3, $4::api_token_scope[], now() + make_interval(days => $5)) RETURNING ${TOKEN_COLUMNS}`,
      [personId, name, tokenHash, scopes, days],
    );
    return row;
  }

  /** A person's tokens, newest first (revoked and expired ones too, so they can see what ended). */
  async tokensOf(personId: string): Promise<TokenRow[]> {
    return this.db.query(`SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE person_id = $1 ORDER BY created_at DESC, id DESC`, [personId]);
  }

  /** Revokes one of a person's tokens (again: a no-op); null when they have no token with that id. */
  async revokeToken(personId: string, tokenId: string): Promise<TokenRow | null> {
    const [row] = await this.db.query(
      `WITH revoked AS (UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE id = $2 AND person_id = $1 RETURNING *)
       SELECT ${TOKEN_COLUMNS} FROM revoked`,
      [personId, tokenId],
    );
    return row ?? null;
  }
}
