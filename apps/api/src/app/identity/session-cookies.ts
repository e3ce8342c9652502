import type { IssuedSession } from '@puente/identity';
import type { Request, Response } from 'express';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { SessionResponse } from './auth.responses';

export const REFRESH_COOKIE = 'puente_refresh';
export const CSRF_COOKIE = 'puente_csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** The refresh cookie is sent only to the auth routes. */
const REFRESH_COOKIE_PATH = '/api/v1/auth';

/**
 * Browsers keep the refresh token in an httpOnly, SameSite=Strict cookie scoped to the auth routes;
 * a double-submit CSRF token (readable cookie + header) guards the routes that use it.
 */
export function sessionResponse(response: Response, session: IssuedSession, client: 'browser' | 'api', secure: boolean): SessionResponse {
  const base = {
    accessToken: session.accessToken,
    accessTokenExpiresAt: session.accessTokenExpiresAt,
    tokenType: 'Bearer' as const,
    refreshTokenExpiresAt: session.refreshTokenExpiresAt,
  };
  if (client === 'api') return { ...base, refreshToken: session.refreshToken };
  const expires = new Date(session.refreshTokenExpiresAt);
  const csrfToken = randomBytes(24).toString('base64url');
  response.cookie(REFRESH_COOKIE, session.refreshToken, { httpOnly: true, sameSite: 'strict', secure, path: REFRESH_COOKIE_PATH, expires });
  response.cookie(CSRF_COOKIE, csrfToken, { httpOnly: false, sameSite: 'strict', secure, path: '/', expires });
  return { ...base, csrfToken };
}

export function clearSessionCookies(response: Response, secure: boolean): void {
  response.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: REFRESH_COOKIE_PATH });
  response.clearCookie(CSRF_COOKIE, { httpOnly: false, sameSite: 'strict', secure, path: '/' });
}

export function refreshCookie(request: Request): string | undefined {
  const value = (request.cookies as Record<string, string> | undefined)?.[REFRESH_COOKIE];
  return value || undefined;
}

/** True when the header repeats the CSRF cookie, which only a page of our own origin can read. */
export function csrfMatches(request: Request): boolean {
  const cookie = (request.cookies as Record<string, string> | undefined)?.[CSRF_COOKIE];
  const header = request.headers[CSRF_HEADER];
  if (!cookie || typeof header !== 'string') return false;
  const [a, b] = [Buffer.from(cookie), Buffer.from(header)];
  return a.length === b.length && timingSafeEqual(a, b);
}
