import type { IncomingMessage } from 'node:http';
import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import { type Viewer, enforce } from '@kindling/api/core';
import { checkTokenExpiry, checkTokenName, checkTokenScopes, normaliseTitle } from '@kindling/shared/rules';
import { PeopleErrors } from '@kindling/api/people';
import { AuthErrors, requestRefusal } from './auth.errors';
import { AuthRepository, type TokenRow, type TokenScope } from './auth.repository';
import { AUTH_OPTIONS, type AuthOptions, SESSION_COOKIE } from './auth.options';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const secret = (prefix = '') => `${prefix}${randomBytes(32).toString('base64url')}`;
/** RFC 6750's token characters; anything else in an Authorization header is malformed. */
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

/** How the acting person of a request proved who they are. */
export type Credential = { kind: 'session'; sessionId: string } | { kind: 'token'; tokenId: string; scopes: TokenScope[] };

export interface CreateApiTokenCommand {
  name: string;
  scopes: TokenScope[];
  expiresInDays: number;
}

/**
 * Identity's one seam: every request's acting person is decided here, from a bearer token (service clients)
 * or a session cookie (people in a browser). Sessions are server-side records; the cookie carries only a
 * random secret whose hash is stored. Single sign-on will start the same sessions.
 */
@Injectable()
export class AuthService {
  private readonly credentials = new WeakMap<Request, Credential>();

  constructor(
    private readonly repository: AuthRepository,
    @Inject(AUTH_OPTIONS) readonly options: AuthOptions,
  ) {}

  /**
   * The acting person, or null when signed out. A bad bearer token refuses the request (401): a script with a
   * wrong token must hear so, not be served as signed out. A dead session cookie is just signed out (cleared).
   */
  async viewerFrom(req: Request, res: Response): Promise<Viewer | null> {
    const header = req.headers.authorization;
    if (header !== undefined) return this.viewerOfToken(req, header);
    const cookie = req.cookies?.[SESSION_COOKIE];
    if (typeof cookie !== 'string' || !cookie) return null;
    const session = await this.repository.liveSession(sha256(cookie), this.options.sessionIdleHours);
    if (!session) {
      this.clearCookie(res);
      return null;
    }
    let sessionId = session.sessionId;
    if (session.due) {
      const fresh = secret();
      const rotated = await this.repository.rotateSession(sessionId, sha256(fresh));
      if (rotated) {
        this.setCookie(req, res, fresh, rotated.expiresAt);
        sessionId = rotated.id;
      }
    } else if (session.stale) await this.repository.touchSession(sessionId);
    this.credentials.set(req, { kind: 'session', sessionId });
    return { id: session.personId, role: session.role };
  }

  /**
   * The person a WebSocket (subscriptions) connects as: a bearer token in the connection's `authorization`
   * parameter or header, else the session cookie of the upgrade request. Null refuses the connection. A session
   * due for rotation is not rotated here (a WebSocket cannot set a cookie); the next HTTP request rotates it.
   */
  async viewerOfConnection(req: IncomingMessage, params: Readonly<Record<string, unknown>> | undefined): Promise<Viewer | null> {
    const header = typeof params?.authorization === 'string' ? params.authorization : req.headers.authorization;
    if (header !== undefined) return this.viewerOfToken(req as Request, header).catch(() => null);
    const cookie = cookieValue(req.headers.cookie, SESSION_COOKIE);
    if (!cookie) return null;
    const session = await this.repository.liveSession(sha256(cookie), this.options.sessionIdleHours);
    if (!session) return null;
    if (session.stale) await this.repository.touchSession(session.sessionId);
    return { id: session.personId, role: session.role };
  }

  private async viewerOfToken(req: Request, header: string): Promise<Viewer> {
    const token = BEARER.exec(header)?.[1];
    const row = token ? await this.repository.checkToken(sha256(token)) : null;
    if (!row || !row.active) throw requestRefusal(AuthErrors.invalidToken(), 401);
    if (row.revoked) throw requestRefusal(AuthErrors.revokedToken(), 401);
    if (row.expired) throw requestRefusal(AuthErrors.expiredToken(), 401);
    if (row.stale) await this.repository.touchToken(row.tokenId);
    this.credentials.set(req, { kind: 'token', tokenId: row.tokenId, scopes: row.scopes });
    return { id: row.personId, role: row.role };
  }

