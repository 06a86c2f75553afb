import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { type Viewer, badInput, forbidden, notFound } from '@kindling/api/core';
import { AUTH_OPTIONS, type AuthOptions, SESSION_COOKIE, SESSION_DAYS } from './auth.options';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Identity's one seam: every request's acting person is decided here, from a bearer token
 * (service clients) or a signed session cookie (people in a browser). Single sign-on will
 * issue the same session cookie.
 */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(AUTH_OPTIONS) readonly options: AuthOptions,
  ) {}

  async viewerFrom(req: Request): Promise<Viewer | null> {
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) return this.viewerFromToken(header.slice(7).trim());
    const cookie = req.cookies?.[SESSION_COOKIE];
    const personId = typeof cookie === 'string' ? this.verifySession(cookie) : null;
    return personId ? this.activePerson(personId) : null;
  }

  /** Dev sign-in: acts as any active person. Only on the embedded demo default, or when explicitly enabled. */
  async devSignIn(res: Response, personLocalId: string): Promise<Viewer> {
    if (!this.options.devSignIn) throw forbidden('Dev sign-in is disabled on this server.');
    const viewer = await this.activePerson(personLocalId);
    if (!viewer) throw notFound('Person', personLocalId);
    this.startSession(res, viewer.id);
    return viewer;
  }

  signOut(res: Response): void {
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /** Creates a bearer token for the acting person; the token is returned once and only its hash is kept. */
  async createApiToken(viewer: Viewer, name: string): Promise<string> {
    const label = name.trim();
    if (!label || label.length > 100) throw badInput('name: give the token a name of 1–100 characters.', { field: 'name' });
    const token = `kdl_${randomBytes(24).toString('base64url')}`;
    await this.db.query(`INSERT INTO api_tokens (person_id, name, token_hash) VALUES ($1, $2, $3)`, [viewer.id, label, sha256(token)]);
    return token;
  }

  private startSession(res: Response, personId: string): void {
    const expires = Date.now() + SESSION_DAYS * 86_400_000;
    const value = `${personId}.${expires}`;
    res.cookie(SESSION_COOKIE, `${value}.${this.sign(value)}`, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.options.secureCookies,
      path: '/',
      expires: new Date(expires),
    });
  }

  private verifySession(cookie: string): string | null {
    const [personId, expires, signature] = cookie.split('.');
    if (!personId || !expires || !signature || Number(expires) < Date.now()) return null;
    const expected = Buffer.from(this.sign(`${personId}.${expires}`));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected) && /^\d+$/.test(personId) ? personId : null;
  }

  private sign(value: string): string {
    return createHmac('sha256', this.options.sessionSecret).update(value).digest('base64url');
  }

  private async viewerFromToken(token: string): Promise<Viewer | null> {
    const [row] = await this.db.query(
      `SELECT p.id::text AS id, p.role FROM api_tokens t JOIN people p ON p.id = t.person_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND p.active`,
      [sha256(token)],
    );
    return row ?? null;
  }

  private async activePerson(personLocalId: string): Promise<Viewer | null> {
    const [row] = await this.db.query(`SELECT id::text AS id, role FROM people WHERE id = $1 AND active`, [personLocalId]);
    return row ?? null;
  }
}
