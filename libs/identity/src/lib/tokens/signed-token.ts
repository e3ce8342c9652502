import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * One-time tokens are `<record id>.<HMAC(secret, purpose:id)>`. Only the record (expiry, use) is
 * stored, never the token, so a database leak reveals no usable link; the worker can rebuild the
 * token from the id when it sends (or resends) the e-mail.
 */
export function signToken(secret: string, purpose: string, id: string): string {
  return `${id}.${mac(secret, purpose, id)}`;
}

/** Returns the record id when the token is authentic for this purpose, else null. */
export function readToken(secret: string, purpose: string, token: string): string | null {
  const [id, signature, ...rest] = token.split('.');
  if (!id || !signature || rest.length > 0 || !/^[0-9a-f-]{36}$/.test(id)) return null;
  const expected = Buffer.from(mac(secret, purpose, id));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

function mac(secret: string, purpose: string, id: string): string {
  return createHmac('sha256', secret).update(`puente:${purpose}:${id}`).digest('base64url');
}
