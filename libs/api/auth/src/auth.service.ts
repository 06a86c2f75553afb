import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { type Viewer, enforce } from '@kindling/api/core';
import { checkTokenName, normaliseTitle } from '@kindling/shared/rules';
import { PeopleErrors } from '@kindling/api/people';
import { AuthErrors } from './auth.errors';
import { AuthRepository } from './auth.repository';
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
    private readonly repository: AuthRepository,
    @Inject(AUTH_OPTIONS) readonly options: AuthOptions,
  ) {}

  async viewerFrom(req: Request): Promise<Viewer | null> {
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) return this.repository.viewerOfToken(sha256(header.slice(7).trim()));
    const cookie = req.cookies?.[SESSION_COOKIE];
    const personId = typeof cookie === 'string' ? this.verifySession(cookie) : null;
    return personId ? this.repository.activePerson(personId) : null;
  }

  /** Dev sign-in: acts as any active person. Only on the embedded demo default, or when explicitly enabled. */
  async devSignIn(res: Response, personLocalId: string): Promise<Viewer> {
    if (!this.options.devSignIn) throw AuthErrors.devSignInDisabled();
    const viewer = await this.repository.activePerson(personLocalId);
    if (!viewer) throw PeopleErrors.personNotFound(personLocalId);
    this.startSession(res, viewer.id);
    return viewer;
  }

  signOut(res: Response): void {
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /** Creates a bearer token for the acting person; the token is returned once and only its hash is kept. */
  async createApiToken(viewer: Viewer, name: string): Promise<string> {
    const label = normaliseTitle(name);
    enforce(checkTokenName(label));
    const token = `kdl_${randomBytes(24).toString('base64url')}`;
    await this.repository.insertToken(viewer.id, label, sha256(token));
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
}
