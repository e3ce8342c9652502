import { randomUUID } from 'node:crypto';
import { readToken, signToken } from './signed-token';

describe('signed one-time tokens', () => {
  const secret = 's'.repeat(48);
  const id = randomUUID();

  it('round-trips the record id for the same purpose and secret', () => {
    expect(readToken(secret, 'password_reset', signToken(secret, 'password_reset', id))).toBe(id);
  });

  it('refuses another purpose, another secret, a tampered id or signature, and garbage', () => {
    const token = signToken(secret, 'password_reset', id);
    expect(readToken(secret, 'email_verification', token)).toBeNull();
    expect(readToken('t'.repeat(48), 'password_reset', token)).toBeNull();
    expect(readToken(secret, 'password_reset', token.replace(id, randomUUID()))).toBeNull();
    expect(readToken(secret, 'password_reset', `${token.slice(0, -2)}xx`)).toBeNull();
    expect(readToken(secret, 'password_reset', 'nonsense')).toBeNull();
    expect(readToken(secret, 'password_reset', `${token}.extra`)).toBeNull();
  });
});
