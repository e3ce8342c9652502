import { createHmac } from 'node:crypto';

/**
 * Mirrors the identity context's one-time token format (`<id>.<HMAC>`), so a test can build the
 * link an e-mail would carry without waiting for the e-mail. The flows' own tests read real e-mails.
 */
export function signTokenForTests(secret: string, purpose: string, id: string): string {
  return `${id}.${createHmac('sha256', secret).update(`puente:${purpose}:${id}`).digest('base64url')}`;
}

/** An access token signed like the API's, expiring `expiresInSeconds` from now (negative: already expired). */
export function accessTokenForTests(secret: string, userId: string, sessionId: string, expiresInSeconds: number): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: userId, sid: sessionId, iat: now - 120, exp: now + expiresInSeconds, iss: 'puente' };
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}