  credentialOf(req: Request): Credential | null {
    return this.credentials.get(req) ?? null;
  }

  /** Refuses a mutation sent with a read-only token (403), before anything runs. */
  checkOperation(req: Request, operation: 'query' | 'mutation' | 'subscription'): void {
    const credential = this.credentialOf(req);
    if (operation !== 'query' && credential?.kind === 'token' && !credential.scopes.includes('WRITE')) {
      throw requestRefusal(AuthErrors.tokenScope(), 403);
    }
  }

  /** Dev sign-in: acts as any active person, in a new session (the request's old one ends). */
  async devSignIn(req: Request, res: Response, personLocalId: string): Promise<Viewer> {
    if (!this.options.devSignIn) throw AuthErrors.devSignInDisabled();
    const viewer = await this.repository.activePerson(personLocalId);
    if (!viewer) throw PeopleErrors.personNotFound(personLocalId);
    await this.startSession(req, res, viewer.id);
    return viewer;
  }

  /** Ends this browser's session server-side: the old cookie no longer acts, wherever it was copied to. */
  async signOut(req: Request, res: Response): Promise<void> {
    const credential = this.credentialOf(req);
    if (credential?.kind === 'session') await this.repository.revokeSession(credential.sessionId);
    this.credentials.delete(req);
    this.clearCookie(res);
  }

  /** Ends every session of the acting person (API tokens stay: revoke those one by one). */
  async signOutEverywhere(req: Request, res: Response, viewer: Viewer): Promise<number> {
    this.requireSession(req);
    const ended = await this.repository.revokeSessionsOf(viewer.id);
    this.credentials.delete(req);
    this.clearCookie(res);
    return ended;
  }

  /** A bearer token for the acting person; the secret is returned once and only its hash is kept. */
  async createApiToken(req: Request, viewer: Viewer, command: CreateApiTokenCommand): Promise<{ token: string; apiToken: TokenRow }> {
    this.requireSession(req); // a leaked token must not be able to mint fresh ones
    const name = normaliseTitle(command.name);
    enforce(checkTokenName(name));
    const scopes = [...new Set(command.scopes)].sort();
    enforce(checkTokenScopes(scopes));
    enforce(checkTokenExpiry(command.expiresInDays));
    const token = secret('kdl_');
    const apiToken = await this.repository.insertToken(viewer.id, name, sha256(token), scopes, command.expiresInDays);
    return { token, apiToken };
  }

  apiTokens(viewer: Viewer): Promise<TokenRow[]> {
    return this.repository.tokensOf(viewer.id);
  }

  async revokeApiToken(viewer: Viewer, tokenLocalId: string): Promise<TokenRow> {
    const revoked = await this.repository.revokeToken(viewer.id, tokenLocalId);
    if (!revoked) throw AuthErrors.tokenNotFound('tokenId');
    return revoked;
  }

  private requireSession(req: Request): void {
    if (this.credentialOf(req)?.kind !== 'session') throw AuthErrors.sessionRequired();
  }

  private async startSession(req: Request, res: Response, personId: string): Promise<void> {
    const current = this.credentialOf(req);
    if (current?.kind === 'session') await this.repository.revokeSession(current.sessionId);
    const token = secret();
    const session = await this.repository.insertSession(personId, sha256(token), this.options.sessionMaxDays, req.get('user-agent')?.slice(0, 500) ?? null, req.ip ?? null);
    this.credentials.set(req, { kind: 'session', sessionId: session.id });
    this.setCookie(req, res, token, session.expiresAt);
  }

  private setCookie(req: Request, res: Response, token: string, expires: Date): void {
    res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: this.options.secureCookies || req.secure, path: '/', expires });
  }

  private clearCookie(res: Response): void {
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/' });
  }
}

/** One cookie's value from a Cookie header (an upgrade request passes no cookie middleware). */
function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of header?.split(';') ?? []) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim()) || null;
      } catch {
        return null;
      }
    }
  }
  return null;
}
